// Time on task, for off-the-job training hours: the seconds the learner spends on the teaching and
// in assessment sittings, kept apart because off-the-job hours exclude assessment. The course
// ticks the clock whenever it saves (after every action); the interval since the last tick is
// added to what was on screen at that tick, since every change of screen is itself a tick.
import type { TimeSpent } from './progress.ts';

export type TimeKind = keyof TimeSpent;

/**
 * The longest gap between two actions that counts in full: a learner reading a long page acts
 * less often than this, and one who left the tab open and walked away gets no more than this.
 */
export const MAX_GAP_SECONDS = 10 * 60;

export class TimeClock {
  private kind: TimeKind | null = null;
  private since: number | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  /** The time with the interval since the last tick added to what was on screen then; `next` is on screen from now. */
  tick(time: TimeSpent | undefined, next: TimeKind | null): TimeSpent | undefined {
    const at = this.now();
    const before = { kind: this.kind, since: this.since };
    this.kind = next;
    this.since = at;
    if (before.kind === null || before.since === null) return time;
    const seconds = Math.min(MAX_GAP_SECONDS, Math.max(0, (at - before.since) / 1000));
    const spent = time ?? { teaching: 0, assessment: 0 };
    return { ...spent, [before.kind]: spent[before.kind] + seconds };
  }

  /** The page is hidden: the interval until now counts, then nothing until `resume`. */
  pause(time: TimeSpent | undefined): TimeSpent | undefined {
    const kind = this.kind;
    const out = this.tick(time, kind);
    this.since = null;
    this.kind = kind;
    return out;
  }

  /** The page is shown again: timing restarts from now, for what was on screen. */
  resume(): void {
    this.since = this.now();
  }
}
