import { describe, expect, test } from 'vitest';
import { compileCourse } from '../../src/compiler/index.ts';
import { quizCriteria } from '../../src/shared/activities.ts';
import { decodeProgress, emptyProgress, encodeProgress } from '../../src/player/progress.ts';
import { worstCaseProgress } from '../../src/player/worst-case.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const { units } = compileCourse({ root: ROOT });
const fixture = compileCourse({ root: ROOT, contentDir: 'tests/fixtures/valid' }).units[0];

describe('saved progress', () => {
  test.each(units.map((u) => [u.facts.id, u] as const))('%s: the worst case fits the 1,500-character budget', (_id, unit) => {
    const text = encodeProgress(unit, worstCaseProgress(unit));
    expect(text.length).toBeLessThanOrEqual(1500);
  });

  test('round-trips through its text form', () => {
    const p = worstCaseProgress(fixture);
    const back = decodeProgress(fixture, encodeProgress(fixture, p));
    expect(back).toEqual(p);
  });

  test('is dropped when the content fingerprint changes', () => {
    const text = encodeProgress(fixture, worstCaseProgress(fixture));
    expect(decodeProgress({ ...fixture, fingerprint: 'changed00000' }, text)).toEqual(emptyProgress());
  });

  test('unreadable text gives empty progress rather than an error', () => {
    expect(decodeProgress(fixture, 'garbage')).toEqual(emptyProgress());
    expect(decodeProgress(fixture, `1|${fixture.fingerprint}|A|zzzz%|||`)).toEqual(emptyProgress());
  });

  test('keys are short hashes of ids, so the text names no id in full', () => {
    const text = encodeProgress(fixture, worstCaseProgress(fixture));
    expect(text).not.toContain('kc-why');
    expect(quizCriteria(fixture)).toEqual(['fx-basics:1.1', 'fx-basics:1.10']);
  });
});
