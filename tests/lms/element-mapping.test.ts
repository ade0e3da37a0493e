// @vitest-environment jsdom
// How the player's record lands in each version's data model, read back from scorm-again.

import { describe, expect, it } from 'vitest';
import type { CmiRecord } from '../../src/lms/index.ts';
import { launchWith, setCalls, VERSIONS } from './harness.ts';
import type { StrictVersion } from './strict-lms.ts';

interface Row {
  version: StrictVersion;
  record: Partial<CmiRecord>;
  element: string;
  expected: string;
}

const started: Partial<CmiRecord> = { completion: 'incomplete', success: 'unknown' };
const passed: Partial<CmiRecord> = { completion: 'completed', success: 'passed', scoreRaw: 100 };
const failed: Partial<CmiRecord> = { completion: 'completed', success: 'failed', scoreRaw: 40 };
const viewedUnjudged: Partial<CmiRecord> = { completion: 'completed', success: 'unknown' };

const rows: Row[] = [
  { version: '1.2', record: started, element: 'cmi.core.lesson_status', expected: 'incomplete' },
  { version: '1.2', record: viewedUnjudged, element: 'cmi.core.lesson_status', expected: 'completed' },
  { version: '1.2', record: passed, element: 'cmi.core.lesson_status', expected: 'passed' },
  { version: '1.2', record: failed, element: 'cmi.core.lesson_status', expected: 'failed' },
  { version: '1.2', record: { ...started, success: 'passed' }, element: 'cmi.core.lesson_status', expected: 'passed' },
  { version: '1.2', record: { scoreRaw: 66.6667 }, element: 'cmi.core.score.raw', expected: '66.67' },
  { version: '1.2', record: { scoreRaw: 66.6667 }, element: 'cmi.core.score.min', expected: '0' },
  { version: '1.2', record: { scoreRaw: 66.6667 }, element: 'cmi.core.score.max', expected: '100' },
  { version: '1.2', record: { scoreRaw: 0 }, element: 'cmi.core.score.raw', expected: '0' },
  { version: '1.2', record: { scoreRaw: null }, element: 'cmi.core.score.raw', expected: '' },
  { version: '1.2', record: { location: 'm1-p2' }, element: 'cmi.core.lesson_location', expected: 'm1-p2' },
  { version: '1.2', record: { suspendData: 'v1|q1=a' }, element: 'cmi.suspend_data', expected: 'v1|q1=a' },
  { version: '1.2', record: started, element: 'cmi.core.exit', expected: 'suspend' },
  { version: '1.2', record: viewedUnjudged, element: 'cmi.core.exit', expected: 'suspend' },
  // Suspend even once passed: the next launch is handed the learner's record back.
  { version: '1.2', record: passed, element: 'cmi.core.exit', expected: 'suspend' },
  { version: '2004', record: started, element: 'cmi.completion_status', expected: 'incomplete' },
  { version: '2004', record: started, element: 'cmi.success_status', expected: 'unknown' },
  { version: '2004', record: passed, element: 'cmi.completion_status', expected: 'completed' },
  { version: '2004', record: passed, element: 'cmi.success_status', expected: 'passed' },
  { version: '2004', record: failed, element: 'cmi.success_status', expected: 'failed' },
  { version: '2004', record: { scoreRaw: 75 }, element: 'cmi.score.scaled', expected: '0.75' },
  { version: '2004', record: { scoreRaw: 75 }, element: 'cmi.score.raw', expected: '75' },
  { version: '2004', record: { scoreRaw: 75 }, element: 'cmi.score.min', expected: '0' },
  { version: '2004', record: { scoreRaw: 75 }, element: 'cmi.score.max', expected: '100' },
  { version: '2004', record: { scoreRaw: 200 / 3 }, element: 'cmi.score.scaled', expected: '0.6667' },
  { version: '2004', record: { progress: 0.1 + 0.2 }, element: 'cmi.progress_measure', expected: '0.3' },
  { version: '2004', record: { location: 'm1-p2' }, element: 'cmi.location', expected: 'm1-p2' },
  { version: '2004', record: { suspendData: 'v1|q1=a' }, element: 'cmi.suspend_data', expected: 'v1|q1=a' },
  { version: '2004', record: started, element: 'cmi.exit', expected: 'suspend' },
  { version: '2004', record: failed, element: 'cmi.exit', expected: 'suspend' },
];

describe('record to data model', () => {
  it.each(rows)('$version $element for $record', ({ version, record, element, expected }) => {
    const { lms, api } = launchWith(version);
    lms.update(record);
    lms.flush();
    expect(api.value(element)).toBe(expected);
    expect(api.violations).toEqual([]);
  });

  it.each(VERSIONS)('%s: writes only values that changed since the last successful write', (version) => {
    const { lms, api } = launchWith(version);
    lms.update({ location: 'p1', suspendData: 's1', completion: 'incomplete', success: 'unknown', scoreRaw: null, progress: 0.1 });
    lms.flush();
    const firstWrites = setCalls(api).length;
    lms.update({ location: 'p2', suspendData: 's1', completion: 'incomplete' });
    lms.flush();
    const location = version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';
    expect(setCalls(api).slice(firstWrites)).toEqual([`${location} = p2`]);
    expect(firstWrites).toBeGreaterThan(3);
  });

  it.each(VERSIONS)('%s: does not rewrite the location and suspend data the LMS launched with', (version) => {
    const first = launchWith(version);
    first.lms.update({ location: 'p4', suspendData: 'kept' });
    first.lms.finish();
    const { lms, api } = launchWith(version, { setup: { resumeFrom: first.api } });
    lms.update({ location: 'p4', suspendData: 'kept', progress: 0.5 });
    lms.flush();
    expect(setCalls(api).filter((call) => /location|suspend_data/.test(call))).toEqual([]);
  });
});
