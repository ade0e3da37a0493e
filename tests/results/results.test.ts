// Reading what LMSs export and learners save, and the cohort matrix made of it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/results/csv.ts';
import { criterionRef } from '../../src/results/refs.ts';
import { readResults, resultOf } from '../../src/results/inputs.ts';
import { buildMatrix, matrixCsv, matrixHtml } from '../../src/results/matrix.ts';
import { recordJson, toCsv, type EvidenceRecord } from '../../src/shared/evidence-data.ts';
import { runResults } from '../../src/cli/results.ts';
import { writeFileSync } from 'node:fs';

const record: EvidenceRecord = {
  format: 'cs-course-evidence-record',
  formatVersion: 1,
  generated: '2026-12-05',
  learner: { id: 'u-17', name: 'Priya Shah' },
  unit: { id: 'l1-cs1-principles', ref: 'l1-cs1', title: 'Principles of customer service', version: '2', level: '1', codes: { 'Skills CFA reference': 'CS 1' } },
  pages: { viewed: 10, total: 12 },
  sittings: [{ number: 1, date: '2026-12-04' }],
  time: { teachingMinutes: 95, assessmentMinutes: 12 },
  criteria: [
    { unit: 'l1-cs1', unitCode: 'CS 1', outcome: '1', criterion: '1.1', ref: 'l1-cs1:1.1', text: 'State why', result: 'met', dateMet: '2026-12-04', sitting: 1, evidence: ['quiz'], reflection: null },
    { unit: 'l1-cs1', unitCode: 'CS 1', outcome: '1', criterion: '1.10', ref: 'l1-cs1:1.10', text: 'Describe', result: 'not-yet-met', dateMet: null, sitting: null, evidence: ['quiz'], reflection: null },
    { unit: 'l1-cs1', unitCode: 'CS 1', outcome: '2', criterion: '2.2', ref: 'l1-cs1:2.2', text: 'Ask questions', result: 'awaiting-assessor', dateMet: null, sitting: null, evidence: ['workplace-observation', 'reflection'], reflection: 'I asked.' },
  ],
};

describe('CSV and criterion ids', () => {
  test('reads quoted cells, doubled quotes, line breaks in quotes, CRLF and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\n\n1,,3')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['1', '', '3'],
    ]);
    expect(() => parseCsv('a,"b')).toThrow('never closed');
    expect(parseCsv(toCsv(['h'], [['=1+1'], ['-5'], ['a "b"\r\nc']]))).toEqual([['h'], ["'=1+1"], ['-5'], ['a "b"\r\nc']]);
  });

  test('maps objective ids, sanitised or not, back to unit and criterion', () => {
    expect(criterionRef('l1-cs1:1.10')).toEqual({ unit: 'l1-cs1', criterion: '1.10', ref: 'l1-cs1:1.10' });
    expect(criterionRef('l1-cs1_2.1')).toEqual({ unit: 'l1-cs1', criterion: '2.1', ref: 'l1-cs1:2.1' });
    expect(criterionRef('fx-basics_1.1')?.ref).toBe('fx-basics:1.1');
    expect(criterionRef('obj_quiz score')).toBeNull();
    expect(criterionRef('primary')).toBeNull();
  });

  test('an objective status becomes a result: passed met, failed or scored not yet, started and unscored awaiting the assessor', () => {
    expect(resultOf('passed', 'completed', true)).toBe('met');
    expect(resultOf('failed', 'incomplete', true)).toBe('not-yet-met');
    expect(resultOf('unknown', 'incomplete', true)).toBe('not-yet-met');
    expect(resultOf('unknown', 'unknown', false)).toBe('not-yet-met');
    expect(resultOf('unknown', 'incomplete', false)).toBe('awaiting-assessor');
    expect(resultOf('unknown', 'completed', false)).toBe('awaiting-assessor');
  });
});

describe('reading results', () => {
  test("a learner's record, with the SHA-256 of its text", () => {
    const text = recordJson(record);
    const [learner] = readResults('priya.json', text).learners;
    expect(learner).toMatchObject({ learnerId: 'u-17', learnerName: 'Priya Shah', kind: 'record' });
    expect(learner.hash).toBe(createHash('sha256').update(text).digest('hex'));
    expect([...learner.cells]).toEqual([
      ['l1-cs1:1.1', { result: 'met', dateMet: '2026-12-04' }],
      ['l1-cs1:1.10', { result: 'not-yet-met', dateMet: null }],
      ['l1-cs1:2.2', { result: 'awaiting-assessor', dateMet: null }],
    ]);
  });

  test('a record that breaks the schema is refused, naming the field', () => {
    const broken = { ...record, criteria: [{ ...record.criteria[0], result: 'done' }] };
    expect(() => readResults('bad.json', JSON.stringify(broken))).toThrow('$.criteria[0].result: should be one of');
  });

  test('scorm-again CMI data, SCORM 2004 (indexed objectives) and 1.2 (childArray), several learners in one file', () => {
    const v2004 = {
      learner_id: 'u-17',
      learner_name: 'Shah, Priya',
      objectives: {
        '0': { id: 'l1-cs1_1.1', success_status: 'passed', completion_status: 'completed', description: 'State why', score: { scaled: '1' } },
        '1': { id: 'l1-cs1_1.10', success_status: 'unknown', completion_status: 'incomplete', score: { scaled: '0' } },
        '2': { id: 'l1-cs1_2.2', success_status: 'unknown', completion_status: 'incomplete', score: { scaled: '' } },
        '3': { id: 'primary', success_status: 'passed' },
      },
    };
    const v12 = { cmi: { core: { student_id: 'u-18', student_name: 'Jones, Sam' }, objectives: { childArray: [{ id: 'l1-cs1_1.1', status: 'failed', score: { raw: '0' } }, { id: 'l1-cs1_2.2', status: 'completed', score: { raw: '' } }] } } };
    const { learners, warnings } = readResults('lms.json', JSON.stringify([v2004, v12]));
    expect(learners.map((l) => [l.learnerId, l.learnerName, Object.fromEntries([...l.cells].map(([ref, c]) => [ref, c.result]))])).toEqual([
      ['u-17', 'Priya Shah', { 'l1-cs1:1.1': 'met', 'l1-cs1:1.10': 'not-yet-met', 'l1-cs1:2.2': 'awaiting-assessor' }],
      ['u-18', 'Sam Jones', { 'l1-cs1:1.1': 'not-yet-met', 'l1-cs1:2.2': 'awaiting-assessor' }],
    ]);
    expect(learners[0].texts.get('l1-cs1:1.1')).toBe('State why');
    expect(warnings).toEqual(['lms.json [0]: objective "primary" is not a criterion ("unit:criterion"), so it is left out.']);
  });

  test('an objectives CSV: the documented columns in any order, SCORM statuses or our results', () => {
    const csv = 'status,objective_id,learner_name,learner_id,score\npassed,l1-cs1_1.1,"Shah, Priya",u-17,100\nincomplete,l1-cs1_1.10,"Shah, Priya",u-17,0\nincomplete,l1-cs1_2.2,"Shah, Priya",u-17,\nmet,l1-cs1:1.1,Sam Jones,u-18,\nnonsense,xx,Sam Jones,u-18,\n';
    const { learners, warnings } = readResults('moodle.csv', csv);
    expect(learners.map((l) => [l.learnerId, l.learnerName, Object.fromEntries([...l.cells].map(([ref, c]) => [ref, c.result]))])).toEqual([
      ['u-17', 'Priya Shah', { 'l1-cs1:1.1': 'met', 'l1-cs1:1.10': 'not-yet-met', 'l1-cs1:2.2': 'awaiting-assessor' }],
      ['u-18', 'Sam Jones', { 'l1-cs1:1.1': 'met' }],
    ]);
    expect(warnings).toEqual(['moodle.csv:6: "xx" is not a criterion ("unit:criterion"), so the row is left out.']);
    expect(() => readResults('x.csv', 'learner,objective\na,b\n')).toThrow('lacks the column(s) learner_id, learner_name, objective_id, status');
  });

  test('a signed HTML record is read from the data inside it, and a changed copy is reported', () => {
    const json = recordJson(record);
    const hash = createHash('sha256').update(json).digest('hex');
    const escaped = json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const page = (data: string) => `<html><body><p class="hash" id="evidence-hash">${hash}</p><pre id="evidence-data" hidden="">${data}</pre></body></html>`;
    expect(readResults('priya.html', page(escaped)).warnings).toEqual([]);
    const edited = readResults('priya.html', page(escaped.replace('"not-yet-met"', '"met"')));
    expect(edited.learners[0].cells.get('l1-cs1:1.10')!.result).toBe('met');
    expect(edited.warnings).toEqual(["priya.html: the record's data does not match the hash printed on it: it has been changed since it was saved."]);
    const html = matrixHtml(buildMatrix(edited.learners), '2026-12-05');
    expect(html).toContain('<span class="id">u-17</span><br><strong>Record changed since saved</strong></th>');
    expect(html).toContain('priya.html (<strong>its data does not match the hash printed on it</strong>)');
    expect(matrixHtml(buildMatrix(readResults('priya.html', page(escaped)).learners), '2026-12-05')).not.toContain('changed since saved');
  });
});

describe('the cohort matrix', () => {
  const lms = readResults('lms.json', JSON.stringify([
    { learner_id: 'u-17', learner_name: 'Shah, Priya', objectives: { '0': { id: 'l1-cs1_1.10', success_status: 'passed' } } },
    { learner_id: 'u-18', learner_name: 'Jones, Sam', objectives: { '0': { id: 'l1-cs1_1.1', success_status: 'failed' } } },
  ])).learners;
  const own = readResults('priya.json', recordJson(record)).learners;
  const standalone = readResults('sam.json', recordJson({ ...record, learner: { id: '', name: 'Sam Jones' }, criteria: [record.criteria[2]] })).learners;

  test('merges one learner across sources, never lowering a result, and joins a record without an id by name', () => {
    const m = buildMatrix([...lms, ...own, ...standalone]);
    expect(m.criteria).toEqual(['l1-cs1:1.1', 'l1-cs1:1.10', 'l1-cs1:2.2']);
    expect(m.learners.map((l) => [l.name, l.id, l.files, m.criteria.map((ref) => l.cells.get(ref)?.result ?? '')])).toEqual([
      ['Priya Shah', 'u-17', ['lms.json [0]', 'priya.json'], ['met', 'met', 'awaiting-assessor']],
      ['Sam Jones', 'u-18', ['lms.json [1]', 'sam.json'], ['not-yet-met', '', 'awaiting-assessor']],
    ]);
    expect(m.learners[0].cells.get('l1-cs1:1.1')!.dateMet).toBe('2026-12-04');
  });

  test('as CSV: a row per learner, a column per criterion', () => {
    const rows = parseCsv(matrixCsv(buildMatrix([...lms, ...own])));
    expect(rows).toEqual([
      ['learner_id', 'learner_name', 'l1-cs1:1.1', 'l1-cs1:1.10', 'l1-cs1:2.2'],
      ['u-17', 'Priya Shah', 'met', 'met', 'awaiting-assessor'],
      ['u-18', 'Sam Jones', 'not-yet-met', '', ''],
    ]);
  });

  test('as HTML: headers for every row and column, results in words, totals, and escaped text', () => {
    const html = matrixHtml(buildMatrix([...lms, ...readResults('p.json', recordJson({ ...record, learner: { id: 'u-19', name: 'Ann <b>Lee</b>' } })).learners]), '2026-12-05');
    expect(html).toContain('<caption id="matrix-caption">');
    expect(html).toContain('<th scope="col"><abbr title="State why">l1-cs1:1.1</abbr></th>');
    expect(html).toContain('<th scope="row">Ann &lt;b&gt;Lee&lt;/b&gt;<br><span class="id">u-19</span></th><td>1 of 3</td><td class="met">Met<br><span class="date">2026-12-04</span></td><td class="not-yet-met">Not yet met</td><td class="awaiting-assessor">Awaiting assessor</td>');
    expect(html).toContain('<td class="not-yet-met">Not yet met</td><td class="none">No data</td>');
    expect(html).toContain('<tfoot><tr><th scope="row">Learners who met it</th><td></td><td>1</td><td>1</td><td>0</td></tr></tfoot>');
  });

  test('npm run results writes both files into --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'results-'));
    writeFileSync(join(dir, 'priya.json'), recordJson(record));
    writeFileSync(join(dir, 'lms.csv'), 'learner_id,learner_name,objective_id,status\nu-18,"Jones, Sam",l1-cs1_1.1,passed\n');
    const run = runResults(['priya.json', 'lms.csv', '--out', 'out'], dir, new Date('2026-12-05T10:00:00Z'));
    expect(run.written).toEqual([join(dir, 'out/cohort-matrix.csv'), join(dir, 'out/cohort-matrix.html')]);
    expect(parseCsv(readFileSync(run.written[0], 'utf8')).slice(1)).toEqual([
      ['u-17', 'Priya Shah', 'met', 'not-yet-met', 'awaiting-assessor'],
      ['u-18', 'Sam Jones', 'met', '', ''],
    ]);
    expect(readFileSync(run.written[1], 'utf8')).toContain('Generated on 2026-12-05 from 2 source(s): 2 learner(s), 3 criteria.');
    expect(() => runResults([], dir)).toThrow('Usage: npm run results');
  });
});
