// The tutor guide carries what an assessor needs for evidence beyond the quiz: model, strong and
// weak answers for every reflection, each workplace criterion's checklist, the synoptic unit's
// observation record with a witness statement, and the cue figures of the pool.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/index.ts';
import { renderTutorGuide } from '../../src/guide/tutor-guide.ts';
import { pageActivities, quizCriteria } from '../../src/shared/activities.ts';
import type { Reflection } from '../../src/shared/course.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const { units } = compileCourse({ root: ROOT, only: ['managing-standards', 'l1-cs5-synoptic'] });
const docOf = (id: string) => new JSDOM(renderTutorGuide(units.find((u) => u.facts.id === id)!)).window.document;

describe('the tutor guide for assessors', () => {
  it('gives every reflection its model, strong and weak answers', () => {
    const unit = units.find((u) => u.facts.id === 'managing-standards')!;
    const doc = docOf(unit.facts.id);
    const reflections = pageActivities(unit).filter((a): a is Reflection => a.kind === 'reflection');
    expect(reflections.length).toBeGreaterThan(0);
    for (const r of reflections) {
      const item = doc.getElementById(`item-${r.id}`) ?? [...doc.querySelectorAll('article.reflection')].find((a) => a.textContent!.includes(r.id))!;
      expect(item.querySelector('.example.strong')?.textContent?.trim()).toBeTruthy();
      expect(item.querySelector('.example.weak')?.textContent?.trim()).toBeTruthy();
      expect(item.textContent).toContain('What a good answer covers');
    }
  });

  it('lists what the assessor must see for each workplace criterion, and the cue figures', () => {
    const doc = docOf('managing-standards');
    expect(doc.querySelectorAll('ul.checklist li').length).toBeGreaterThan(5);
    expect(doc.querySelector('#rules')!.parentElement!.textContent).toMatch(/surface cues alone would meet about [\d.]+% of the criteria/);
  });

  it('gives the synoptic unit an observation record with every referenced criterion and a witness statement', () => {
    const unit = units.find((u) => u.facts.id === 'l1-cs5-synoptic')!;
    expect(quizCriteria(unit)).toEqual([]);
    const doc = docOf(unit.facts.id);
    const record = doc.getElementById('observation')!.parentElement!;
    const rows = record.querySelectorAll('tbody tr');
    expect(rows.length).toBe(unit.observation!.criteria.reduce((n, c) => n + c.checklist.length, 0));
    expect(record.querySelectorAll('tbody th[scope="rowgroup"]').length).toBe(unit.observation!.criteria.length);
    expect(record.textContent).toContain('Witness statement');
  });
});
