// @vitest-environment jsdom
// Launch data: read after Initialize, resume, mastery score in both versions' units.

import { describe, expect, it } from 'vitest';
import { launchWith, VERSIONS } from './harness.ts';
import { strictApi, type LaunchSetup, type StrictVersion } from './strict-lms.ts';

interface Row {
  version: StrictVersion;
  setup: LaunchSetup;
  expected: { masteryScore: number | null; learnerName: string; resumed: boolean };
}

const rows: Row[] = [
  { version: '1.2', setup: {}, expected: { masteryScore: null, learnerName: 'Khan, Amira', resumed: false } },
  { version: '1.2', setup: { masteryScore: '80' }, expected: { masteryScore: 0.8, learnerName: 'Khan, Amira', resumed: false } },
  { version: '1.2', setup: { masteryScore: '100', entry: 'resume' }, expected: { masteryScore: 1, learnerName: 'Khan, Amira', resumed: true } },
  { version: '2004', setup: {}, expected: { masteryScore: null, learnerName: 'Amira Khan', resumed: false } },
  { version: '2004', setup: { masteryScore: '0.75' }, expected: { masteryScore: 0.75, learnerName: 'Amira Khan', resumed: false } },
  { version: '2004', setup: { entry: 'resume', learnerName: 'Tomasz Nowak' }, expected: { masteryScore: null, learnerName: 'Tomasz Nowak', resumed: true } },
];

describe('launch data', () => {
  it.each(rows)('$version with $setup', ({ version, setup, expected }) => {
    const { lms, api } = launchWith(version, { setup });
    expect(lms.launch).toEqual({
      mode: version === '1.2' ? 'scorm12' : 'scorm2004',
      suspendData: '',
      location: '',
      ...expected,
    });
    expect(api.violations).toEqual([]);
  });

  it.each(VERSIONS)('%s: a resumed attempt returns the saved location and suspend data', (version) => {
    const first = launchWith(version);
    first.lms.update({ location: 'm2-p3', suspendData: '{"v":1,"answers":{"q1":"a"}}', completion: 'incomplete', success: 'unknown' });
    first.lms.finish();

    const second = launchWith(version, { api: strictApi(version, { resumeFrom: first.api }) });
    expect(second.lms.launch).toMatchObject({
      location: 'm2-p3',
      suspendData: '{"v":1,"answers":{"q1":"a"}}',
      resumed: true,
    });
    expect(second.api.violations).toEqual([]);
  });

  it.each(VERSIONS)('%s: a finished attempt is not offered as a resume', (version) => {
    const first = launchWith(version);
    first.lms.update({ location: 'end', suspendData: 'done', completion: 'completed', success: 'passed', scoreRaw: 100 });
    first.lms.finish();

    const second = launchWith(version, { api: strictApi(version, { resumeFrom: first.api }) });
    expect(second.lms.launch.resumed).toBe(false);
  });

  it.each(VERSIONS)('%s: reads launch data only after Initialize', (version) => {
    const { api } = launchWith(version);
    const initialize = version === '1.2' ? 'LMSInitialize' : 'Initialize';
    expect(api.calls[0]).toBe(initialize);
    expect(api.calls.slice(1).every((call) => /GetValue/.test(call))).toBe(true);
    expect(api.calls.length).toBeGreaterThan(5);
  });
});
