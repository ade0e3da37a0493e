// The largest progress a unit can produce, for the suspend_data budget (bench and tests).
import { allPages, pageActivities } from '../shared/activities.ts';
import type { Question, Unit } from '../shared/course.ts';
import { kindOf } from '../shared/question-kinds.ts';
import { drawSitting } from './assessment.ts';
import { emptyProgress, type Progress } from './progress.ts';

const longestResponse = (q: Question) => kindOf(q).longest(q);

/** Every page seen, every activity done, every sitting used, each drawing every criterion. */
export function worstCaseProgress(unit: Unit): Progress {
  const p = emptyProgress();
  allPages(unit).forEach((_, i) => p.seen.add(i));
  for (const a of pageActivities(unit)) {
    if (a.kind === 'question') p.checks[a.id] = longestResponse(a);
    if (a.kind === 'scenario') p.scenarios[a.id] = Array(a.steps.length).fill(7);
    if (a.kind === 'reflection') p.reflections[a.id] = 99999;
  }
  for (let n = 0; n < unit.assessment.attempts; n++) {
    const sitting = drawSitting(unit, emptyProgress(), () => 0.5);
    sitting.answers = sitting.questions.map((id) => longestResponse(unit.pool.find((q) => q.id === id)!));
    p.sittings.push({ ...sitting, submitted: true, day: 99999 });
  }
  return p;
}
