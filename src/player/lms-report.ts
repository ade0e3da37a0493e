// What the LMS is told, decided by pure functions of the course and the learner's progress: each
// answer's interaction, each criterion's objective, and the record of completion, success, score
// and progress. course.svelte.ts sends what these return; tests/player/lms-report.test.ts pins
// them, for every question kind and both SCORM versions.
import { allPages, criterionText, quizCriteria, scenarioPath, workplaceCriteria } from '../shared/activities.ts';
import { questionRef } from '../shared/items.ts';

export { questionRef };
import type { Question, Reflection, Response, Scenario, Unit } from '../shared/course.ts';
import { kindOf } from '../shared/question-kinds.ts';
import type { CmiRecord, HeldStatus, InteractionRecord, ObjectiveRecord } from '../lms/index.ts';
import type { AssessmentStatus } from './assessment.ts';
import type { Progress } from './progress.ts';

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

/** A reflection saved with enough words: its text, for the assessor. */
export function reflectionRecord(r: Reflection, text: string, latencySeconds: number, at: Date): InteractionRecord {
  return {
    id: reflectionInteraction(r.id),
    type: 'long-fill-in',
    description: r.description,
    response: [text],
    correct: [],
    result: 'neutral',
    objectives: r.criteria,
    latencySeconds,
    timestamp: at,
  };
}

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
