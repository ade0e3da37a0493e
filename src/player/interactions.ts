// One SCORM interaction per answer, in the adapter's version-neutral shape.
import { isCorrect } from '../shared/activities.ts';
import type { Question } from '../shared/course.ts';
import type { InteractionRecord, InteractionType } from '../lms/index.ts';

const LETTERS = 'abcdefgh';

const TYPES: Record<Question['type'], InteractionType> = {
  single: 'choice',
  multiple: 'choice',
  truefalse: 'choice',
  order: 'sequencing',
  match: 'matching',
  text: 'fill-in',
};

/** Order items are keyed a, b, c... by their correct position; match pairs as "a.1" (left a to right 1). */
function format(q: Question, response: string[]): string[] {
  if (q.type === 'order') return response.map((i) => LETTERS[Number(i)] ?? '');
  if (q.type === 'match') return response.flatMap((right, i) => (right === '' ? [] : [`${LETTERS[i]}.${Number(right) + 1}`]));
  return response;
}

function correctPattern(q: Question): string[] {
  if (q.type === 'order') return q.items.map((_, i) => LETTERS[i]);
  if (q.type === 'match') return q.pairs.map((_, i) => `${LETTERS[i]}.${i + 1}`);
  if (q.type === 'text') return q.answers;
  return q.options.filter((o) => o.correct).map((o) => o.key);
}

export function interactionFor(q: Question, response: string[], id: string, latencySeconds: number): InteractionRecord {
  return {
    id,
    type: TYPES[q.type],
    description: q.prompt.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim().slice(0, 250),
    response: format(q, response),
    correct: correctPattern(q),
    result: isCorrect(q, response) ? 'correct' : 'incorrect',
    objectives: q.criteria,
    latencySeconds,
    timestamp: new Date(),
  };
}
