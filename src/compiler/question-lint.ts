// Warnings about questions that work but teach or test badly: near-duplicates in a pool and
// feedback that explains nothing. Answers given away by their look are the cue check's (cue-check.ts).
import type { Question } from '../shared/course.ts';
import type { ParsedActivity } from './activities.ts';
import type { Diagnostics } from './diagnostics.ts';
import { htmlText } from './readability.ts';
import type { DraftUnit } from './unit-folder.ts';
import type { YAMLMap } from 'yaml';
import type { YamlReader } from './yaml-reader.ts';

/** The thresholds under "questions:" in quality.yaml. */
export interface QuestionLimits {
  /** Two pool prompts sharing at least this per cent of their word trigrams (Jaccard) are near-duplicates. */
  duplicatePhrases: number;
}

const LIMITS: (keyof QuestionLimits)[] = ['duplicatePhrases'];
const PER_CENT: (keyof QuestionLimits)[] = ['duplicatePhrases'];

/** Reads the "questions" section of quality.yaml, reporting a missing or bad value where it is. */
export function readQuestionLimits(r: YamlReader): QuestionLimits | undefined {
  const node = r.node(r.root!, 'questions');
  const what = `"questions" in ${r.what}`;
  const map = node === undefined ? undefined : r.map(node, what);
  if (!map) {
    if (node === undefined) r.diags.report(r.start(), 'quality-section-missing', { what: r.what, key: 'questions', add: LIMITS.join(', ') });
    return undefined;
  }
  r.onlyKnown(map, LIMITS, what);
  const values = LIMITS.map((key) => readThreshold(r, map, key, what, PER_CENT.includes(key)));
  if (values.some((v) => v === undefined)) return undefined;
  return Object.fromEntries(LIMITS.map((key, i) => [key, values[i]])) as unknown as QuestionLimits;
}

/** A whole-number threshold of quality.yaml; a per cent must be 0 to 100 (reported where it is not). */
export function readThreshold(r: YamlReader, map: YAMLMap, key: string, what: string, perCent: boolean): number | undefined {
  const value = r.number(map, key, what);
  if (value === undefined || !perCent || value <= 100) return value;
  r.diags.report(r.at(r.node(map, key)), 'quality-not-percent', { what, key, value });
  return undefined;
}

export function lintQuestions(draft: DraftUnit, limits: QuestionLimits, diags: Diagnostics): void {
  const questions = draft.activities.filter((a) => a.parsed.activity.kind === 'question').map((a) => a.parsed as ParsedActivity<Question>);
  for (const q of questions) checkFeedback(q, diags);
  checkDuplicates(draft.pool, limits, diags);
}

const words = (html: string) => htmlText(html).toLowerCase().replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];

function trigrams(html: string): Set<string> {
  const w = words(html);
  if (w.length < 3) return new Set([w.join(' ')]);
  return new Set(w.slice(2).map((_, i) => w.slice(i, i + 3).join(' ')));
}

export function similarity(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((t) => b.has(t)).length;
  return shared / (a.size + b.size - shared);
}

function checkDuplicates(pool: ParsedActivity<Question>[], limits: QuestionLimits, diags: Diagnostics): void {
  const grams = pool.map((q) => trigrams(q.activity.prompt));
  pool.forEach((later, j) => {
    for (let i = 0; i < j; i++) {
      const share = similarity(grams[i], grams[j]);
      if (share * 100 < limits.duplicatePhrases) continue;
      const first = pool[i];
      diags.report(later.at, 'question-near-duplicate', { id: later.activity.id, first: first.activity.id, line: first.at.line, share: Math.round(share * 100) });
      return;
    }
  });
}

// Feedback of only these words (any case, any punctuation) tells the learner nothing new.
const EMPTY_FEEDBACK = /^(?:(?:correct|incorrect|wrong|right|well done)\s*)+$/;

export function saysNothing(html: string): boolean {
  return EMPTY_FEEDBACK.test(words(html).join(' '));
}

function checkFeedback({ activity: q, at }: ParsedActivity<Question>, diags: Diagnostics): void {
  const empty: string[] = [];
  if ('options' in q) for (const o of q.options) if (saysNothing(o.feedback)) empty.push(`option ${o.key} ("${htmlText(o.feedback).trim()}")`);
  if ('feedback' in q) {
    if (saysNothing(q.feedback.correct)) empty.push(`"correct:" ("${htmlText(q.feedback.correct).trim()}")`);
    if (saysNothing(q.feedback.incorrect)) empty.push(`"incorrect:" ("${htmlText(q.feedback.incorrect).trim()}")`);
  }
  if (empty.length === 0) return;
  diags.report(at, 'feedback-says-nothing', { id: q.id, which: empty.join(' and ') });
}
