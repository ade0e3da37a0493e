import { describe, expect, test } from 'vitest';
import { compileCourse } from '../../src/compiler/index.ts';
import { assessmentStatus, drawSitting, metInSitting, submitSitting } from '../../src/player/assessment.ts';
import { emptyProgress, type Progress } from '../../src/player/progress.ts';
import type { Question, Response } from '../../src/shared/course.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const unit = compileCourse({ root: ROOT, contentDir: 'tests/fixtures/valid' }).units[0];
const byId = (id: string) => unit.pool.find((q) => q.id === id)!;
const rightAnswer = (q: Question): Response =>
  q.type === 'text' ? q.answers[0] : 'options' in q ? q.options.filter((o) => o.correct).map((o) => o.key) : [];

function sit(p: Progress, wrongFor: string[] = []): Progress {
  const s = drawSitting(unit, p, assessmentStatus(unit, p, null).met, () => 0.3);
  s.answers = s.questions.map((id) => (byId(id).criteria.some((c) => wrongFor.includes(c)) ? (byId(id).type === 'text' ? 'z' : ['z']) : rightAnswer(byId(id))));
  return submitSitting(unit, unit.pool, { ...p, open: s }, 20000);
}

describe('assessment', () => {
  test('a sitting draws perCriterion questions for every quiz-assessed criterion, none for workplace ones', () => {
    const s = drawSitting(unit, emptyProgress(), new Map(), () => 0.7);
    const criteria = s.questions.flatMap((id) => byId(id).criteria).sort();
    expect(criteria).toEqual(['fx-basics:1.1', 'fx-basics:1.10']);
  });

  test('a criterion is met when its drawn questions are all right; the unit passes when all are met', () => {
    const p = sit(emptyProgress());
    const a = assessmentStatus(unit, p, null);
    expect([...a.met.keys()].sort()).toEqual(['fx-basics:1.1', 'fx-basics:1.10']);
    expect(a.passed).toBe(true);
    expect(a.finished).toBe(true);
  });

  test('a retake covers only unmet criteria, with questions not drawn before', () => {
    const first = sit(emptyProgress(), ['fx-basics:1.1']);
    expect(metInSitting(unit.pool, first.last!)).toEqual(['fx-basics:1.10']);
    expect(first.met).toEqual({ 'fx-basics:1.10': 20000 });
    const retake = drawSitting(unit, first, assessmentStatus(unit, first, null).met, () => 0.3);
    expect(retake.questions).toHaveLength(1);
    expect(byId(retake.questions[0]).criteria).toEqual(['fx-basics:1.1']);
    expect(first.last!.questions).not.toContain(retake.questions[0]);
    expect(first.used.has(first.last!.questions[0])).toBe(true);
    const status = assessmentStatus(unit, first, null);
    expect(status.passed).toBe(false);
    expect(status.finished).toBe(false);
    expect(status.attemptsLeft).toBe(2);
  });

  test('failing every sitting finishes the assessment as not passed', () => {
    let p = emptyProgress();
    for (let i = 0; i < unit.assessment.attempts; i++) p = sit(p, ['fx-basics:1.1']);
    const a = assessmentStatus(unit, p, null);
    expect(a.passed).toBe(false);
    expect(a.finished).toBe(true);
    expect(a.share).toBe(0.5);
  });

  test('criteria the LMS records as met stay met, even with no saved progress', () => {
    const a = assessmentStatus(unit, emptyProgress(), null, { 'fx-basics:1.1': -1, 'fx-basics:1.10': -1 });
    expect(a.passed).toBe(true);
    expect(a.finished).toBe(true);
    expect(drawSitting(unit, emptyProgress(), a.met, () => 0.3).questions).toEqual([]);
  });

  test('after the last sitting the questions used are forgotten: no sitting will draw again', () => {
    let p = emptyProgress();
    for (let i = 0; i < unit.assessment.attempts - 1; i++) p = sit(p, ['fx-basics:1.1']);
    expect(p.used.size).toBeGreaterThan(0);
    p = sit(p, ['fx-basics:1.1']);
    expect(p.used.size).toBe(0);
    expect(p.sat).toHaveLength(unit.assessment.attempts);
  });

  test('an LMS mastery score sets the share of criteria that must be met', () => {
    const p = sit(emptyProgress(), ['fx-basics:1.1']);
    expect(assessmentStatus(unit, p, 0.5).passed).toBe(true);
    expect(assessmentStatus(unit, p, 0.8).passed).toBe(false);
  });
});
