import { describe, expect, it } from 'vitest';
import { splitByModule } from '../../src/package/split.ts';
import type { Scenario } from '../../src/shared/course.ts';
import { fixtureSynopticUnit, fixtureUnit } from './fixture-unit.ts';

describe('splitByModule', () => {
  const unit = fixtureUnit();
  const [expectations, complaints] = splitByModule(unit);

  it('makes one unit per module, named after unit and module', () => {
    expect(splitByModule(unit).map((part) => [part.facts.id, part.facts.title])).toEqual([
      ['l2-fixture-expectations', 'Principles of customer service & care: What customers expect'],
      ['l2-fixture-complaints', 'Principles of customer service & care: Putting things right'],
    ]);
  });

  it('keeps only that module, and leaves out the introduction, which speaks of the whole unit', () => {
    expect(expectations.intro).toEqual([]);
    expect(expectations.modules).toEqual([unit.modules[0]]);
    expect(complaints.modules).toEqual([unit.modules[1]]);
  });

  it('says which unit it is a module of, in a purpose of its own', () => {
    expect(complaints.facts.partOf).toBe(unit.facts.title);
    expect(complaints.facts.purpose).toBe('Putting things right: one module of Principles of customer service & care, taken on its own.');
    expect(unit.facts.partOf).toBeUndefined();
  });

  it('makes no package of a module that teaches no criteria', () => {
    const withOrientation = fixtureUnit();
    withOrientation.modules.unshift({ ...withOrientation.modules[0], id: 'how-it-works', criteria: [], pages: [] });
    expect(splitByModule(withOrientation).map((part) => part.facts.id)).toEqual(['l2-fixture-expectations', 'l2-fixture-complaints']);
  });

  it('limits an activity citing another module’s criteria to this module’s, and indexes only its own activities', () => {
    const crossing = fixtureUnit();
    const scenario = crossing.modules[0].pages[1].blocks[2] as Scenario;
    scenario.criteria = ['l2-fix:1.1', 'l2-fix:2.1'];
    const [first] = splitByModule(crossing);
    const kept = first.modules[0].pages[1].blocks[2] as Scenario;
    expect(kept.id).toBe('late-parcel');
    expect(kept.criteria).toEqual(['l2-fix:1.1']);
    expect(kept.steps).toEqual(scenario.steps);
    expect(first.items.map((item) => item.id)).toEqual(['kc-expectations', 'kc-needs', 'late-parcel', 'q-expect-adverts', 'q-expect-friends', 'q-need-kettle', 'q-need-hotel']);
    expect(new Set(first.items.flatMap((item) => item.criteria))).toEqual(new Set(['l2-fix:1.1', 'l2-fix:1.2']));
  });

  it('keeps the key terms its pages use, first used on its own page', () => {
    const termed = fixtureUnit();
    termed.terms = [
      { term: 'complaint', definition: 'A customer telling you something went wrong.', page: 'expectations/needs-and-wants' },
      { term: 'service offer', definition: 'What an organisation promises its customers.', page: 'expectations/what-customers-expect' },
    ];
    termed.modules[1].pages[0].blocks[0] = { kind: 'html', html: '<p>A <button class="term">complaint</button><span class="term-def" id="term-def-0">…</span></p>' };
    const [first, second] = splitByModule(termed);
    expect(first.terms).toEqual([]);
    expect(second.terms).toEqual([{ ...termed.terms[0], page: 'complaints/listening' }]);
  });

  it('keeps only the observed criteria the module teaches', () => {
    const observed = fixtureSynopticUnit();
    observed.pool = [];
    observed.observation = {
      title: 'At the counter',
      brief: '<p>A simulation.</p>',
      criteria: [
        { ref: 'l2-fix:1.1', checklist: ['Greets the customer'] },
        { ref: 'l2-fix:2.1', checklist: ['Listens first'] },
      ],
    };
    expect(splitByModule(observed)[0].observation?.criteria.map((c) => c.ref)).toEqual(['l2-fix:1.1']);
    observed.observation.criteria = [{ ref: 'l2-fix:2.1', checklist: ['Listens first'] }];
    expect(splitByModule(observed)[0]).not.toHaveProperty('observation');
  });

  it('keeps the pool questions whose criteria are all taught by the module', () => {
    const mixed = fixtureUnit();
    mixed.pool.push({ ...mixed.pool[0], id: 'q-across-modules', criteria: ['l2-fix:1.1', 'l2-fix:2.1'] });
    const [first, second] = splitByModule(mixed);
    expect(first.pool.map((question) => question.id)).toEqual([
      'q-expect-adverts',
      'q-expect-friends',
      'q-need-kettle',
      'q-need-hotel',
    ]);
    expect(second.pool).toEqual([]);
  });

  it('keeps only the outcomes and criteria the module teaches', () => {
    expect(expectations.outcomes.map((outcome) => [outcome.id, outcome.criteria.map((c) => c.id)])).toEqual([
      ['1', ['1.1', '1.2']],
    ]);
    expect(complaints.outcomes.map((outcome) => [outcome.id, outcome.criteria.map((c) => c.id)])).toEqual([
      ['2', ['2.1']],
    ]);
  });

  it('gives each part its own fingerprint, stable for the same input', () => {
    const fingerprints = [expectations.fingerprint, complaints.fingerprint, unit.fingerprint];
    expect(new Set(fingerprints).size).toBe(3);
    expect(splitByModule(fixtureUnit())[0].fingerprint).toBe(expectations.fingerprint);
  });

  it('changes a part’s fingerprint when the unit’s changes', () => {
    const changed = { ...fixtureUnit(), fingerprint: '0000000000000000' };
    expect(splitByModule(changed)[0].fingerprint).not.toBe(expectations.fingerprint);
  });

  it('keeps a synoptic unit’s external criteria that the module teaches', () => {
    const synoptic = fixtureSynopticUnit();
    synoptic.modules[0].criteria = ['l2-fix:1.2'];
    expect(Object.keys(splitByModule(synoptic)[0].external)).toEqual(['l2-fix:1.2']);
  });

  it('leaves the unit it was given unchanged', () => {
    splitByModule(unit);
    expect(unit).toEqual(fixtureUnit());
  });
});
