import { describe, expect, test } from 'vitest';
import { MAX_GAP_SECONDS, TimeClock } from '../../src/player/time-spent.ts';
import { mergeProgress } from '../../src/player/restore.ts';
import { emptyProgress } from '../../src/player/progress.ts';

describe('the time-on-task clock', () => {
  test('adds each interval to what was on screen when it began, teaching and assessment apart', () => {
    let now = 0;
    const clock = new TimeClock(() => now);
    let t = clock.tick(undefined, 'teaching');
    expect(t).toBeUndefined();
    now = 120_000;
    t = clock.tick(t, 'assessment'); // two minutes on a page, then a sitting opens
    now = 420_000;
    t = clock.tick(t, null); // five minutes in the sitting, then the record
    now = 900_000;
    t = clock.tick(t, 'teaching'); // the record counts for neither
    expect(t).toEqual({ teaching: 120, assessment: 300 });
  });

  test('counts at most ten minutes between two actions, and nothing while the page is hidden', () => {
    let now = 0;
    const clock = new TimeClock(() => now);
    clock.tick(undefined, 'teaching');
    now = 3_600_000;
    let t = clock.tick(undefined, 'teaching');
    expect(t).toEqual({ teaching: MAX_GAP_SECONDS, assessment: 0 });
    now += 60_000;
    t = clock.pause(t);
    expect(t!.teaching).toBe(MAX_GAP_SECONDS + 60);
    now += 3_600_000;
    expect(clock.tick(t, 'teaching')).toEqual(t); // back, but hidden for an hour: not counted
    now += 30_000;
    expect(clock.tick(t, 'teaching')!.teaching).toBe(MAX_GAP_SECONDS + 90);
  });

  test('resume restarts timing for what was on screen', () => {
    let now = 0;
    const clock = new TimeClock(() => now);
    clock.tick(undefined, 'assessment');
    const t = clock.pause(undefined);
    now = 500_000;
    clock.resume();
    now = 560_000;
    expect(clock.tick(t, null)).toEqual({ teaching: 0, assessment: 60 });
  });

  test('two tabs timing one learner merge to the larger counts, not their sum', () => {
    const a = { ...emptyProgress(), time: { teaching: 600, assessment: 0 } };
    const b = { ...emptyProgress(), time: { teaching: 300, assessment: 120 } };
    expect(mergeProgress(a, b).time).toEqual({ teaching: 600, assessment: 120 });
    expect(mergeProgress(emptyProgress(), emptyProgress()).time).toBeUndefined();
  });
});
