// The assessment model: draws per criterion, marks criteria met, and decides pass and fail.
import { quizCriteria } from '../shared/activities.ts';
import { isCorrect } from '../shared/question-kinds.ts';
import type { Question, Unit } from '../shared/course.ts';
import type { Progress, Sitting } from './progress.ts';

export type Random = () => number;

/** Criteria met in any submitted sitting: every drawn question on them answered correctly. */
export function metCriteria(unit: Unit, sittings: Sitting[]): Map<string, number> {
  const met = new Map<string, number>();
  const byId = new Map(unit.pool.map((q) => [q.id, q]));
  for (const s of sittings.filter((x) => x.submitted)) {
    const covered = new Map<string, boolean>();
    s.questions.forEach((id, i) => {
      const q = byId.get(id);
      if (!q) return;
      const right = s.answers[i] !== null && isCorrect(q, s.answers[i]!);
      for (const c of q.criteria) covered.set(c, (covered.get(c) ?? true) && right);
    });
    for (const [c, ok] of covered) if (ok && !met.has(c)) met.set(c, s.day);
  }
  return met;
}

export interface AssessmentStatus {
  criteria: string[];
  met: Map<string, number>;
  sat: number;
  attemptsLeft: number;
  /** Share of quiz-assessed criteria met, 0..1. */
  share: number;
  passed: boolean;
  /** Passed, or failed with no sittings left: the result is final. */
  finished: boolean;
  open: Sitting | undefined;
}

export function assessmentStatus(unit: Unit, p: Progress, masteryScore: number | null): AssessmentStatus {
  const criteria = quizCriteria(unit);
  const met = metCriteria(unit, p.sittings);
  const sat = p.sittings.filter((s) => s.submitted).length;
  const share = criteria.length ? criteria.filter((c) => met.has(c)).length / criteria.length : 1;
  const passed = sat > 0 && (masteryScore === null ? share === 1 : share >= masteryScore - 1e-9);
  const attemptsLeft = Math.max(0, unit.assessment.attempts - sat);
  return {
    criteria,
    met,
    sat,
    attemptsLeft,
    share,
    passed,
    finished: passed || (sat > 0 && attemptsLeft === 0),
    open: p.sittings.find((s) => !s.submitted),
  };
}

/**
 * A new sitting covering the criteria not yet met: for each, questions not drawn before where the
 * pool has them (a retake sees fresh questions), otherwise the ones drawn longest ago.
 */
export function drawSitting(unit: Unit, p: Progress, random: Random = Math.random): Sitting {
  const met = metCriteria(unit, p.sittings);
  const needed = shuffle(quizCriteria(unit).filter((c) => !met.has(c)), random);
  const lastDrawn = new Map<string, number>();
  p.sittings.forEach((s, n) => s.questions.forEach((id) => lastDrawn.set(id, n)));
  const chosen: Question[] = [];
  for (const c of needed) {
    const have = chosen.filter((q) => q.criteria.includes(c)).length;
    const candidates = shuffle(unit.pool.filter((q) => q.criteria.includes(c) && !chosen.includes(q)), random).sort(
      (a, b) => (lastDrawn.get(a.id) ?? -1) - (lastDrawn.get(b.id) ?? -1),
    );
    chosen.push(...candidates.slice(0, Math.max(0, unit.assessment.perCriterion - have)));
  }
  const questions = shuffle(chosen, random).map((q) => q.id);
  return { questions, answers: questions.map(() => null), submitted: false, day: 0 };
}

export function shuffle<T>(items: T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
