import { describe, expect, it } from 'vitest';
import { splitByModule } from '../../src/package/split.ts';
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

  it('keeps the intro and only that module', () => {
    expect(expectations.intro).toEqual(unit.intro);
    expect(expectations.modules).toEqual([unit.modules[0]]);
    expect(complaints.modules).toEqual([unit.modules[1]]);
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
