// @vitest-environment jsdom
// Finishing: last commit, session time, exit, one Terminate, and nothing after it.

import { describe, expect, it } from 'vitest';
import { launchWith, mirrored, sampleInteraction, sampleObjective, VERSIONS } from './harness.ts';
import type { StrictVersion } from './strict-lms.ts';

const SESSION_TIME = { '1.2': 'cmi.core.session_time', '2004': 'cmi.session_time' } as const;
const EXIT = { '1.2': 'cmi.core.exit', '2004': 'cmi.exit' } as const;

function clock(start: number): { now: () => number; advance: (seconds: number) => void } {
  let time = start;
  return { now: () => time, advance: (seconds) => (time += seconds * 1000) };
}

interface TimeRow {
  version: StrictVersion;
  seconds: number;
  expected: string;
}

const times: TimeRow[] = [
  { version: '1.2', seconds: 0, expected: '00:00:00' },
  { version: '1.2', seconds: 3725.456, expected: '01:02:05.46' },
  { version: '1.2', seconds: 59.999, expected: '00:01:00' },
  { version: '1.2', seconds: 12 * 3600 + 0.5, expected: '12:00:00.50' },
  { version: '1.2', seconds: 123_456 * 3600, expected: '9999:59:59.99' },
  { version: '2004', seconds: 0, expected: 'PT0S' },
  { version: '2004', seconds: 3725.456, expected: 'PT1H2M5.46S' },
  { version: '2004', seconds: 59.999, expected: 'PT1M' },
  { version: '2004', seconds: 7200.05, expected: 'PT2H0.05S' },
];

describe('session time', () => {
  it.each(times)('$version: $seconds s is "$expected"', ({ version, seconds, expected }) => {
    const time = clock(1_700_000_000_000);
    const { lms, api } = launchWith(version, { now: time.now });
    time.advance(seconds);
    lms.finish();
    expect(api.sent(SESSION_TIME[version])).toBe(expected);
    expect(api.violations).toEqual([]);
  });
});

describe.each(VERSIONS)('finish, SCORM %s', (version) => {
  const terminate = version === '1.2' ? 'LMSFinish' : 'Terminate';
  const commit = version === '1.2' ? 'LMSCommit' : 'Commit';

  it('sends what is pending, then terminates with no Commit of its own: Terminate saves it, and one request on unload is all Moodle can send', () => {
    const { lms, api } = launchWith(version);
    lms.update({ location: 'p9', suspendData: 'last', completion: 'incomplete', success: 'unknown' });
    lms.recordInteraction(sampleInteraction());
    lms.finish();
    expect(api.calls.at(-1)).toBe(terminate);
    expect(api.calls.filter((call) => call === commit)).toEqual([]);
    expect(api.persisted()).toMatchObject({ suspend_data: 'last' });
    expect(api.violations).toEqual([]);
  });

  it('is idempotent and nothing reaches the LMS after it', () => {
    const { lms, api } = launchWith(version);
    lms.update({ location: 'p1' });
    lms.finish();
    const calls = api.calls.length;
    lms.finish();
    lms.update({ location: 'p2', suspendData: 'after' });
    lms.recordInteraction(sampleInteraction());
    lms.setObjective(sampleObjective());
    lms.flush();
    lms.finish();
    expect(api.calls.length).toBe(calls);
    expect(api.calls.filter((call) => call === terminate)).toHaveLength(1);
    expect(api.violations).toEqual([]);
  });

  it('leaves with exit suspend while the unit is unfinished', () => {
    const { lms, api } = launchWith(version);
    lms.update({ completion: 'completed', success: 'unknown' });
    lms.finish();
    expect(api.value(EXIT[version])).toBe('suspend');
  });

  it('leaves with exit suspend even when nothing changed this session, so the next launch resumes', () => {
    const { lms, api } = launchWith(version);
    lms.finish();
    expect(api.sent(EXIT[version])).toBe('suspend');
    expect(launchWith(version, { setup: { resumeFrom: api } }).lms.launch.resumed).toBe(true);
  });

  it('leaves with exit suspend even once completed and judged, so the next launch is handed the record back', () => {
    const { lms, api } = launchWith(version);
    lms.update({ completion: 'completed', success: 'failed', scoreRaw: 40 });
    lms.finish();
    expect(api.sent(EXIT[version])).toBe('suspend');
  });

  it('terminates even when the last commit failed', () => {
    const { lms, api, statuses } = launchWith(version);
    api.faults.commit = true;
    api.faults.terminate = true;
    lms.update({ location: 'p3' });
    lms.flush();
    lms.finish();
    expect(api.calls.filter((call) => call === commit)).toHaveLength(1);
    expect(api.calls.at(-1)).toBe(terminate);
    expect(statuses.at(-1)).toMatchObject({ state: 'failed', pending: true });
    expect(statuses.at(-1)?.message).toMatch(/saved in this browser/);
  });

  it('counts an accepted Terminate as saving what the failed Commit left', () => {
    const { lms, api, storage, statuses } = launchWith(version);
    api[commit] = () => 'false';
    lms.update({ location: 'p4', suspendData: 'kept' });
    lms.finish();
    expect(api.persisted()).toMatchObject({ suspend_data: 'kept' });
    expect(mirrored(storage)).toBeNull();
    expect(statuses.at(-1)).toMatchObject({ state: 'connected', pending: false });
  });
});
