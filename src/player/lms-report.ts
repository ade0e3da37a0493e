// What the LMS is told, decided by pure functions of the course and the learner's progress: each
// answer's interaction, each criterion's objective, and the record of completion, success, score
// and progress. course.svelte.ts sends what these return; tests/player/lms-report.test.ts pins
// them, for every question kind and both SCORM versions.
import { allPages, criterionText, quizCriteria, scenarioPath, workplaceCriteria } from '../shared/activities.ts';
import { questionRef } from '../shared/items.ts';

export { questionRef };
import type { Question, Reflection, Response, Scenario, Unit } from '../shared/course.ts';
import { kindOf } from '../shared/question-kinds.ts';
import type { CmiRecord, HeldStatus, InteractionRecord, LmsMode, ObjectiveRecord } from '../lms/index.ts';
import type { AssessmentStatus } from './assessment.ts';
import type { Progress, Sitting } from './progress.ts';

/** A reflection's interaction id: the LMS records its text under it and, in SCORM 2004, hands it back. */
export const reflectionInteraction = (id: string): string => `rf-${id}`;

/** One answer to a question; `response` is null when the learner left it unanswered. */
export function questionInteraction(q: Question, response: Response | null, id: string, latencySeconds: number, at: Date): InteractionRecord {
  const kind = kindOf(q);
  return {
    id,
    type: kind.interaction,
    description: q.description,
    response: response === null ? [] : kind.learnerResponse(q, response),
    correct: kind.correctPattern(q),
    result: response !== null && kind.isCorrect(q, response) ? 'correct' : 'incorrect',
    objectives: q.criteria,
    latencySeconds,
    timestamp: at,
  };
}

/** A scenario played to an ending: the steps taken, and whether the ending was good. */
export function scenarioInteraction(s: Scenario, path: number[], latencySeconds: number, at: Date): InteractionRecord {
  const visited = scenarioPath(s, path);
  const outcome = visited[visited.length - 1].outcome;
  return {
    id: `sc-${s.id}`,
    type: 'other',
    description: s.title,
    response: [visited.map((st) => st.id).join(' > ')],
    correct: [],
    result: outcome === 'good' ? 'correct' : outcome === 'poor' ? 'incorrect' : 'neutral',
    objectives: s.criteria,
    latencySeconds,
    timestamp: at,
  };
}

/**
 * The characters of reflection text all of a unit's reflections may take in the LMS together.
 * LMSs that resend every value on each commit (Moodle's SCORM 2004 runtime) must be able to send
 * the whole record twice within the browser's 64 KB unload quota, so the texts share a fixed
 * allowance; a longer text is kept whole in the browser and in the learner's record.
 */
export const REFLECTION_TEXT_BUDGET = 4000;

/** What one reflection may send: an equal share of the allowance. */
export function reflectionLimit(unit: Unit): number {
  const count = unit.items.filter((i) => i.kind === 'reflection').length;
  return Math.floor(REFLECTION_TEXT_BUDGET / Math.max(1, count));
}

/** A reflection saved with enough words: its text (up to `limit` characters), for the assessor. */
export function reflectionRecord(r: Reflection, text: string, latencySeconds: number, at: Date, limit = Infinity): InteractionRecord {
  const sent = text.length > limit ? `${text.slice(0, limit - 1).trimEnd()}…` : text;
  return {
    id: reflectionInteraction(r.id),
    type: 'long-fill-in',
    description: r.description,
    response: [sent],
    correct: [],
    result: 'neutral',
    objectives: r.criteria,
    latencySeconds,
    timestamp: at,
  };
}

/**
 * A submitted sitting's answers, as the LMS is told them. SCORM 1.2 LMSs send only what changed,
 * so each answer is its own interaction, its id the question's reference. SCORM 2004 LMSs such as
 * Moodle resend every interaction on every commit, and a unit's sittings can hold well over a
 * hundred answers: there the sitting is one interaction whose response lists each reference with
 * the answer given and + (right) or - (wrong), e.g. "Q-7KQ2:b+ Q-M3XA:ac-".
 */
export function sittingInteractions(unit: Unit, sitting: Sitting, number: number, mode: LmsMode, at: Date): InteractionRecord[] {
  const byId = new Map(unit.pool.map((q) => [q.id, q]));
  const answers = sitting.questions.map((id, i) => questionInteraction(byId.get(id)!, sitting.answers[i] ?? null, questionRef(id), 0, at));
  if (mode !== 'scorm2004') return answers;
  const right = answers.filter((a) => a.result === 'correct').length;
  return [
    {
      id: `sitting-${number}`,
      type: 'other',
      description: `Assessment attempt ${number}: ${right} of ${answers.length} right`,
      response: [answers.map((a) => `${a.id}:${compact(a.response) || 'none'}${a.result === 'correct' ? '+' : '-'}`).join(' ')],
      correct: [],
      result: right === answers.length ? 'correct' : 'incorrect',
      objectives: [],
      latencySeconds: 0,
      timestamp: at,
    },
  ];
}

/** A response in few characters: single-letter choices run together ("ac"), anything else comma-separated. */
const compact = (parts: string[]): string => parts.join(parts.every((p) => p.length === 1) ? '' : ',');

/**
 * Each criterion's objective: quiz criteria passed once met, failed once the result is final,
 * and workplace criteria completed once a reflection on them is saved (success is the assessor's).
 */
export function objectiveRecords(unit: Unit, a: AssessmentStatus, reflected: Iterable<string>): ObjectiveRecord[] {
  const saved = new Set(reflected);
  const reflections = unit.modules.flatMap((m) => m.pages.flatMap((p) => p.blocks.filter((b): b is Reflection => b.kind === 'reflection')));
  const quiz = a.criteria.map(
    (ref): ObjectiveRecord => {
      const met = a.met.has(ref);
      return {
        id: ref,
        description: criterionText(unit, ref),
        success: met ? 'passed' : a.finished ? 'failed' : 'unknown',
        completion: met ? 'completed' : a.sat > 0 ? 'incomplete' : 'unknown',
        scoreScaled: a.sat > 0 ? (met ? 1 : 0) : null,
      };
    },
  );
  const workplace = workplaceCriteria(unit).map((ref): ObjectiveRecord => {
    const done = reflections.some((r) => saved.has(r.id) && r.criteria.includes(ref));
    return { id: ref, description: criterionText(unit, ref), success: 'unknown', completion: done ? 'completed' : 'incomplete', scoreScaled: null };
  });
  return [...quiz, ...workplace];
}

const COMPLETION_RANK = { unknown: 0, incomplete: 1, completed: 2 } as const;
const SUCCESS_RANK = { unknown: 0, failed: 1, passed: 2 } as const;

/**
 * The learner's record, the same in both SCORM versions. With a quiz, the unit is completed once
 * the assessment's result is final (passed, or failed with no sitting left), pages unread or not:
 * the result is the evidence, and the learner is told which pages remain. Without one (an
 * observed unit), it is completed once every page is seen. Success is known once the result is
 * final, and only a final score is sent: Moodle's "mastery score overrides status" would turn an
 * interim score below the mastery score into "failed" while retakes remain. Nothing is ever
 * lower than what the LMS already holds (`held`): a republished package never un-passes anyone.
 */
export function cmiRecord(unit: Unit, p: Progress, a: AssessmentStatus, held: HeldStatus, location: string, suspendData: string): CmiRecord {
  const hasQuiz = quizCriteria(unit).length > 0;
  const pages = allPages(unit).length;
  const seen = allPages(unit).filter((page) => p.seen.has(page.id)).length;
  const completion = (hasQuiz ? a.finished : seen === pages) ? 'completed' : 'incomplete';
  const success = !hasQuiz || !a.finished ? 'unknown' : a.passed ? 'passed' : 'failed';
  const best = <K extends string>(rank: Record<K, number>, now: K, before: K | undefined) => (before !== undefined && rank[before] > rank[now] ? before : now);
  const floorSuccess = best(SUCCESS_RANK, success, held.success);
  return {
    location,
    suspendData,
    completion: best(COMPLETION_RANK, completion, held.completion),
    success: floorSuccess,
    scoreRaw: a.finished || floorSuccess === 'passed' ? Math.round(a.share * 100) : null,
    progress: Math.min(1, (seen + (a.finished || !hasQuiz ? 1 : 0)) / (pages + 1)),
  };
}
