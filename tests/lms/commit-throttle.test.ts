// @vitest-environment jsdom
// LMS traffic: one trailing commit per 5 s of changes, at once on flush, never one per SetValue.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { launchWith, sampleInteraction, setCalls, VERSIONS } from './harness.ts';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe.each(VERSIONS)('commit throttling, SCORM %s', (version) => {
  const location = version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';

  it('gathers many changes within 5 s into one commit', () => {
    const { lms, api } = launchWith(version);
    for (let page = 1; page <= 20; page += 1) {
      lms.update({ location: `p${page}`, suspendData: `state-${page}` });
      lms.recordInteraction(sampleInteraction({ id: `q${page}` }));
      vi.advanceTimersByTime(200);
    }
    expect(api.commits).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(api.commits).toBe(1);
    expect(setCalls(api).length).toBeGreaterThan(20);
    expect(api.value(location)).toBe('p20');
    expect(api.value('cmi.interactions._count')).toBe('20');
    expect(api.violations).toEqual([]);
  });

  it('commits at most once per 5 s while changes keep coming', () => {
    const { lms, api } = launchWith(version);
    for (let second = 1; second <= 30; second += 1) {
      lms.update({ location: `p${second}` });
      vi.advanceTimersByTime(1000);
    }
    expect(api.commits).toBe(6);
  });

  it('commits at once on flush and drops the trailing commit it replaces', () => {
    const { lms, api } = launchWith(version);
    lms.update({ location: 'p1' });
    lms.flush();
    expect(api.commits).toBe(1);
    expect(api.value(location)).toBe('p1');
    vi.advanceTimersByTime(60_000);
    expect(api.commits).toBe(1);
  });

  it('does not commit when nothing changed', () => {
    const { lms, api } = launchWith(version);
    lms.update({ location: 'p1' });
    lms.flush();
    lms.update({ location: 'p1' });
    lms.flush();
    vi.advanceTimersByTime(60_000);
    expect(api.commits).toBe(1);
  });

  it('reports pending changes until the commit, then settles', () => {
    const { lms, statuses } = launchWith(version);
    lms.update({ location: 'p1' });
    expect(statuses.at(-1)).toMatchObject({ state: 'connected', pending: true });
    vi.advanceTimersByTime(5000);
    expect(statuses.at(-1)).toMatchObject({ state: 'connected', pending: false });
  });
});
