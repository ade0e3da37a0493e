// Where a learner's progress comes from at launch, and how two copies become one. The LMS's copy
// is used when it can be read; when it is damaged or cut short, or older than this browser's own
// copy, the browser's is used; failing both, the learner starts afresh but keeps every criterion
// the LMS records as met. The learner is told whenever anything was restored or lost.
import type { Unit } from '../shared/course.ts';
import { decodeProgress, emptyProgress, type Progress, type V1Sitting } from './progress.ts';

/** This browser's copy of the progress, kept beside the LMS's on every save. */
export interface BrowserCopy {
  text: string;
  /** When it was saved (ms since 1970). */
  savedAt: number;
}

export interface Restored {
  progress: Progress;
  /** What the learner is told; "" when the LMS's copy was simply read. */
  notice: string;
}

export function restoreProgress(
  unit: Unit,
  lmsText: string,
  copy: BrowserCopy | null,
  metOf: (sittings: V1Sitting[]) => Record<string, number>,
): Restored {
  const fromLms = decodeProgress(unit, lmsText, metOf);
  const fromBrowser = copy ? decodeProgress(unit, copy.text, metOf) : undefined;
  // Both readable: the browser's may hold what the LMS never accepted, so the two are merged.
  if (fromLms && fromBrowser && copy!.text !== lmsText) return { progress: mergeProgress(fromLms, fromBrowser), notice: '' };
  if (fromLms) return { progress: fromLms, notice: '' };
  if (fromBrowser) {
    return {
      progress: fromBrowser,
      notice: lmsText ? 'Your saved progress on the learning platform could not be read, so it has been restored from this browser.' : '',
    };
  }
  if (lmsText) {
    return {
      progress: emptyProgress(),
      notice:
        'Your saved place could not be read, so you start again from the beginning. Every criterion the learning platform records as met stays met, and your reflections are kept.',
    };
  }
  return { progress: emptyProgress(), notice: '' };
}

/**
 * Two copies of one learner's progress (two tabs, or the LMS's and the browser's) as one, item
 * by item, nothing lost: pages seen and questions used in either; each answer from `a` unless
 * only `b` has it; a scenario's first recorded path kept; the earliest day a criterion was met;
 * the copy with more sittings taken decides the sittings; the longer time spent.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const [ahead, behind] = a.sat.length >= b.sat.length ? [a, b] : [b, a];
  const met = { ...b.met };
  for (const [ref, day] of Object.entries(a.met)) met[ref] = Math.min(day, met[ref] ?? day);
  const reflections = { ...b.reflections };
  for (const [id, words] of Object.entries(a.reflections)) reflections[id] = Math.max(words, reflections[id] ?? 0);
  const merged: Progress = {
    seen: new Set([...a.seen, ...b.seen]),
    checks: { ...b.checks, ...a.checks },
    scenarios: { ...a.scenarios, ...b.scenarios, ...a.scenarios },
    reflections,
    met,
    sat: ahead.sat,
    used: new Set([...ahead.used, ...(ahead.sat.length === behind.sat.length ? behind.used : [])]),
  };
  const open = ahead.sat.length === behind.sat.length ? mergeSitting(a.open, b.open) : ahead.open;
  if (open) merged.open = open;
  const last = ahead.last ?? behind.last;
  if (last && !open) merged.last = last;
  // Both copies timed the same learner (two tabs): the larger count is kept, never their sum.
  if (a.time || b.time) merged.time = { teaching: Math.max(a.time?.teaching ?? 0, b.time?.teaching ?? 0), assessment: Math.max(a.time?.assessment ?? 0, b.time?.assessment ?? 0) };
  return merged;
}

/** Two copies of the open sitting: the same questions (drawn from the same seed), each answer from `a` unless only `b` has one. */
function mergeSitting(a: Progress['open'], b: Progress['open']): Progress['open'] {
  if (!a || !b || a.questions.join() !== b.questions.join()) return a ?? b;
  return { questions: a.questions, answers: a.answers.map((answer, i) => answer ?? b.answers[i]) };
}
