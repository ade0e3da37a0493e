// @vitest-environment jsdom
// LMS faults: retries with backoff, calm status, the browser's copy, and recovery at relaunch.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LmsStatus } from '../../src/lms/index.ts';
import { launchWith, memoryStorage, mirrored, sampleInteraction, sampleObjective, VERSIONS } from './harness.ts';
import { strictApi } from './strict-lms.ts';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Storage the browser refuses, as in some privacy modes: every access throws. */
function blockedStorage(): Storage {
  return new Proxy({} as Storage, {
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

describe.each(VERSIONS)('LMS faults, SCORM %s', (version) => {
  const location = version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';

  it('retries a failed commit after 2, 5, 10, then every 30 seconds', () => {
    const { lms, api } = launchWith(version);
    api.faults.commit = true;
    lms.update({ location: 'p1' });
    lms.flush();
    const commitsAfter = (ms: number): number => {
      vi.advanceTimersByTime(ms);
      return api.commits;
    };
    expect(api.commits).toBe(1);
    expect([commitsAfter(1999), commitsAfter(1)]).toEqual([1, 2]);
    expect([commitsAfter(4999), commitsAfter(1)]).toEqual([2, 3]);
    expect([commitsAfter(9999), commitsAfter(1)]).toEqual([3, 4]);
    expect([commitsAfter(29_999), commitsAfter(1)]).toEqual([4, 5]);
    expect(commitsAfter(30_000)).toBe(6);
  });

  it('says it is retrying, keeps the changes in the browser, and settles once the LMS recovers', () => {
    const { lms, api, storage, statuses } = launchWith(version);
    api.faults.commit = true;
    lms.update({ location: 'p2', suspendData: 'answers' });
    lms.recordInteraction(sampleInteraction());
    lms.setObjective(sampleObjective());
    lms.flush();
    expect(statuses.at(-1)).toEqual<LmsStatus>({
      state: 'retrying',
      pending: true,
      message: 'Your progress is saved in this browser while we reconnect to the learning platform.',
    });
    expect(mirrored(storage)).toMatchObject({
      record: { location: 'p2', suspendData: 'answers' },
      interactions: [{ id: 'a1-refund-faulty-kettle' }],
      objectives: [{ id: 'l1-cs1:2.1' }],
    });

    api.faults.commit = false;
    vi.advanceTimersByTime(2000);
    expect(statuses.at(-1)).toMatchObject({ state: 'connected', pending: false });
    expect(mirrored(storage)).toBeNull();
    expect(api.persisted()).toMatchObject({ suspend_data: 'answers' });
  });

  it('keeps a refused SetValue pending and sends it on the retry', () => {
    const { lms, api, statuses } = launchWith(version);
    api.faults.setValue = (element) => element === location;
    lms.update({ location: 'p5' });
    lms.flush();
    expect(statuses.at(-1)?.state).toBe('retrying');
    api.faults.setValue = false;
    vi.advanceTimersByTime(2000);
    expect(api.value(location)).toBe('p5');
    expect(statuses.at(-1)?.state).toBe('connected');
    expect(api.violations).toEqual([]);
  });

  it('never lets a throwing API reach the learner', () => {
    const { lms, api, statuses } = launchWith(version);
    api.faults.throws = true;
    api.faults.commit = true;
    api.faults.setValue = true;
    expect(() => {
      lms.update({ location: 'p1' });
      lms.recordInteraction(sampleInteraction());
      lms.flush();
      vi.advanceTimersByTime(60_000);
      lms.finish();
    }).not.toThrow();
    expect(statuses.at(-1)?.pending).toBe(true);
  });

  it('copes when the browser refuses storage, and says to keep the page open', () => {
    const { lms, api, statuses } = launchWith(version, { storage: blockedStorage() });
    api.faults.commit = true;
    lms.update({ location: 'p1' });
    lms.flush();
    expect(statuses.at(-1)).toMatchObject({ state: 'retrying', pending: true });
    expect(statuses.at(-1)?.message).toMatch(/keep this page open/);
    api.faults.commit = false;
    vi.advanceTimersByTime(2000);
    expect(api.value(location)).toBe('p1');
  });

  it('recovers a failed session at relaunch: launch data from the browser, then replays to the LMS', () => {
    const storage = memoryStorage();
    const first = launchWith(version, { storage });
    first.lms.recordInteraction(sampleInteraction({ id: 'q1' }));
    first.lms.flush();
    first.api.faults.commit = true;
    first.lms.update({ location: 'm3-p1', suspendData: 'v2', completion: 'incomplete', success: 'unknown' });
    first.lms.recordInteraction(sampleInteraction({ id: 'q2' }));
    first.lms.setObjective(sampleObjective({ success: 'passed', completion: 'completed' }));
    first.lms.finish();

    const second = launchWith(version, { storage, api: strictApi(version, { resumeFrom: first.api }) });
    expect(second.lms.launch).toMatchObject({ location: 'm3-p1', suspendData: 'v2', resumed: true });
    second.lms.flush();
    expect(second.api.value('cmi.interactions._count')).toBe('2');
    expect(second.api.value('cmi.interactions.1.id')).toBe('q2');
    expect(second.api.value('cmi.objectives.0.id')).toBe('l1-cs1_2.1');
    expect(second.api.value('cmi.suspend_data')).toBe('v2');
    expect(mirrored(storage)).toBeNull();
    expect(second.api.violations).toEqual([]);
  });

  it("does not hand one learner's unsent progress to another", () => {
    const storage = memoryStorage();
    const first = launchWith(version, { storage });
    first.api.faults.commit = true;
    first.lms.update({ location: 'private', suspendData: 'amira' });
    first.lms.finish();

    const second = launchWith(version, { storage, setup: { learnerId: 'learner-2' } });
    expect(second.lms.launch).toMatchObject({ location: '', suspendData: '', resumed: false });
  });

  it('keeps working from the browser when Initialize fails, and calls the LMS no more', () => {
    const storage = memoryStorage();
    const api = strictApi(version);
    api.faults.initialize = true;
    const { lms, statuses } = launchWith(version, { api, storage });
    lms.update({ location: 'p7', suspendData: 'offline' });
    lms.flush();
    lms.finish();
    expect(api.calls).toHaveLength(1);
    expect(statuses.at(-1)).toMatchObject({ state: 'failed', pending: true });
    expect(statuses.at(-1)?.message).toMatch(/could not connect/);

    const next = launchWith(version, { storage });
    expect(next.lms.launch).toMatchObject({ location: 'p7', suspendData: 'offline', resumed: true });
  });
});
