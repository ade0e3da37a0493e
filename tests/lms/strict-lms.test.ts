// @vitest-environment jsdom
// The strict profile must catch every breach it claims to, or the adapter tests that rely on
// "no violations" could never fail.

import { describe, expect, it } from 'vitest';
import { strictApi, type StrictApi, type StrictVersion } from './strict-lms.ts';

type Call = (api: StrictApi) => unknown;

const set = (element: string, value: string): Call => (api) =>
  (api[api.version === '1.2' ? 'LMSSetValue' : 'SetValue'] as (e: string, v: string) => string)(element, value);
const call = (name12: string, name2004: string, ...args: string[]): Call => (api) =>
  (api[api.version === '1.2' ? name12 : name2004] as (...a: string[]) => string)(...args);
const initialize = call('LMSInitialize', 'Initialize', '');
const terminate = call('LMSFinish', 'Terminate', '');
const commit = call('LMSCommit', 'Commit', '');

interface Row {
  version: StrictVersion;
  name: string;
  calls: Call[];
  violation: RegExp;
}

const rows: Row[] = [
  ...(['1.2', '2004'] as const).flatMap((version): Row[] => [
    { version, name: 'SetValue before Initialize', calls: [set('cmi.suspend_data', 'x')], violation: /called before/ },
    { version, name: 'second Initialize', calls: [initialize, initialize], violation: /second/ },
    { version, name: 'Commit after Terminate', calls: [initialize, terminate, commit], violation: /after/ },
    { version, name: 'second Terminate', calls: [initialize, terminate, terminate], violation: /after/ },
    {
      version,
      name: 'whitespace in an interaction id',
      calls: [initialize, set('cmi.interactions.0.id', 'a b')],
      violation: /whitespace in identifier/,
    },
    {
      version,
      name: 'whitespace in an objective id',
      calls: [initialize, set('cmi.objectives.0.id', 'l1 2.1')],
      violation: /whitespace in identifier/,
    },
    {
      version,
      name: 'non-sequential interaction index',
      calls: [initialize, set('cmi.interactions.1.id', 'q2')],
      violation: /interaction index 1 skips past 0/,
    },
    {
      version,
      name: 'choice answer that is not single letters',
      calls: [
        initialize,
        set('cmi.interactions.0.id', 'q1'),
        set('cmi.interactions.0.type', 'choice'),
        set(`cmi.interactions.0.${version === '1.2' ? 'student_response' : 'learner_response'}`, 'option-a'),
      ],
      violation: /not single letters/,
    },
  ]),
  { version: '1.2', name: 'suspend_data over 4096', calls: [initialize, set('cmi.suspend_data', 'x'.repeat(4097))], violation: /exceeds 4096/ },
  { version: '2004', name: 'suspend_data over 64000', calls: [initialize, set('cmi.suspend_data', 'x'.repeat(64001))], violation: /exceeds 64000/ },
  { version: '1.2', name: '1.2 session_time with 1-digit hours', calls: [initialize, set('cmi.core.session_time', '1:02:03')], violation: /HHHH:MM:SS/ },
  { version: '2004', name: '2004 session_time with 3 decimals', calls: [initialize, set('cmi.session_time', 'PT1.234S')], violation: /more than 2 decimals/ },
  {
    version: '2004',
    name: '2004 timestamp with 3 decimals',
    calls: [initialize, set('cmi.interactions.0.id', 'q1'), set('cmi.interactions.0.type', 'choice'), set('cmi.interactions.0.timestamp', '2026-11-22T10:15:30.123')],
    violation: /more than 2 decimals/,
  },
  {
    version: '2004',
    name: '2004 interaction field before type',
    calls: [initialize, set('cmi.interactions.0.id', 'q1'), set('cmi.interactions.0.description', 'early')],
    violation: /before the interaction's id and type/,
  },
  {
    version: '2004',
    name: '2004 type before id',
    calls: [initialize, set('cmi.interactions.0.type', 'choice')],
    violation: /before the interaction's id and type/,
  },
];

describe('strict LMS profile', () => {
  it.each(rows)('$version: records $name', ({ version, calls, violation }) => {
    const api = strictApi(version);
    calls.forEach((step) => step(api));
    expect(api.violations.join('\n')).toMatch(violation);
  });

  it.each(['1.2', '2004'] as const)('%s: a well-behaved session records no violation', (version) => {
    const api = strictApi(version);
    initialize(api);
    set('cmi.interactions.0.id', 'q1')(api);
    set('cmi.interactions.0.type', 'choice')(api);
    set(`cmi.interactions.0.${version === '1.2' ? 'student_response' : 'learner_response'}`, version === '1.2' ? 'a,c' : 'a[,]c')(api);
    commit(api);
    terminate(api);
    expect(api.violations).toEqual([]);
    expect(api.commits).toBe(1);
  });

  it.each(['1.2', '2004'] as const)('%s: fails SetValue and Commit on demand, with an error code', (version) => {
    const api = strictApi(version);
    initialize(api);
    api.faults.setValue = (element) => element === 'cmi.suspend_data';
    expect(set('cmi.suspend_data', 'x')(api)).toBe('false');
    expect(call('LMSGetLastError', 'GetLastError')(api)).not.toBe('0');
    api.faults.commit = true;
    expect(commit(api)).toBe('false');
    api.faults.throws = true;
    expect(() => commit(api)).toThrow(/simulated/);
    expect(api.commits).toBe(2);
  });

  it.each(['1.2', '2004'] as const)('%s: keeps only what a successful Commit persisted for a relaunch', (version) => {
    const location = version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';
    const api = strictApi(version);
    initialize(api);
    set(location, 'page-2')(api);
    commit(api);
    api.faults.commit = true;
    set(location, 'page-3')(api);
    commit(api);
    const next = strictApi(version, { resumeFrom: api });
    expect(next.value(location)).toBe('page-2');
  });
});
