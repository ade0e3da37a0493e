// The cohort matrix: every learner against every criterion any source names, as CSV and as an
// accessible HTML page an internal quality assurer samples from. One learner's results from
// several sources (their record and the LMS's data) are merged: a criterion met in any is met,
// and one awaiting the assessor in any awaits the assessor; never lowered.
import { toCsv, type CriterionResult } from '../shared/evidence-data.ts';
import type { CriterionCell, LearnerResults } from './inputs.ts';
import { compareRefs } from './refs.ts';

export interface MatrixLearner {
  id: string;
  name: string;
  files: string[];
  /** SHA-256 of each learner's record read, to compare with the hash printed on their signed copy. */
  hashes: string[];
  /** Files of signed records whose data was changed after saving: their results are shown, flagged. */
  changed: string[];
  cells: Map<string, CriterionCell>;
}

export interface Matrix {
  /** Criterion refs, by unit then number. */
  criteria: string[];
  texts: Map<string, string>;
  learners: MatrixLearner[];
}

const RANK: Record<CriterionResult, number> = { 'not-yet-met': 0, 'awaiting-assessor': 1, met: 2 };

export const RESULT_TEXT: Record<CriterionResult, string> = { met: 'Met', 'not-yet-met': 'Not yet met', 'awaiting-assessor': 'Awaiting assessor' };

/** A learner is the same learner across files by their LMS id, or by name where a source has no id. */
const keyOf = (l: LearnerResults) => (l.learnerId ? `id:${l.learnerId}` : `name:${l.learnerName.toLowerCase()}`);

export function buildMatrix(results: LearnerResults[]): Matrix {
  const learners = new Map<string, MatrixLearner>();
  const texts = new Map<string, string>();
  const criteria = new Set<string>();
  // A source without the learner's id (a record saved outside an LMS) joins the learner of the same name who has one.
  const byName = new Map(results.filter((r) => r.learnerId && r.learnerName).map((r) => [r.learnerName.toLowerCase(), keyOf(r)]));
  for (const r of results) {
    const key = r.learnerId ? keyOf(r) : (byName.get(r.learnerName.toLowerCase()) ?? keyOf(r));
    const learner: MatrixLearner = learners.get(key) ?? { id: r.learnerId, name: r.learnerName, files: [], hashes: [], changed: [], cells: new Map() };
    learner.name ||= r.learnerName;
    learner.files.push(r.file);
    if (r.changed) learner.changed.push(r.file);
    if (r.hash && !learner.hashes.includes(r.hash)) learner.hashes.push(r.hash);
    for (const [ref, cell] of r.cells) {
      criteria.add(ref);
      const had = learner.cells.get(ref);
      if (!had || RANK[cell.result] > RANK[had.result]) learner.cells.set(ref, { result: cell.result, dateMet: cell.dateMet ?? had?.dateMet ?? null });
      else if (had.result === cell.result && !had.dateMet && cell.dateMet) learner.cells.set(ref, { ...had, dateMet: cell.dateMet });
    }
    for (const [ref, text] of r.texts) if (!texts.has(ref)) texts.set(ref, text);
    learners.set(key, learner);
  }
  const sorted = [...learners.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id, 'en'));
  return { criteria: [...criteria].sort(compareRefs), texts, learners: sorted };
}

/** One row per learner: learner_id, learner_name, then a column per criterion ref holding met, not-yet-met, awaiting-assessor, or nothing where no source says. */
export function matrixCsv(m: Matrix): string {
  const rows = m.learners.map((l) => [l.id, l.name, ...m.criteria.map((ref) => l.cells.get(ref)?.result ?? '')]);
  return toCsv(['learner_id', 'learner_name', ...m.criteria], rows);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Counts per result, for the totals row and each learner's summary. */
function counts(cells: (CriterionCell | undefined)[]): Record<CriterionResult, number> {
  const out: Record<CriterionResult, number> = { met: 0, 'not-yet-met': 0, 'awaiting-assessor': 0 };
  for (const c of cells) if (c) out[c.result]++;
  return out;
}

/**
 * The matrix as a page: a table with a header cell for every row and column, each result in
 * words (never colour alone), dates where known, totals per criterion, and what each learner's
 * results were read from.
 */
export function matrixHtml(m: Matrix, generated: string): string {
  const head = m.criteria.map((ref) => `<th scope="col"><abbr title="${escape(m.texts.get(ref) ?? ref)}">${escape(ref)}</abbr></th>`).join('');
  const body = m.learners
    .map((l) => {
      const cells = m.criteria.map((ref) => {
        const c = l.cells.get(ref);
        if (!c) return '<td class="none">No data</td>';
        return `<td class="${c.result}">${RESULT_TEXT[c.result]}${c.dateMet ? `<br><span class="date">${c.dateMet}</span>` : ''}</td>`;
      });
      const n = counts(m.criteria.map((ref) => l.cells.get(ref)));
      const flag = l.changed.length ? '<br><strong>Record changed since saved</strong>' : '';
      return `<tr><th scope="row">${escape(l.name || '(no name)')}<br><span class="id">${escape(l.id)}</span>${flag}</th><td>${n.met} of ${m.criteria.length}</td>${cells.join('')}</tr>`;
    })
    .join('\n');
  const totals = m.criteria.map((ref) => `<td>${counts(m.learners.map((l) => l.cells.get(ref))).met}</td>`).join('');
  const key = m.criteria.map((ref) => `<li><b>${escape(ref)}</b> ${escape(m.texts.get(ref) ?? '')}</li>`).join('\n');
  const sources = m.learners
    .map((l) => `<li>${escape(l.name || l.id)}: ${l.files.map((f) => (l.changed.includes(f) ? `${escape(f)} (<strong>its data does not match the hash printed on it</strong>)` : escape(f))).join(', ')}${l.hashes.length ? ` (record SHA-256 ${l.hashes.map((h) => `<code>${h}</code>`).join(', ')})` : ''}</li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cohort results by criterion</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; margin: 1rem; color: #1a1a1a; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; }
th, td { border: 1px solid #666; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #eee; }
td.met { background: #e3f4e3; }
td.not-yet-met { background: #fde8e8; }
td.awaiting-assessor { background: #fff5d6; }
td.none { color: #555; }
.date, .id { font-size: 0.85em; color: #444; }
code { overflow-wrap: anywhere; }
@media print { .scroll { overflow: visible; } }
</style>
</head>
<body>
<h1>Cohort results by criterion</h1>
<p>Generated on ${escape(generated)} from ${m.learners.reduce((n, l) => n + l.files.length, 0)} source(s): ${m.learners.length} learner(s), ${m.criteria.length} criteria. Each cell gives the result in words; a criterion met in any source is shown as met.</p>
<div class="scroll" role="region" aria-labelledby="matrix-caption" tabindex="0">
<table>
<caption id="matrix-caption">Each learner's result on each criterion</caption>
<thead><tr><th scope="col">Learner</th><th scope="col">Criteria met</th>${head}</tr></thead>
<tbody>
${body}
</tbody>
<tfoot><tr><th scope="row">Learners who met it</th><td></td>${totals}</tr></tfoot>
</table>
</div>
<h2>Criteria</h2>
<ul>
${key}
</ul>
<h2>Sources</h2>
<ul>
${sources}
</ul>
</body>
</html>
`;
}
