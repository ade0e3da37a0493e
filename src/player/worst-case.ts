// The largest progress a unit can produce, for the suspend_data budget (bench and tests): an
// upper bound, since it holds at once what no learner holds together.
import { allPages, pageActivities, quizCriteria } from '../shared/activities.ts';
import type { Question, Scenario, Unit } from '../shared/course.ts';
import type { InteractionRecord, LmsMode } from '../lms/index.ts';
import { kindOf } from '../shared/question-kinds.ts';
import { interactionWrites } from '../lms/interaction-writes.ts';
import type { VersionProfile } from '../lms/profile.ts';
import { assessmentStatus, drawSitting } from './assessment.ts';
import { cmiRecord, objectiveRecords, reflectionLimit, reflectionRecord, scenarioInteraction, sittingInteractions } from './lms-report.ts';
import { emptyProgress, encodeProgress, type Progress, type Sitting } from './progress.ts';

const longestResponse = (q: Question) => kindOf(q).longest(q);

/**
 * Every page seen, every activity done, every criterion met on a day needing three characters,
 * all but the last sitting used without meeting anything, the last sitting open and answered,
 * and hundreds of hours spent.
 */
export function worstCaseProgress(unit: Unit): Progress {
  return worstCase(unit).progress;
}

function worstCase(unit: Unit): { progress: Progress; sittings: Sitting[] } {
  const p = emptyProgress();
  const sittings: Sitting[] = [];
  allPages(unit).forEach((page) => p.seen.add(page.id));
  for (const a of pageActivities(unit)) {
    if (a.kind === 'question') p.checks[a.id] = longestResponse(a);
    if (a.kind === 'scenario') p.scenarios[a.id] = Array(a.steps.length).fill(7);
    if (a.kind === 'reflection') p.reflections[a.id] = 99999;
  }
  const byId = new Map(unit.pool.map((q) => [q.id, q]));
  for (let n = 0; n < unit.assessment.attempts; n++) {
    const sitting = drawSitting(unit, p, new Map(), () => 0.5);
    const answered = { ...sitting, answers: sitting.questions.map((id) => longestResponse(byId.get(id)!)) };
    sittings.push(answered);
    if (n < unit.assessment.attempts - 1) {
      sitting.questions.forEach((id) => p.used.add(id));
      p.sat.push(99999);
    } else p.open = answered;
  }
  for (const ref of quizCriteria(unit)) p.met[ref] = 99999;
  // 777 hours of each, the most three base-36 characters of minutes hold.
  p.time = { teaching: 46655 * 60, assessment: 46655 * 60 };
  return { progress: p, sittings };
}

/** The choices of the longest path through a scenario to an ending. */
function longestPath(s: Scenario): number[] {
  const steps = new Map(s.steps.map((st) => [st.id, st]));
  const walk = (id: string, depth: number): number[] => {
    const step = steps.get(id);
    if (!step || step.outcome || depth > s.steps.length) return [];
    return step.choices.map((c, i) => [i, ...walk(c.next, depth + 1)]).reduce((a, b) => (b.length > a.length ? b : a), []);
  };
  return walk(s.start, 0);
}

/** Every interaction the course sends for the worst-case learner: every sitting, scenario and reflection at its longest. */
function worstCaseInteractions(unit: Unit, sittings: Sitting[], mode: LmsMode, at: Date): InteractionRecord[] {
  const records = sittings.flatMap((sitting, n) => sittingInteractions(unit, sitting, n + 1, mode, at));
  for (const a of pageActivities(unit)) {
    if (a.kind === 'scenario') records.push(scenarioInteraction(a, longestPath(a), 9999, at));
    if (a.kind === 'reflection') records.push(reflectionRecord(a, 'x'.repeat(64_000), 9999, at, reflectionLimit(unit)));
  }
  return records;
}

/**
 * Every value the course would have set in the LMS for its worst-case learner (worstCaseProgress,
 * every scenario played, every reflection at its longest), as an LMS that resends every value
 * holds them: element name to value. For Moodle's SCORM 2004 model (src/preview/moodle-model.ts).
 */
export function worstCaseLmsValues(unit: Unit, profile: VersionProfile): Map<string, string> {
  const { progress: p, sittings } = worstCase(unit);
  const values = new Map<string, string>();
  const set = (writes: readonly (readonly [string, string])[]) => writes.forEach(([element, value]) => values.set(element, value));
  const at = new Date(Date.UTC(2026, 11, 31, 23, 59, 59, 990));
  const interactions = worstCaseInteractions(unit, sittings, profile.mode, at);
  interactions.forEach((record, index) => set(interactionWrites(index, record, profile.interactions)));
  const status = assessmentStatus(unit, p, null, {});
  const reflected = pageActivities(unit).filter((a) => a.kind === 'reflection').map((a) => a.id);
  objectiveRecords(unit, status, reflected).forEach((objective, index) => set(profile.objectiveWrites(index, objective)));
  const suspendData = encodeProgress(unit, p);
  const last = allPages(unit).at(-1)!.id;
  set(profile.recordWrites({ ...cmiRecord(unit, p, status, {}, last, suspendData), success: 'passed', completion: 'completed', scoreRaw: 100 }));
  set([profile.sessionTimeWrite(99 * 3600 + 59 * 60 + 59.99), profile.exitWrite]);
  return values;
}
