// The order options, items, rights and scenario choices are shown in: shuffled for each learner,
// sitting and activity, so nothing in the order gives an answer away, and the same on every
// reload (a learner resuming sees what they left). What is saved and sent to the LMS keeps the
// order as written.
import { shuffle } from './assessment.ts';

export function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507) ^ Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

/**
 * Indices 0..n-1 as shown: those in `fixed` keep their written place, the rest are shuffled.
 * With `scramble`, never all in written order when n > 1 (for an order question, that would be
 * the answer).
 */
export function displayOrder(seed: string, n: number, fixed: number[] = [], scramble = false): number[] {
  const free = Array.from({ length: n }, (_, i) => i).filter((i) => !fixed.includes(i));
  let shuffled = shuffle(free, seededRandom(seed));
  if (scramble && shuffled.length > 1 && shuffled.every((v, i) => v === free[i])) shuffled = [...shuffled.slice(1), shuffled[0]];
  return Array.from({ length: n }, (_, i) => (fixed.includes(i) ? i : shuffled.shift()!));
}
