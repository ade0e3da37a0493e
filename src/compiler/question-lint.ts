// Warnings about questions that work but teach or test badly: near-duplicates in a pool, a pool
// whose right answer can be guessed by its length, and feedback that explains nothing.
import type { Question } from '../shared/course.ts';
import type { ParsedActivity, Unresolved } from './activities.ts';
import type { Diagnostics } from './diagnostics.ts';
import { htmlText } from './readability.ts';
import type { DraftUnit } from './unit-folder.ts';
import type { YamlReader } from './yaml-reader.ts';

/** The thresholds under "questions:" in quality.yaml. */
export interface QuestionLimits {
  /** Two pool prompts sharing at least this per cent of their word trigrams (Jaccard) are near-duplicates. */
  duplicatePhrases: number;
  /** A pool with at least this many single and multiple questions is checked for longest-answer bias... */
  longestAnswerPool: number;
  /** ...and warned about when the correct option is the longest in more than this per cent of them. */
  longestAnswerShare: number;
}

const LIMITS: (keyof QuestionLimits)[] = ['duplicatePhrases', 'longestAnswerPool', 'longestAnswerShare'];
const PER_CENT: (keyof QuestionLimits)[] = ['duplicatePhrases', 'longestAnswerShare'];

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
  const values = LIMITS.map((key) => {
    const value = r.number(map, key, what);
    if (value === undefined || !PER_CENT.includes(key) || value <= 100) return value;
    r.diags.report(r.at(r.node(map, key)), 'quality-not-percent', { what, key, value });
    return undefined;
  });
  if (values.some((v) => v === undefined)) return undefined;
  return Object.fromEntries(LIMITS.map((key, i) => [key, values[i]])) as unknown as QuestionLimits;
}

export function lintQuestions(draft: DraftUnit, limits: QuestionLimits, diags: Diagnostics): void {
  const questions = draft.activities.filter((a) => a.parsed.activity.kind === 'question').map((a) => a.parsed as ParsedActivity<Question>);
  for (const q of questions) checkFeedback(q, diags);
  checkDuplicates(draft.pool, limits, diags);
  checkLongestCorrect(draft.pool, limits, diags);
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

function checkLongestCorrect(pool: ParsedActivity<Question>[], limits: QuestionLimits, diags: Diagnostics): void {
  const choice = pool.filter((q) => q.activity.type === 'single' || q.activity.type === 'multiple');
  if (choice.length < limits.longestAnswerPool) return;
  const giveaway = choice.filter((q) => longestIsCorrect(q.activity));
  if ((100 * giveaway.length) / choice.length <= limits.longestAnswerShare) return;
  const ids = giveaway.slice(0, 3).map((q) => `"${q.activity.id}"`).join(', ');
  diags.report({ file: choice[0].at.file, line: 1, col: 1 }, 'pool-longest-correct', {
    giveaway: giveaway.length,
    total: choice.length,
    share: Math.round((100 * giveaway.length) / choice.length),
    ids,
  });
}

/** True when one option is strictly longer than every other and it is correct. */
function longestIsCorrect(q: Unresolved<Question>): boolean {
  if (!('options' in q)) return false;
  const lengths = q.options.map((o) => htmlText(o.html).trim().length);
  const max = Math.max(...lengths);
  const longest = q.options.filter((_, i) => lengths[i] === max);
  return longest.length === 1 && longest[0].correct;
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
