// What each kind of question means everywhere, one row per kind: how it is marked, what the LMS
// is told, how a response is saved, how big a response can get, and how the answer key reads.
// The player, the progress codec, the LMS records and the tutor guide read the row; none of
// them switches on the type. A new kind is a row here, a parser branch in
// src/compiler/activities.ts and a view in src/player/questions/.
import type { InteractionType } from '../lms/types.ts';
import type { ChoiceQuestion, MatchQuestion, OrderQuestion, Question, QuestionOf, QuestionType, Response, ResponseOf, TextQuestion } from './course.ts';
import { escapeHtml, normaliseText, OPTION_KEYS } from './text.ts';

/** The answer key of one question: a table of what counts as right, and the feedback. */
export interface AnswerKey {
  /** Column headings of the table. */
  head: string[];
  /** Cells are HTML; `correct` marks a row that is (part of) the right answer. */
  rows: { cells: string[]; correct: boolean }[];
  /** Feedback given for the whole answer, for the kinds marked as a whole. */
  feedback?: { correct: string; incorrect: string };
  /** The right answer on one line of plain text, for the short answer key. */
  short: string;
}

export interface QuestionKind<Q extends Question, R> {
  /** The SCORM interaction type its answers are recorded as. */
  interaction: InteractionType;
  /** How the answer key names the kind. */
  name: string;
  /** How many things (options, items, rights) the view shows, in an order of its own per learner. */
  size(q: Q): number;
  /** The response before the learner acts; `shown` is the order the view shows things in. */
  blank(q: Q, shown: number[]): R;
  /** Whether the response is complete enough to check or count as answered. */
  answered(r: R): boolean;
  isCorrect(q: Q, r: R): boolean;
  /** The interaction's learner response, in the LMS adapter's version-neutral shape. */
  learnerResponse(q: Q, r: R): string[];
  /** The interaction's correct response, in the same shape. */
  correctPattern(q: Q): string[];
  /** The response in cmi.suspend_data: never holds "|", ",", ";" or is empty when answered. */
  encode(r: R): string;
  decode(s: string): R;
  /** The longest response a learner can give, for the worst-case budgets. */
  longest(q: Q): R;
  answerKey(q: Q): AnswerKey;
  /** What a learner is told after checking a knowledge check: per option chosen (or missed), or for the whole answer. */
  feedbackOn(q: Q, r: R): Feedback[];
  /** The question without its feedback, for a learner's copy of the assessment pool. */
  withoutFeedback(q: Q): Q;
  /** Each row as written (option, position, left) marked right (true), wrong (false) or not chosen (null). */
  marks(q: Q, r: R): (boolean | null)[];
  /** A right response. */
  right(q: Q): R;
  /** A response in words, as HTML, for the learner's review of a sitting: "Offer a refund", "Listen, then Check". */
  answerHtml(q: Q, r: R): string;
}

export interface Feedback {
  /** Sanitised HTML. */
  html: string;
  /** The option it is about, as sanitised inline HTML; absent for feedback on the whole answer. */
  option?: string;
  /** A correct option the learner did not choose. */
  missed?: boolean;
}

const NO_FEEDBACK = { correct: '', incorrect: '' };

/** Feedback of the kinds marked as a whole. */
function overall(q: { feedback: { correct: string; incorrect: string } }, right: boolean): Feedback[] {
  return [{ html: right ? q.feedback.correct : q.feedback.incorrect }];
}

const letter = (i: number): string => OPTION_KEYS[i] ?? '';

const choice: QuestionKind<ChoiceQuestion, string[]> = {
  interaction: 'choice',
  name: 'single choice',
  size: (q) => q.options.length,
  blank: () => [],
  answered: (r) => r.length > 0,
  isCorrect(q, r) {
    const want = q.options.filter((o) => o.correct).map((o) => o.key);
    return r.length === want.length && want.every((k) => r.includes(k));
  },
  learnerResponse: (_q, r) => r,
  correctPattern: (q) => q.options.filter((o) => o.correct).map((o) => o.key),
  encode: (r) => r.join(''),
  decode: (s) => [...s],
  longest: (q) => q.options.map((o) => o.key),
  answerKey: (q) => ({
    head: ['Option', 'Answer', 'Feedback'],
    rows: q.options.map((o) => ({
      cells: [`${o.key}. ${o.html}`, o.correct ? '<span class="mark"><span aria-hidden="true">✓ </span>Correct</span>' : 'Wrong', o.feedback],
      correct: o.correct,
    })),
    short: q.options
      .filter((o) => o.correct)
      .map((o) => o.key)
      .join(', '),
  }),
  // Feedback for each option chosen, and, in a multiple, for each correct option missed.
  feedbackOn: (q, r) =>
    q.options
      .filter((o) => r.includes(o.key) || (q.type === 'multiple' && o.correct))
      .map((o) => ({ html: o.feedback, option: o.html, missed: !r.includes(o.key) })),
  withoutFeedback: (q) => ({ ...q, options: q.options.map((o) => ({ ...o, feedback: '' })) }),
  marks: (q, r) => q.options.map((o) => (r.includes(o.key) ? o.correct : null)),
  right: (q) => q.options.filter((o) => o.correct).map((o) => o.key),
  answerHtml: (q, r) =>
    q.options
      .filter((o) => r.includes(o.key))
      .map((o) => o.html)
      .join('; ') || 'nothing chosen',
};

const order: QuestionKind<OrderQuestion, number[]> = {
  interaction: 'sequencing',
  name: 'put in order',
  size: (q) => q.items.length,
  blank: (_q, shown) => shown,
  answered: () => true,
  isCorrect: (q, r) => r.length === q.items.length && r.every((item, i) => item === i),
  // Items are keyed a, b, c... by their correct position.
  learnerResponse: (_q, r) => r.map(letter),
  correctPattern: (q) => q.items.map((_, i) => letter(i)),
  encode: (r) => r.map(letter).join(''),
  decode: (s) => [...s].map((c) => OPTION_KEYS.indexOf(c)),
  longest: (q) => q.items.map((_, i) => q.items.length - 1 - i),
  answerKey: (q) => ({
    head: ['Position', 'Item (learners see the items shuffled)'],
    rows: q.items.map((item, i) => ({ cells: [String(i + 1), escapeHtml(item)], correct: true })),
    feedback: q.feedback,
    short: q.items.map((_, i) => letter(i)).join(' '),
  }),
  feedbackOn: (q, r) => overall(q, order.isCorrect(q, r)),
  withoutFeedback: (q) => ({ ...q, feedback: NO_FEEDBACK }),
  marks: (_q, r) => r.map((item, i) => item === i),
  right: (q) => q.items.map((_, i) => i),
  answerHtml: (q, r) => r.map((i) => escapeHtml(q.items[i])).join(', then '),
};

const match: QuestionKind<MatchQuestion, (number | null)[]> = {
  interaction: 'matching',
  name: 'matching',
  size: (q) => q.pairs.length,
  blank: (q) => q.pairs.map(() => null),
  answered: (r) => r.every((right) => right !== null),
  isCorrect: (q, r) => r.length === q.pairs.length && r.every((right, i) => right === i),
  // "a.1": left a matched to right 1.
  learnerResponse: (_q, r) => r.flatMap((right, i) => (right === null ? [] : [`${letter(i)}.${right + 1}`])),
  correctPattern: (q) => q.pairs.map((_, i) => `${letter(i)}.${i + 1}`),
  encode: (r) => r.map((right) => (right === null ? '-' : letter(right))).join(''),
  decode: (s) => [...s].map((c) => (c === '-' ? null : OPTION_KEYS.indexOf(c))),
  longest: (q) => q.pairs.map((_, i) => i),
  answerKey: (q) => ({
    head: ['Item', 'Correct match'],
    rows: q.pairs.map((pair) => ({ cells: [escapeHtml(pair.left), escapeHtml(pair.right)], correct: true })),
    feedback: q.feedback,
    short: q.pairs.map((_, i) => `${letter(i)}.${i + 1}`).join(' '),
  }),
  feedbackOn: (q, r) => overall(q, match.isCorrect(q, r)),
  withoutFeedback: (q) => ({ ...q, feedback: NO_FEEDBACK }),
  marks: (_q, r) => r.map((right, i) => (right === null ? null : right === i)),
  right: (q) => q.pairs.map((_, i) => i),
  answerHtml: (q, r) => q.pairs.map((p, i) => escapeHtml(`${p.left}: ${r[i] === null ? 'no match chosen' : q.pairs[r[i]!].right}`)).join('; '),
};

/** Typed text is cut to this many characters in saved progress. */
const SAVED_TEXT = 60;

const text: QuestionKind<TextQuestion, string> = {
  interaction: 'fill-in',
  name: 'typed answer',
  size: () => 0,
  blank: () => '',
  answered: (r) => r.trim() !== '',
  isCorrect: (q, r) => q.answers.some((a) => normaliseText(a) === normaliseText(r)),
  learnerResponse: (_q, r) => [r],
  correctPattern: (q) => q.answers,
  // Escaped, so it never holds a separator, and marked, so an answer is never empty.
  encode: (r) => '~' + encodeURIComponent(r.slice(0, SAVED_TEXT)),
  decode: (s) => decodeURIComponent(s.slice(1)),
  longest: () => 'x&|,;~'.repeat(10),
  answerKey: (q) => ({
    head: ["Accepted answers (case, spacing and the marks . , ! ? ' \" are ignored)"],
    rows: q.answers.map((answer) => ({ cells: [escapeHtml(answer)], correct: true })),
    feedback: q.feedback,
    short: q.answers.join(' / '),
  }),
  feedbackOn: (q, r) => overall(q, text.isCorrect(q, r)),
  withoutFeedback: (q) => ({ ...q, feedback: NO_FEEDBACK }),
  marks: (q, r) => [text.isCorrect(q, r)],
  right: (q) => q.answers[0],
  answerHtml: (_q, r) => escapeHtml(r) || 'nothing typed',
};

export const QUESTION_KINDS: { [T in QuestionType]: QuestionKind<QuestionOf<T>, ResponseOf[T]> } = {
  single: choice,
  multiple: { ...choice, name: 'multiple choice, every correct option needed' },
  truefalse: { ...choice, name: 'true or false' },
  order,
  match,
  text,
};

/** The row of a question's kind, typed for any question and response. */
export function kindOf(q: Question): QuestionKind<Question, Response> {
  return QUESTION_KINDS[q.type] as unknown as QuestionKind<Question, Response>;
}

export const isCorrect = (q: Question, r: Response): boolean => kindOf(q).isCorrect(q, r);
