// @vitest-environment jsdom
// suspend_data beyond the version's limit is never sent and never cut short: it stays in the
// browser and the learner is told.

import { describe, expect, it } from 'vitest';
import { launchWith, mirrored } from './harness.ts';
import type { StrictVersion } from './strict-lms.ts';

const LIMITS: { version: StrictVersion; limit: number; location: string }[] = [
  { version: '1.2', limit: 4096, location: 'cmi.core.lesson_location' },
  { version: '2004', limit: 64000, location: 'cmi.location' },
];

describe.each(LIMITS)('suspend_data limit, SCORM $version', ({ version, limit, location }) => {
  it(`sends exactly ${limit} characters`, () => {
    const { lms, api, statuses } = launchWith(version);
    lms.update({ suspendData: 'x'.repeat(limit) });
    lms.flush();
    expect(api.value('cmi.suspend_data')).toHaveLength(limit);
    expect(statuses.at(-1)?.state).toBe('connected');
  });

  it(`keeps ${limit + 1} characters in the browser, sends the rest, and reports failed`, () => {
    const { lms, api, storage, statuses } = launchWith(version);
    const tooLong = 'y'.repeat(limit + 1);
    lms.update({ location: 'p8', suspendData: tooLong });
    lms.flush();
    expect(api.sent('cmi.suspend_data')).toBeUndefined();
    expect(api.value(location)).toBe('p8');
    expect(statuses.at(-1)).toMatchObject({ state: 'failed', pending: true });
    expect(statuses.at(-1)?.message).toMatch(/too large/);
    expect(mirrored(storage)).toMatchObject({ record: { suspendData: tooLong } });
    expect(api.violations).toEqual([]);
  });

  it('recovers once the suspend data fits again', () => {
    const { lms, api, storage, statuses } = launchWith(version);
    lms.update({ suspendData: 'y'.repeat(limit + 1) });
    lms.flush();
    lms.update({ suspendData: 'compact' });
    lms.flush();
    expect(api.value('cmi.suspend_data')).toBe('compact');
    expect(statuses.at(-1)).toMatchObject({ state: 'connected', pending: false });
    expect(mirrored(storage)).toBeNull();
  });
});
