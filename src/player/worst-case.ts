// The largest progress a unit can produce, for the suspend_data budget (bench and tests): an
// upper bound, since it holds at once what no learner holds together.
import { allPages, pageActivities, quizCriteria } from '../shared/activities.ts';
import type { Question, Unit } from '../shared/course.ts';
import { kindOf } from '../shared/question-kinds.ts';
import { drawSitting } from './assessment.ts';
import { emptyProgress, type Progress } from './progress.ts';

const longestResponse = (q: Question) => kindOf(q).longest(q);

/**
 * Every page seen, every activity done, every criterion met on a day needing three characters,
 * all but the last sitting used without meeting anything, the last sitting open and answered,
 * and hundreds of hours spent.
 */
export function worstCaseProgress(unit: Unit): Progress {
  const p = emptyProgress();
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
    if (n < unit.assessment.attempts - 1) {
      sitting.questions.forEach((id) => p.used.add(id));
      p.sat.push(99999);
    } else p.open = answered;
  }
  for (const ref of quizCriteria(unit)) p.met[ref] = 99999;
  // 777 hours of each, the most three base-36 characters of minutes hold.
  p.time = { teaching: 46655 * 60, assessment: 46655 * 60 };
  return p;
}
