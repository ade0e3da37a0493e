// Ids are shortened where space is short: saved progress keys each item by itemKey(id), and an
// assessment question is known by its reference (questionRef, "Q-1A2B") beside it, in the short
// answer key and as the LMS's interaction id. Two ids sharing a short form could not be told apart.
import { itemKey, questionRef } from '../shared/items.ts';
import type { Diagnostics, Position } from './diagnostics.ts';

interface Named {
  id: string;
  at: Position;
}

/** Each item whose short form an earlier item with another id already has, with that earlier item. */
function clashes(items: Named[], shorten: (id: string) => string): { item: Named; first: Named; short: string }[] {
  const seen = new Map<string, Named>();
  const found: { item: Named; first: Named; short: string }[] = [];
  for (const item of items) {
    if (!item.id) continue;
    const short = shorten(item.id);
    const first = seen.get(short);
    if (!first) seen.set(short, item);
    else if (first.id !== item.id) found.push({ item, first, short });
  }
  return found;
}

const firstAt = (first: Named) => `${first.at.file}:${first.at.line}`;

/** Reports, at the later one, every activity, page or criterion whose progress key an earlier one has. `key` is there for tests: real collisions are rare. */
export function checkProgressKeys(items: Named[], diags: Diagnostics, key = itemKey): void {
  for (const { item, first, short } of clashes(items, key)) {
    diags.report(item.at, 'progress-key-clash', { first: first.id, firstAt: firstAt(first), id: item.id, key: short });
  }
}

/** Reports, at the later question, every pool question whose reference an earlier one already has. `ref` is there for tests. */
export function checkQuestionRefs(questions: Named[], diags: Diagnostics, ref = questionRef): void {
  for (const { item, first, short } of clashes(questions, ref)) {
    diags.report(item.at, 'question-ref-clash', { first: first.id, firstAt: firstAt(first), id: item.id, ref: short });
  }
}
