// @vitest-environment jsdom
// Objectives: one per criterion, upserted by id, each keeping its index across a relaunch.

import { describe, expect, it } from 'vitest';
import type { ObjectiveRecord } from '../../src/lms/index.ts';
import { launchWith, sampleObjective, setCalls, VERSIONS } from './harness.ts';
import { strictApi, type StrictVersion } from './strict-lms.ts';

interface Row {
  version: StrictVersion;
  given: Partial<ObjectiveRecord>;
  element: string;
  expected: string;
}

const rows: Row[] = [
  { version: '1.2', given: {}, element: 'id', expected: 'l1-cs1_2.1' },
  { version: '1.2', given: { success: 'unknown', completion: 'unknown' }, element: 'status', expected: 'not attempted' },
  { version: '1.2', given: { success: 'unknown', completion: 'incomplete' }, element: 'status', expected: 'incomplete' },
  { version: '1.2', given: { success: 'unknown', completion: 'completed' }, element: 'status', expected: 'completed' },
  { version: '1.2', given: { success: 'passed', completion: 'completed' }, element: 'status', expected: 'passed' },
  { version: '1.2', given: { success: 'failed', completion: 'completed' }, element: 'status', expected: 'failed' },
  { version: '1.2', given: { scoreScaled: 0.5 }, element: 'score.raw', expected: '50' },
  { version: '1.2', given: { scoreScaled: 0.5 }, element: 'score.min', expected: '0' },
  { version: '1.2', given: { scoreScaled: 0.5 }, element: 'score.max', expected: '100' },
  { version: '2004', given: {}, element: 'id', expected: 'l1-cs1_2.1' },
  { version: '2004', given: { success: 'passed', completion: 'completed' }, element: 'success_status', expected: 'passed' },
  // 2004 sends only what an assessor reads (LMSs such as Moodle resend every value on each commit):
  // completion only where success says nothing, no default values, no score or description.
  { version: '2004', given: { success: 'passed', completion: 'completed' }, element: 'completion_status', expected: '' },
  { version: '2004', given: { success: 'unknown', completion: 'incomplete' }, element: 'completion_status', expected: 'incomplete' },
  { version: '2004', given: { success: 'unknown', completion: 'unknown' }, element: 'success_status', expected: '' },
  { version: '2004', given: { scoreScaled: 1 / 3 }, element: 'score.scaled', expected: '' },
  { version: '2004', given: { description: 'Describe the rights customers have when goods are faulty' }, element: 'description', expected: '' },
];

describe('objective elements', () => {
  it.each(rows)('$version cmi.objectives.0.$element for $given', ({ version, given, element, expected }) => {
    const { lms, api } = launchWith(version);
    lms.setObjective(sampleObjective(given));
    lms.flush();
    // '' means not sent at all.
    if (expected === '') expect(api.sent(`cmi.objectives.0.${element}`)).toBeUndefined();
    else expect(api.value(`cmi.objectives.0.${element}`)).toBe(expected);
    expect(api.violations).toEqual([]);
  });
});

describe.each(VERSIONS)('objective upsert, SCORM %s', (version) => {
  const status = version === '1.2' ? 'status' : 'success_status';

  it('updates the same index when a criterion changes, and appends new criteria', () => {
    const { lms, api } = launchWith(version);
    lms.setObjective(sampleObjective({ id: 'l1-cs1:1.1' }));
    lms.setObjective(sampleObjective({ id: 'l1-cs1:2.1' }));
    lms.flush();
    lms.setObjective(sampleObjective({ id: 'l1-cs1:1.1', success: 'passed', completion: 'completed', scoreScaled: 1 }));
    lms.flush();
    expect(api.value('cmi.objectives._count')).toBe('2');
    expect(api.value('cmi.objectives.0.id')).toBe('l1-cs1_1.1');
    expect(api.value(`cmi.objectives.0.${status}`)).toBe('passed');
    expect(api.value('cmi.objectives.1.id')).toBe('l1-cs1_2.1');
    expect(api.violations).toEqual([]);
  });

  it('keeps each index stable across a relaunch', () => {
    const first = launchWith(version);
    first.lms.setObjective(sampleObjective({ id: 'l1-cs1:1.1' }));
    first.lms.setObjective(sampleObjective({ id: 'l1-cs1:2.1' }));
    first.lms.finish();

    const { lms, api } = launchWith(version, { api: strictApi(version, { resumeFrom: first.api }) });
    lms.setObjective(sampleObjective({ id: 'l1-cs1:2.1', success: 'failed', completion: 'completed' }));
    lms.setObjective(sampleObjective({ id: 'l1-cs1:3.1' }));
    lms.flush();
    expect(api.value('cmi.objectives._count')).toBe('3');
    expect(api.value('cmi.objectives.1.id')).toBe('l1-cs1_2.1');
    expect(api.value(`cmi.objectives.1.${status}`)).toBe('failed');
    expect(api.value('cmi.objectives.2.id')).toBe('l1-cs1_3.1');
    expect(setCalls(api).filter((call) => call.startsWith('cmi.objectives.0.'))).toEqual([]);
    expect(api.violations).toEqual([]);
  });

  it('sends nothing when an objective is set again unchanged', () => {
    const { lms, api } = launchWith(version);
    lms.setObjective(sampleObjective());
    lms.flush();
    const before = api.calls.length;
    lms.setObjective(sampleObjective());
    lms.flush();
    expect(api.calls.length).toBe(before);
    expect(api.commits).toBe(1);
  });
});
