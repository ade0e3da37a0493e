// An assessment question's reference (questionRef: "Q-1A2B", from a 4-character hash of its id)
// is what the learner sees beside it, what the short answer key lists and the LMS's interaction
// id. Two pool questions of a unit with the same reference could not be told apart by any of them.
import { questionRef } from '../shared/items.ts';
import type { Diagnostics, Position } from './diagnostics.ts';

/** Reports, at the later question, every pool question whose reference an earlier one already has. `ref` is there for tests. */
export function checkQuestionRefs(questions: { id: string; at: Position }[], diags: Diagnostics, ref = questionRef): void {
  const seen = new Map<string, { id: string; at: Position }>();
  for (const question of questions) {
    if (!question.id) continue;
    const r = ref(question.id);
    const first = seen.get(r);
    if (!first) seen.set(r, question);
    else if (first.id !== question.id) {
      diags.report(question.at, 'question-ref-clash', { first: first.id, firstAt: `${first.at.file}:${first.at.line}`, id: question.id, ref: r });
    }
  }
}
