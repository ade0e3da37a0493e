// The record as data: what each criterion says, and that every record the player can save fits
// the published schema (src/results/record.schema.json).
import { describe, expect, test } from 'vitest';
import { compileCourse } from '../../src/compiler/index.ts';
import { evidenceRecord, sittingThatMet, type RecordSource } from '../../src/player/evidence-record.ts';
import { emptyProgress, type Progress } from '../../src/player/progress.ts';
import { worstCaseProgress } from '../../src/player/worst-case.ts';
import { recordCsv, recordJson, CSV_COLUMNS } from '../../src/shared/evidence-data.ts';
import { recordSchema } from '../../src/results/inputs.ts';
import { schemaErrors } from '../../src/results/schema-check.ts';
import { parseCsv } from '../../src/results/csv.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const fixture = compileCourse({ root: ROOT, contentDir: 'tests/fixtures/valid' }).units[0];
const units = compileCourse({ root: ROOT, contentDir: 'content' }).units;
const DAY = 20_427; // 2025-12-05
const poolOn = (ref: string) => fixture.pool.filter((q) => q.criteria.includes(ref)).map((q) => q.id);

function source(p: Progress, met: Record<string, number>, extra: Partial<RecordSource> = {}): RecordSource {
  return { unit: fixture, progress: p, met: new Map(Object.entries(met)), learnerName: 'Shah, Priya', learnerId: 'u-17', reflectionText: {}, today: DAY + 2, ...extra };
}

describe("the learner's record as data", () => {
  test('gives each criterion its result, day, sitting, evidence and reflection, and the unit its time', () => {
    const reflection = fixture.items.find((i) => i.kind === 'reflection')!;
    const p: Progress = {
      ...emptyProgress(),
      sat: [DAY, DAY + 1],
      met: { 'fx-basics:1.1': DAY, 'fx-basics:1.10': DAY + 1 },
      reflections: { [reflection.id]: 40 },
      last: { questions: poolOn('fx-basics:1.10').slice(0, 1), answers: [null] },
      time: { teaching: 3000, assessment: 610 },
    };
    const r = evidenceRecord(source(p, p.met, { reflectionText: { [reflection.id]: 'I rang the other shop.' } }));
    expect(r.learner).toEqual({ id: 'u-17', name: 'Priya Shah' });
    expect(r.unit).toMatchObject({ ref: 'fx-basics', version: '3', codes: { 'Unit code': 'FX/000/0001' } });
    expect(r.generated).toBe('2025-12-07');
    expect(r.sittings).toEqual([{ number: 1, date: '2025-12-05' }, { number: 2, date: '2025-12-06' }]);
    expect(r.time).toEqual({ teachingMinutes: 50, assessmentMinutes: 10 });
    expect(r.criteria.map((c) => [c.ref, c.unitCode, c.outcome, c.criterion, c.result, c.dateMet, c.sitting, c.evidence.join('+')])).toEqual([
      ['fx-basics:1.1', 'FX/000/0001', '1', '1.1', 'met', '2025-12-05', 1, 'quiz'],
      ['fx-basics:1.10', 'FX/000/0001', '1', '1.10', 'met', '2025-12-06', 2, 'quiz'],
      ['fx-basics:2.1', 'FX/000/0001', '2', '2.1', 'awaiting-assessor', null, null, 'workplace-observation+reflection'],
    ]);
    expect(r.criteria[2].reflection).toBe('I rang the other shop.');
    expect(schemaErrors(recordSchema, JSON.parse(recordJson(r)))).toEqual([]);
  });

  test('a criterion not met is not yet met; one only the LMS holds has no day or sitting', () => {
    const r = evidenceRecord(source({ ...emptyProgress(), sat: [DAY] }, { 'fx-basics:1.1': -1 }));
    expect(r.criteria.slice(0, 2).map((c) => [c.result, c.dateMet, c.sitting])).toEqual([
      ['met', null, null],
      ['not-yet-met', null, null],
    ]);
    expect(r.time).toEqual({ teachingMinutes: 0, assessmentMinutes: 0 });
  });

  test('the sitting that met a criterion: the last when its questions were in it, else the first that day', () => {
    const p: Progress = { ...emptyProgress(), sat: [DAY, DAY, DAY], last: { questions: poolOn('fx-basics:1.10').slice(0, 1), answers: [null] } };
    expect(sittingThatMet(fixture, p, 'fx-basics:1.10', DAY)).toBe(3);
    expect(sittingThatMet(fixture, p, 'fx-basics:1.1', DAY)).toBe(1);
    expect(sittingThatMet(fixture, p, 'fx-basics:1.1', DAY + 5)).toBeNull();
    expect(sittingThatMet(fixture, p, 'fx-basics:1.1', -1)).toBeNull();
  });

  test.each(units.map((u) => [u.facts.id, u] as const))('every criterion of %s in its worst case fits the schema, as JSON and as CSV', (_, unit) => {
    const p = worstCaseProgress(unit);
    const texts = Object.fromEntries(unit.items.filter((i) => i.kind === 'reflection').map((i) => [i.id, '=SUM(A1) "quoted", and\nover lines']));
    const r = evidenceRecord({ unit, progress: p, met: new Map(Object.entries(p.met)), learnerName: '', learnerId: '', reflectionText: texts, today: DAY });
    expect(schemaErrors(recordSchema, JSON.parse(recordJson(r)))).toEqual([]);
    expect(r.criteria.length).toBeGreaterThan(0);
    const [header, ...rows] = parseCsv(recordCsv(r));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.map((row) => row[CSV_COLUMNS.indexOf('criterion_ref')])).toEqual(r.criteria.map((c) => c.ref));
    const reflected = rows.find((row) => row[CSV_COLUMNS.indexOf('reflection')] !== '');
    if (reflected) expect(reflected[CSV_COLUMNS.indexOf('reflection')]).toBe(`'=SUM(A1) "quoted", and\nover lines`);
  });

  test('the schema catches a wrong record, naming the field', () => {
    const r = JSON.parse(recordJson(evidenceRecord(source(emptyProgress(), {}))));
    r.criteria[0].result = 'passed';
    r.time.teachingMinutes = -3;
    delete r.unit.version;
    r.extra = 1;
    expect(schemaErrors(recordSchema, r)).toEqual([
      '$.unit: lacks "version"',
      '$.time.teachingMinutes: should be at least 0',
      '$.criteria[0].result: should be one of "met", "not-yet-met", "awaiting-assessor"',
      '$: has an unknown field "extra"',
    ]);
  });
});
