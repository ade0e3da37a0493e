// Observation records in the workbook: for each criterion an assessor judges at work, what they
// must see (or find in the piece of work handed in), as a table with room for the date, the
// assessor's name and signature against each point; and the same for a synoptic unit's simulation.
import { escapeHtml as esc } from '../package/escape.ts';
import { criterionLabel, criterionText } from '../shared/activities.ts';
import type { Unit } from '../shared/course.ts';
import { anchorOf } from './criteria.ts';

interface Observed {
  ref: string;
  checklist: string[];
  product?: string;
}

function recordTable(unit: Unit, record: Observed): string {
  const label = `${criterionLabel(unit, record.ref)} ${criterionText(unit, record.ref)}`;
  const anchor = esc(anchorOf('record', record.ref));
  const what = record.product
    ? `<p>You hand in: ${esc(record.product)}. The assessor checks that it does each of these.</p>`
    : '<p>The assessor watches you at work, or in a simulation, and looks for each of these.</p>';
  const rows = record.checklist
    .map((point) => `<tr><th scope="row">${esc(point)}</th><td class="blank"></td><td class="blank"></td><td class="blank"></td><td class="blank"></td></tr>`)
    .join('\n');
  return `<section class="record" aria-labelledby="${anchor}">
<h3 id="${anchor}">${esc(label)}</h3>
${what}
<table class="checklist">
<caption>Checklist for ${esc(criterionLabel(unit, record.ref))}</caption>
<colgroup><col style="width: 40%"><col style="width: 12%"><col style="width: 14%"><col style="width: 17%"><col style="width: 17%"></colgroup>
<thead><tr><th scope="col">${record.product ? 'The work' : 'The assessor sees that you'}</th><th scope="col">Met (yes or no)</th><th scope="col">Date</th><th scope="col">Assessor</th><th scope="col">Signature</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p class="label">Assessor’s comments</p>
<div class="comments"></div>
</section>`;
}

/** The unit's observation records; empty when an assessor judges none of its criteria at work. */
export function observationSection(unit: Unit): string {
  const own: Observed[] = unit.outcomes.flatMap((outcome) =>
    outcome.criteria
      .filter((c) => c.evidence === 'workplace' && c.checklist?.length)
      .map((c) => ({ ref: `${unit.facts.ref}:${c.id}`, checklist: c.checklist!, product: c.product })),
  );
  const observation = unit.observation;
  if (own.length === 0 && !observation) return '';
  const simulation = observation
    ? `<h3>${esc(observation.title)}</h3>\n${observation.brief}\n${observation.criteria.map((c) => recordTable(unit, c).replace(/<(\/?)h3/g, '<$1h4')).join('\n')}`
    : '';
  return `<section class="records" aria-labelledby="records">
<h2 id="records">Observation records</h2>
<p>Your assessor fills these in when they see your work. Keep them with this workbook.</p>
<table class="learner">
<colgroup><col style="width: 30%"><col style="width: 70%"></colgroup>
<tbody><tr><th scope="row">Learner name</th><td class="blank"></td></tr></tbody>
</table>
${own.map((record) => recordTable(unit, record)).join('\n')}
${simulation}
</section>`;
}
