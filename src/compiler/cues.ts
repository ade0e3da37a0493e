// Surface cues: how far a learner who knows nothing could get by answering on the look of the
// options alone (the longest, the shortest, the one without "always", the last shown, all but the
// odd one out), and the figures that cause it. Measured per unit over its assessment pool and its
// knowledge checks; `npm run check` fails a unit past the thresholds in quality.yaml, and the
// figures go in reports/coverage.json and the tutor guide.
import { quizCriteria } from '../shared/activities.ts';
import type { ChoiceOption, Question, Unit } from '../shared/course.ts';
import { kindOf } from '../shared/question-kinds.ts';
import { htmlText } from './readability.ts';

export const ABSOLUTE_WORDS = /\b(always|never|only|all|none|must)\b/i;
/** Options that stop meaning anything once options are shuffled. */
const ALL_OF_THE_ABOVE = /\b(all|none|both|neither) of (the above|these|those|them|the options)\b|\ball the above\b/i;
/** "None of these" is allowed when its place is fixed. */
const NONE_OF_THESE = /\bnone of (these|the above|them)\b/i;

export const STRATEGIES = ['longest', 'shortest', 'no absolute words', 'last shown', 'all but the odd one out'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface CueFigures {
  /** Single, multiple and true/false questions measured, pool and knowledge checks together. */
  items: number;
  /** Per cent of single-answer questions whose correct option is strictly the longest, and what chance would give. */
  longestCorrect: number;
  shortestCorrect: number;
  chance: number;
  /** Per cent of single and multiple questions where only wrong options use an absolute word. */
  absoluteOnlyWrong: number;
  /** Per cent of single-answer questions keyed at the most common written position. */
  positionShare: number;
  /** Per cent of multiple-answer questions with the most common number of correct options; null with fewer than 4. */
  sameCorrectCount: number | null;
  /** Per cent of true/false questions keyed True; null with none. */
  trueShare: number | null;
  /** Per cent of the quiz-assessed criteria each strategy would meet over every sitting, and blind guessing's. */
  strategies: Record<Strategy, number>;
  guessing: number;
}

/** A question as measured: where it is, if known, and whether it is in the pool. */
export interface CueItem {
  question: Question;
  pool: boolean;
  /** "file:line", for naming the questions that give answers away. */
  where?: string;
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);
const textOf = (o: ChoiceOption) => htmlText(o.html).trim();
const choiceOf = (q: Question) => ('options' in q ? q.options : undefined);

/** The options that a length cue picks: all those of the greatest (or least) length. */
function byLength(options: ChoiceOption[], longest: boolean): ChoiceOption[] {
  const lengths = options.map((o) => textOf(o).length);
  const target = longest ? Math.max(...lengths) : Math.min(...lengths);
  return options.filter((_, i) => lengths[i] === target);
}

export function hasAbsolute(o: ChoiceOption): boolean {
  return ABSOLUTE_WORDS.test(textOf(o));
}

/** Single-answer questions whose correct option is strictly the longest (or shortest). */
export function lengthGiveaway(q: Question, longest: boolean): boolean {
  const options = choiceOf(q);
  if (!options || q.type !== 'single' || options.length < 3) return false;
  const picked = byLength(options, longest);
  return picked.length === 1 && picked[0].correct;
}

/** Only wrong options use an absolute word, so ruling them out narrows the choice. */
export function absoluteGiveaway(q: Question): boolean {
  const options = choiceOf(q);
  if (!options || q.type === 'truefalse') return false;
  return options.some((o) => !o.correct && hasAbsolute(o)) && !options.some((o) => o.correct && hasAbsolute(o));
}

export function allOfTheAbove(o: ChoiceOption): boolean {
  const text = textOf(o);
  return ALL_OF_THE_ABOVE.test(text) && !(o.fixed && NONE_OF_THESE.test(text));
}

/** The chance that a strategy answers the question right, as the learner sees it (options shuffled, fixed ones in place). */
export function strategyChance(q: Question, strategy: Strategy): number {
  const options = choiceOf(q);
  // Typed answers cannot be guessed; an order or a match only by luck.
  if (!options) return q.type === 'text' ? 0 : 1 / factorial(kindOf(q).size(q));
  const correct = options.filter((o) => o.correct);
  const single = correct.length === 1;
  // The option (or options, equally likely) a one-option strategy would pick.
  const pick = (candidates: ChoiceOption[]) => (single && candidates.includes(correct[0]) ? 1 / candidates.length : 0);
  switch (strategy) {
    case 'longest':
      return pick(byLength(options, true));
    case 'shortest':
      return pick(byLength(options, false));
    case 'no absolute words': {
      const plain = options.filter((o) => !hasAbsolute(o));
      return pick(plain.length > 0 ? plain : options);
    }
    case 'last shown': {
      const last = options[options.length - 1];
      if (last.fixed) return pick([last]);
      return pick(options.filter((o) => !o.fixed));
    }
    case 'all but the odd one out': {
      // Ticks every option but the one that stands out by length; a single answer is still picked by length.
      if (q.type !== 'multiple') return strategyChance(q, 'longest');
      if (correct.length !== options.length - 1) return 0;
      const longest = byLength(options, true);
      const shortest = byLength(options, false);
      const odd = longest.length === 1 ? longest[0] : shortest.length === 1 ? shortest[0] : undefined;
      return odd ? Number(!odd.correct) : 1 / options.length;
    }
  }
}

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

/** A small, seeded generator, so the figures are the same on every run. */
function seeded(seed: number): () => number {
  let h = seed >>> 0;
  return () => {
    h = (h + 0x6d2b79f5) >>> 0;
    let t = h;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The expected share of criteria met when each question is answered right with the given chance:
 * each sitting draws `perCriterion` of the criterion's questions not drawn before (starting over
 * once all are used), and a criterion is met when all drawn for it are right.
 */
export function expectedShare(chances: number[][], perCriterion: number, attempts: number, runs = 400): number {
  if (chances.length === 0) return 0;
  const random = seeded(chances.length * 7919 + perCriterion * 31 + attempts);
  let total = 0;
  for (const pool of chances) {
    if (pool.length === 0) continue;
    let met = 0;
    for (let run = 0; run < runs; run++) {
      const order = [...pool];
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      let failAll = 1;
      for (let s = 0; s < attempts; s++) {
        let right = 1;
        for (let k = 0; k < perCriterion; k++) right *= order[(s * perCriterion + k) % order.length];
        failAll *= 1 - right;
      }
      met += 1 - failAll;
    }
    total += met / runs;
  }
  return Math.round((1000 * total) / chances.length) / 10;
}

/** The unit's cue figures over its pool and knowledge checks. */
export function measureCues(unit: Unit, items: CueItem[]): CueFigures {
  const singles = items.filter((i) => i.question.type === 'single');
  const multiples = items.filter((i) => i.question.type === 'multiple');
  const truefalse = items.filter((i) => i.question.type === 'truefalse');
  const choice = [...singles, ...multiples];
  const positions = new Map<number, number>();
  for (const { question } of singles) {
    const at = choiceOf(question)!.findIndex((o) => o.correct);
    positions.set(at, (positions.get(at) ?? 0) + 1);
  }
  const counts = new Map<number, number>();
  for (const { question } of multiples) {
    const n = choiceOf(question)!.filter((o) => o.correct).length;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const trueKeyed = truefalse.filter(({ question }) => /^true\b/i.test(textOf(choiceOf(question)!.find((o) => o.correct)!))).length;
  const criteria = quizCriteria(unit);
  const poolFor = (ref: string) => items.filter((i) => i.pool && i.question.criteria.includes(ref)).map((i) => i.question);
  const { perCriterion, attempts } = unit.assessment;
  const share = (chance: (q: Question) => number) => expectedShare(criteria.map((ref) => poolFor(ref).map(chance)), perCriterion, attempts);
  const guess = (q: Question) => {
    const options = choiceOf(q);
    if (!options) return strategyChance(q, 'last shown');
    return q.type === 'multiple' ? 1 / (2 ** options.length - 1) : 1 / options.length;
  };
  return {
    items: choice.length + truefalse.length,
    longestCorrect: pct(singles.filter((i) => lengthGiveaway(i.question, true)).length, singles.length),
    shortestCorrect: pct(singles.filter((i) => lengthGiveaway(i.question, false)).length, singles.length),
    chance: pct(singles.reduce((sum, i) => sum + 1 / choiceOf(i.question)!.length, 0), singles.length),
    absoluteOnlyWrong: pct(choice.filter((i) => absoluteGiveaway(i.question)).length, choice.length),
    positionShare: pct(Math.max(0, ...positions.values()), singles.length),
    sameCorrectCount: multiples.length >= 4 ? pct(Math.max(...counts.values()), multiples.length) : null,
    trueShare: truefalse.length > 0 ? pct(trueKeyed, truefalse.length) : null,
    strategies: Object.fromEntries(STRATEGIES.map((s) => [s, share((q) => strategyChance(q, s))])) as Record<Strategy, number>,
    guessing: share(guess),
  };
}

/** The figures of a compiled unit: its pool and the knowledge checks on its pages. */
export function unitCues(unit: Unit): CueFigures {
  const checks = [...unit.intro, ...unit.modules.flatMap((m) => m.pages)].flatMap((p) => p.blocks.filter((b): b is Question => b.kind === 'question'));
  return measureCues(unit, [...unit.pool.map((question) => ({ question, pool: true })), ...checks.map((question) => ({ question, pool: false }))]);
}
