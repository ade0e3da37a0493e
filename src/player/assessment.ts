// The assessment model: draws per criterion, marks criteria met, and decides pass and fail.
import { quizCriteria } from '../shared/activities.ts';
import type { Question, Unit } from '../shared/course.ts';
import { isCorrect } from '../shared/question-kinds.ts';
import type { Progress, Sitting, V1Sitting } from './progress.ts';

export type Random = () => number;

/** Criteria a sitting meets: every question drawn for them answered correctly. */
export function metInSitting(pool: Question[], sitting: Sitting): string[] {
  const byId = new Map(pool.map((q) => [q.id, q]));
  const covered = new Map<string, boolean>();
  sitting.questions.forEach((id, i) => {
    const q = byId.get(id);
    if (!q) return;
    const answer = sitting.answers[i];
    const right = answer !== null && isCorrect(q, answer);
    for (const c of q.criteria) covered.set(c, (covered.get(c) ?? true) && right);
  });
  return [...covered].filter(([, ok]) => ok).map(([c]) => c);
}

/** The criteria the first release's sittings met, with the day of the sitting that met each. */
export function metByV1Sittings(pool: Question[], sittings: V1Sitting[]): Record<string, number> {
  const met: Record<string, number> = {};
  for (const s of sittings) for (const c of metInSitting(pool, s)) met[c] ??= s.day;
  return met;
}

export interface AssessmentStatus {
  criteria: string[];
  /** Criterion ref to the day it was met. */
  met: Map<string, number>;
  sat: number;
  attemptsLeft: number;
  /** Share of quiz-assessed criteria met, 0..1. */
  share: number;
  passed: boolean;
  /** Passed, or not passed with no sittings left: the result is final. */
  finished: boolean;
  open: Sitting | undefined;
}

/**
 * Where the learner stands. `held` are criteria the LMS already records as met (from an earlier
 * package, or saved progress that was lost): they stay met.
 */
export function assessmentStatus(unit: Unit, p: Progress, masteryScore: number | null, held: Record<string, number> = {}): AssessmentStatus {
  const criteria = quizCriteria(unit);
  const met = new Map(Object.entries({ ...held, ...p.met }).filter(([c]) => criteria.includes(c)));
  const sat = p.sat.length;
  const share = criteria.length ? met.size / criteria.length : 1;
  const passed = (sat > 0 || met.size > 0) && (masteryScore === null ? share === 1 : share >= masteryScore - 1e-9);
  const attemptsLeft = Math.max(0, unit.assessment.attempts - sat);
  return { criteria, met, sat, attemptsLeft, share, passed, finished: passed || (sat > 0 && attemptsLeft === 0), open: p.open };
}

/**
 * A new sitting covering the criteria not yet met: for each, `perCriterion` questions not drawn in
 * an earlier sitting where the pool has them (the pool rule makes sure it does), in a shuffled order.
 */
export function drawSitting(unit: Unit, p: Progress, met: Map<string, number>, random: Random): Sitting {
  const pool = unit.items.filter((i) => i.kind === 'question' && !i.page);
  const needed = shuffle(quizCriteria(unit).filter((c) => !met.has(c)), random);
  const chosen: string[] = [];
  for (const c of needed) {
    const have = chosen.filter((id) => pool.find((q) => q.id === id)!.criteria.includes(c)).length;
    const candidates = shuffle(pool.filter((q) => q.criteria.includes(c) && !chosen.includes(q.id)), random).sort(
      (a, b) => Number(p.used.has(a.id)) - Number(p.used.has(b.id)),
    );
    chosen.push(...candidates.slice(0, Math.max(0, unit.assessment.perCriterion - have)).map((q) => q.id));
  }
  const questions = shuffle(chosen, random);
  return { questions, answers: questions.map(() => null) };
}

/** Progress once the open sitting is submitted on `day`: its criteria met, its questions used, kept for review. */
export function submitSitting(unit: Unit, pool: Question[], p: Progress, day: number): Progress {
  if (!p.open) return p;
  const met = { ...p.met };
  for (const c of metInSitting(pool, p.open)) met[c] ??= day;
  const sat = [...p.sat, day];
  // With no sitting left, nothing more is drawn, so what was used need not be kept.
  const used = sat.length >= unit.assessment.attempts ? new Set<string>() : new Set([...p.used, ...p.open.questions]);
  const { open, ...rest } = p;
  return { ...rest, met, sat, used, last: open };
}

export function shuffle<T>(items: T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
