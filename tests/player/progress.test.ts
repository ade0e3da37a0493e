import { describe, expect, test } from 'vitest';
import { compileCourse } from '../../src/compiler/index.ts';
import { allPages, pageActivities, quizCriteria } from '../../src/shared/activities.ts';
import type { Question, Unit } from '../../src/shared/course.ts';
import { drawSitting } from '../../src/player/assessment.ts';
import { decodeProgress, emptyProgress, encodeProgress, type Progress } from '../../src/player/progress.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const { units } = compileCourse({ root: ROOT });
const fixture = compileCourse({ root: ROOT, contentDir: 'tests/fixtures/valid' }).units[0];

/** The longest response a learner could give to a question. */
function longestResponse(q: Question): string[] {
  if (q.type === 'text') return ['x&|,;~'.repeat(10)];
  if (q.type === 'order') return q.items.map((_, i) => String(q.items.length - 1 - i));
  if (q.type === 'match') return q.pairs.map((_, i) => String(i));
  return q.options.map((o) => o.key);
}

/** Every page seen, every activity done, every sitting used, each drawing every criterion. */
function worstCase(unit: Unit): Progress {
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

describe('saved progress', () => {
  test.each(units.map((u) => [u.facts.id, u] as const))('%s: the worst case fits the 1,500-character budget', (_id, unit) => {
    const text = encodeProgress(unit, worstCase(unit));
    expect(text.length).toBeLessThanOrEqual(1500);
  });

  test('round-trips through its text form', () => {
    const p = worstCase(fixture);
    const back = decodeProgress(fixture, encodeProgress(fixture, p));
    expect(back).toEqual(p);
  });

  test('is dropped when the content fingerprint changes', () => {
    const text = encodeProgress(fixture, worstCase(fixture));
    expect(decodeProgress({ ...fixture, fingerprint: 'changed00000' }, text)).toEqual(emptyProgress());
  });

  test('unreadable text gives empty progress rather than an error', () => {
    expect(decodeProgress(fixture, 'garbage')).toEqual(emptyProgress());
    expect(decodeProgress(fixture, `1|${fixture.fingerprint}|A|zzzz%|||`)).toEqual(emptyProgress());
  });

  test('keys are short hashes of ids, so the text names no id in full', () => {
    const text = encodeProgress(fixture, worstCase(fixture));
    expect(text).not.toContain('kc-why');
    expect(quizCriteria(fixture)).toEqual(['fx-basics:1.1', 'fx-basics:1.10']);
  });
});
