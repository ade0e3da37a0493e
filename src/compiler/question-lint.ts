// Warnings about questions that work but teach or test badly: near-duplicates in a pool, a pool
// whose right answer can be guessed by its length, and feedback that explains nothing.
import type { Question } from '../shared/course.ts';
import type { ParsedActivity } from './activities.ts';
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
    if (node === undefined) r.diags.error(r.start(), `${r.what} has no "questions". Add "questions:" with ${LIMITS.join(', ')}.`);
    return undefined;
  }
  r.onlyKnown(map, LIMITS, what);
  const values = LIMITS.map((key) => {
    const value = r.number(map, key, what);
    if (value === undefined || !PER_CENT.includes(key) || value <= 100) return value;
    r.diags.error(r.at(r.node(map, key)), `"${key}" of ${what} is ${value}, but it is a per cent. Write a whole number from 0 to 100, such as 60.`);
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
      diags.warning(
        later.at,
        `The question "${later.activity.id}" reads almost the same as "${first.activity.id}" (line ${first.at.line}): ${Math.round(share * 100)}% of their three-word phrases match. A learner could meet both in one sitting or on a retake; reword one, or make it test a different point.`,
      );
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
  diags.warning(
    { file: choice[0].at.file, line: 1, col: 1 },
    `In ${giveaway.length} of the pool's ${choice.length} single and multiple questions (${Math.round((100 * giveaway.length) / choice.length)}%), the correct option is the longest, so a learner can guess by length. Lengthen some wrong options or tighten some right ones, starting with ${ids}.`,
  );
}

/** True when one option is strictly longer than every other and it is correct. */
function longestIsCorrect(q: Question): boolean {
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
  for (const o of q.options) if (saysNothing(o.feedback)) empty.push(`option ${o.key} ("${htmlText(o.feedback).trim()}")`);
  if (saysNothing(q.feedbackCorrect)) empty.push(`"correct:" ("${htmlText(q.feedbackCorrect).trim()}")`);
  if (saysNothing(q.feedbackIncorrect)) empty.push(`"incorrect:" ("${htmlText(q.feedbackIncorrect).trim()}")`);
  if (empty.length === 0) return;
  diags.warning(
    at,
    `The feedback of question "${q.id}" for ${empty.join(' and ')} only says right or wrong. Say why the answer is right or wrong, so the learner learns from it.`,
  );
}
