// What an assessor needs beside the questions: for each workplace criterion what to see or find
// (its checklist and the product handed in); for a synoptic unit the observation record of the
// simulation with a witness statement; and how far surface cues alone would take a learner
// through the online assessment, measured on this unit's pool.
import { unitCues } from '../compiler/cues.ts';
import { escapeHtml as esc } from '../package/escape.ts';
import { criterionLabel, criterionText, quizCriteria } from '../shared/activities.ts';
import type { Unit } from '../shared/course.ts';

/** A criterion's checklist and product, for its section of the guide; '' when it has neither. */
export function workplaceEvidence(unit: Unit, ref: string): string {
  const own = unit.outcomes.flatMap((o) => o.criteria).find((c) => `${unit.facts.ref}:${c.id}` === ref);
  const observed = unit.observation?.criteria.find((c) => c.ref === ref);
  const checklist = own?.checklist ?? observed?.checklist ?? [];
  const product = own?.product ? `<p><strong>The learner hands in:</strong> ${esc(own.product)}</p>` : '';
  const list = checklist.length
    ? `<p class="label">The assessor must see</p>\n<ul class="checklist">${checklist.map((item) => `<li>${esc(item)}</li>`).join('')}</ul>`
    : '';
  return product + list;
}

/** The observation record of a synoptic unit's simulation: one row per thing to see, and a witness statement. */
export function observationSection(unit: Unit): string {
  const obs = unit.observation;
  if (!obs) return '';
  const rows = obs.criteria
    .flatMap((c) =>
      c.checklist.map(
        (item, i) =>
          `<tr>${i === 0 ? `<th scope="rowgroup" rowspan="${c.checklist.length}">${esc(criterionLabel(unit, c.ref))} ${esc(criterionText(unit, c.ref))}</th>` : ''}` +
          `<td>${esc(item)}</td><td class="write"></td><td class="write"></td></tr>`,
      ),
    )
    .join('\n');
  return `<section aria-labelledby="observation">
<h2 id="observation">Observation record: ${esc(obs.title)}</h2>
<div class="brief">${obs.brief}</div>
<table class="observation">
<caption>Mark each point seen, with the date; a point not seen is left blank and observed again</caption>
<thead><tr><th scope="col">Criterion</th><th scope="col">The assessor must see</th><th scope="col">Seen (date)</th><th scope="col">Notes</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h3>Witness statement</h3>
<p>Where someone other than the assessor saw the learner's work (a supervisor or colleague), they describe what they saw, in their own words, and sign.</p>
<div class="write-box" aria-label="Space for the witness's account"></div>
<p>Witness name and role: ____________________ Signature: ____________ Date: ________</p>
<p>Assessor: ____________________ Signature: ____________ Date: ________</p>
</section>`;
}

/** How far answering on surface cues alone would go, so an assessor can trust the online result. */
export function cueParagraph(unit: Unit): string {
  if (quizCriteria(unit).length === 0) return '';
  const cues = unitCues(unit);
  const worst = Object.entries(cues.strategies).sort((a, b) => b[1] - a[1])[0];
  return `<p>Measured on this pool: a learner who knew nothing and answered on surface cues alone would meet about ${worst[1]}% of the criteria assessed online over every sitting with the most successful cue (“${esc(worst[0])}”), and about ${cues.guessing}% by guessing blindly. Options and scenario choices are shown in a different order to each learner.</p>`;
}
