// Order and match questions show their items shuffled, in an order that stays the same for a
// question across reloads (a learner resuming sees what they left).
import { shuffle } from './assessment.ts';

function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507) ^ Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

/** Indices 0..n-1 shuffled for this question, never left in the correct order when n > 1. */
export function displayOrder(id: string, n: number): number[] {
  const indices = Array.from({ length: n }, (_, i) => i);
  const order = shuffle(indices, seededRandom(id));
  return n > 1 && order.every((v, i) => v === i) ? [...order.slice(1), order[0]] : order;
}
