// The valid fixture unit compiles with no diagnostics, to the model snapshotted next to this file.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompileResult } from '../../src/compiler/index.ts';
import type { Activity, ChoiceQuestion, OrderQuestion, TextQuestion, Scenario, Unit } from '../../src/shared/course.ts';
import { compile, diagnosticLines, ROOT } from './helpers.ts';

const CONTENT = 'tests/fixtures/valid';
const FIXTURE = join(ROOT, CONTENT, 'fixture-basics');

const activities = (unit: Unit): Activity[] =>
  [...unit.intro, ...unit.modules.flatMap((m) => m.pages)].flatMap((p) =>
    p.blocks.flatMap((b) => (b.kind === 'html' ? [] : [b])),
  );
const activity = <T extends Activity>(unit: Unit, id: string): T => {
  const found = activities(unit).find((a) => a.id === id);
  if (!found) throw new Error(`no activity ${id}`);
  return found as T;
};

describe('tests/fixtures/valid', () => {
  let result: CompileResult;
  let unit: Unit;

  beforeAll(() => {
    result = compile(CONTENT);
    unit = result.units[0];
  });

  it('compiles with no diagnostics at all', () => {
    expect(diagnosticLines(result)).toEqual([]);
    expect(result.units.map((u) => u.facts.id)).toEqual(['fixture-basics']);
  });

  it('compiles to the snapshotted course model', () => {
    expect(result.units).toMatchSnapshot();
  });

  it('reports every file it read, so a watcher can watch them', () => {
    expect(result.files.map((f) => f.slice(FIXTURE.length + 1)).sort()).toEqual([
      '01-basics.md',
      '02-practice.md',
      'assessment.md',
      'unit.md',
    ]);
  });

  it('keeps criterion "1.10" as the string "1.10", never the number 1.1', () => {
    expect(unit.outcomes.map((o) => [o.id, o.criteria.map((c) => c.id)])).toEqual([
      ['1', ['1.1', '1.10']],
      ['2', ['2.1']],
    ]);
    expect(unit.outcomes[1].criteria[0].evidence).toBe('workplace');
    expect(unit.outcomes[0].criteria[0]).not.toHaveProperty('evidence');
    expect(activity(unit, 'kc-order').criteria).toEqual(['fx-basics:1.10']);
  });

  it('reads the unit facts, assessment settings and key terms', () => {
    expect(unit.facts).toEqual({
      id: 'fixture-basics',
      ref: 'fx-basics',
      title: 'Fixture unit for tests',
      level: '2',
      credits: '1',
      glh: '5',
      codes: { 'Unit code': 'FX/000/0001' },
      facts: {},
      seed: 'none',
      purpose: 'Exercises every block kind so the engine can be tested end to end.',
      synoptic: [],
      version: '3',
      changes: [
        { version: '3', date: '2026-12-04', note: 'Checklists and model answers added.' },
        { version: '2', date: '2026-11-22', note: 'Questions reworded.' },
      ],
    });
    expect(unit.assessment).toEqual({ perCriterion: 1, attempts: 3 });
    expect(unit.terms).toEqual([{ term: 'customer', definition: 'Someone who buys or uses what an organisation offers.', page: 'basics' }]);
  });

  it('names modules by file and pages by heading, "---" and position', () => {
    expect(unit.modules.map((m) => [m.id, m.title, m.minutes, m.file])).toEqual([
      ['basics', 'The basics', 5, `${CONTENT}/fixture-basics/01-basics.md`],
      ['practice', 'Your own practice', 5, `${CONTENT}/fixture-basics/02-practice.md`],
    ]);
    expect(unit.intro.map((p) => [p.id, p.title])).toEqual([['intro', 'Fixture unit for tests']]);
    expect(unit.modules.map((m) => m.pages.map((p) => [p.id, p.title]))).toEqual([
      [
        ['basics', 'The basics'],
        ['basics/why-customers-matter', 'Why customers matter'],
        ['basics-2', 'The basics'],
      ],
      [['practice', 'Your own practice']],
    ]);
  });

  it('resolves every criterion to "<unit ref>:<id>"', () => {
    expect(unit.modules.map((m) => m.criteria)).toEqual([['fx-basics:1.1', 'fx-basics:1.10'], ['fx-basics:2.1']]);
    expect(activities(unit).map((a) => [a.kind, a.id, a.criteria])).toEqual([
      ['question', 'kc-why', ['fx-basics:1.1']],
      ['question', 'kc-order', ['fx-basics:1.10']],
      ['scenario', 'sc-refund', ['fx-basics:1.10']],
      ['question', 'kc-match', ['fx-basics:2.1']],
      ['reflection', 'rf-practice', ['fx-basics:2.1']],
    ]);
    expect(unit.pool.map((q) => [q.id, q.type, q.criteria])).toEqual([
      ['as-why-1', 'truefalse', ['fx-basics:1.1']],
      ['as-why-2', 'multiple', ['fx-basics:1.1']],
      ['as-refund-1', 'text', ['fx-basics:1.10']],
      ['as-refund-2', 'single', ['fx-basics:1.10']],
      ['as-why-3', 'single', ['fx-basics:1.1']],
      ['as-refund-3', 'truefalse', ['fx-basics:1.10']],
    ]);
    expect(unit.external).toEqual({});
  });

  it('keys options a, b, c by position and keeps which are correct', () => {
    expect(unit.pool.map((q) => ('options' in q ? q.options : []).map((o) => `${o.key}${o.correct ? '*' : ''}`))).toEqual([
      ['a*', 'b'],
      ['a*', 'b*', 'c'],
      [],
      ['a*', 'b'],
      ['a*', 'b'],
      ['a', 'b*'],
    ]);
    const text = unit.pool.find((q) => q.id === 'as-refund-1') as TextQuestion;
    expect(text.answers).toEqual(['Consumer Rights Act 2015', 'Consumer Rights Act']);
    expect(text.feedback.correct).toBe('<p>Yes, the Consumer Rights Act 2015.</p>');
    expect(activity<OrderQuestion>(unit, 'kc-order').items).toEqual(['Listen to the customer', 'Check the receipt', 'Give the refund']);
  });

  it('renders markdown to sanitised HTML at build time', () => {
    const scenario = activity<Scenario>(unit, 'sc-refund');
    expect(scenario.steps[0].html).toBe('<p><strong>Ms Okafor:</strong> "This kettle broke after a week."</p>');
    expect(scenario.steps.map((s) => [s.id, s.outcome ?? null, s.choices.map((c) => c.next)])).toEqual([
      ['greet', null, ['good-end', 'poor-end']],
      ['good-end', 'good', []],
      ['poor-end', 'poor', []],
    ]);
    expect(activity<ChoiceQuestion>(unit, 'kc-why').options[0]).toEqual({
      key: 'a',
      html: 'Customers come back.',
      correct: true,
      feedback: '<p>Yes, loyal customers return.</p>',
    });
  });
});

describe('the content fingerprint', () => {
  let tmp: string;
  const copyRoot = () => {
    const root = mkdtempSync(join(tmp, 'copy-'));
    cpSync(FIXTURE, join(root, 'c', 'fixture-basics'), { recursive: true });
    return root;
  };
  const edit = (root: string, file: string, from: string, to: string) => {
    const path = join(root, 'c', 'fixture-basics', file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
    writeFileSync(path, text.replace(from, to));
  };
  const fingerprintOf = (root: string) => {
    const result = compile('c', [], root);
    expect(diagnosticLines(result)).toEqual([]);
    return result.units[0].fingerprint;
  };

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('is a short hex string, the same on every compile and wherever the content sits', () => {
    const first = compile(CONTENT).units[0].fingerprint;
    expect(first).toMatch(/^[0-9a-f]{12}$/);
    expect(compile(CONTENT).units[0].fingerprint).toBe(first);
    expect(fingerprintOf(copyRoot())).toBe(first);
  });

  it('changes when the correct answer of a question changes', () => {
    const original = fingerprintOf(copyRoot());
    const root = copyRoot();
    edit(root, '01-basics.md', '  - text: Customers come back.\n    correct: true\n', '  - text: Customers come back.\n');
    edit(root, '01-basics.md', '  - text: It does not.\n', '  - text: It does not.\n    correct: true\n');
    expect(fingerprintOf(root)).not.toBe(original);
  });

  it('changes when an accepted text answer changes', () => {
    const original = fingerprintOf(copyRoot());
    const root = copyRoot();
    edit(root, 'assessment.md', '"Consumer Rights Act"]', '"CRA 2015"]');
    expect(fingerprintOf(root)).not.toBe(original);
  });

  it('does not change when only feedback wording changes, so learners keep their progress', () => {
    const original = fingerprintOf(copyRoot());
    const root = copyRoot();
    edit(root, '01-basics.md', 'feedback: Yes, loyal customers return.', 'feedback: Yes. Loyal customers come back.');
    expect(fingerprintOf(root)).toBe(original);
  });
});
