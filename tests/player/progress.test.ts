// Saved progress: within its budget in the worst case, read back exactly, kept item by item when
// a package is republished, and never fatal when damaged.
import { describe, expect, test } from 'vitest';
import { compileCourse } from '../../src/compiler/index.ts';
import { metByV1Sittings } from '../../src/player/assessment.ts';
import { decodeProgress, emptyProgress, encodeProgress } from '../../src/player/progress.ts';
import { worstCaseProgress } from '../../src/player/worst-case.ts';
import { allPages } from '../../src/shared/activities.ts';
import type { ChoiceQuestion, Unit } from '../../src/shared/course.ts';
import { itemsOf } from '../../src/shared/items.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const { units } = compileCourse({ root: ROOT });
const fixture = compileCourse({ root: ROOT, contentDir: 'tests/fixtures/valid' }).units[0];
const decode = (unit: Unit, text: string) => decodeProgress(unit, text, (s) => metByV1Sittings(unit.pool, s));

/** The unit republished with a change, its index rebuilt as the compiler would. */
function republished(unit: Unit, change: (u: Unit) => Unit): Unit {
  const next = change(structuredClone(unit));
  return { ...next, items: itemsOf(next), fingerprint: 'changed00000' };
}

describe('saved progress', () => {
  test.each(units.map((u) => [u.facts.id, u] as const))('%s: the worst case fits the 1,500-character budget', (_id, unit) => {
    const text = encodeProgress(unit, worstCaseProgress(unit));
    expect(text.length).toBeLessThanOrEqual(1500);
  });

  test('round-trips through its text form', () => {
    const p = worstCaseProgress(fixture);
    expect(decode(fixture, encodeProgress(fixture, p))).toEqual(p);
  });

  test('keys are short hashes of ids, so the text names no id in full', () => {
    const text = encodeProgress(fixture, worstCaseProgress(fixture));
    expect(text).not.toContain('kc-why');
    expect(text.startsWith('2|')).toBe(true);
  });

  describe('when the package is republished', () => {
    const saved = encodeProgress(fixture, worstCaseProgress(fixture));

    test('with a page added, everything is kept', () => {
      const next = republished(fixture, (u) => {
        u.modules[0].pages.push({ id: 'basics/new-page', title: 'New page', blocks: [{ kind: 'html', html: '<p>New.</p>' }] });
        return u;
      });
      const p = decode(next, saved)!;
      expect(p.seen.size).toBe(allPages(fixture).length);
      expect(p.seen.has('basics/new-page')).toBe(false);
      expect(Object.keys(p.checks).sort()).toEqual(Object.keys(worstCaseProgress(fixture).checks).sort());
    });

    test('with a page removed or the pages reordered, the rest are kept', () => {
      const removed = allPages(fixture)[1].id;
      const next = republished(fixture, (u) => {
        u.modules[0].pages = u.modules[0].pages.filter((p) => p.id !== removed).reverse();
        return u;
      });
      const p = decode(next, saved)!;
      expect(p.seen.has(removed)).toBe(false);
      expect(p.seen.size).toBe(allPages(next).length);
    });

    test('with a question reworded, its answer is kept; with its answer changed, only its answer goes', () => {
      const reworded = republished(fixture, (u) => {
        const q = u.modules[0].pages.flatMap((p) => p.blocks).find((b) => b.kind === 'question' && b.id === 'kc-why') as ChoiceQuestion;
        q.prompt = '<p>Why, in your own words, does good service matter?</p>';
        return u;
      });
      expect(decode(reworded, saved)!.checks['kc-why']).toBeDefined();
      const rekeyed = republished(fixture, (u) => {
        const q = u.modules[0].pages.flatMap((p) => p.blocks).find((b) => b.kind === 'question' && b.id === 'kc-why') as ChoiceQuestion;
        q.options.forEach((o) => (o.correct = !o.correct));
        return u;
      });
      const p = decode(rekeyed, saved)!;
      expect(p.checks['kc-why']).toBeUndefined();
      expect(Object.keys(p.checks).length).toBe(Object.keys(worstCaseProgress(fixture).checks).length - 1);
      expect(p.met).toEqual(worstCaseProgress(fixture).met);
    });
  });

  describe('when the saved text is damaged', () => {
    const saved = encodeProgress(fixture, worstCaseProgress(fixture));

    test.each([
      ['garbage', 'garbage'],
      ['cut short', saved.slice(0, saved.indexOf('|', saved.indexOf('|') + 1) + 3)],
      ['a part missing', saved.split('|').slice(0, 8).join('|')],
      ['a count that is not one', saved.split('|').map((part, i) => (i === 6 ? '-5.zz' : part)).join('|')],
      ['the first release, for other content', `1|nothing00000|A|zzzz%|||`],
    ])('%s: gives nothing to restore (the caller looks for another copy), and never throws', (_what, text) => {
      expect(() => decode(fixture, text)).not.toThrow();
      expect(decode(fixture, text)).toBeUndefined();
    });

    test('nothing saved gives nothing to restore', () => {
      expect(decode(fixture, '')).toBeUndefined();
      expect(emptyProgress().sat).toEqual([]);
    });
  });
});
