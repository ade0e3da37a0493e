// The evidence tracking sheet, laid out as awarding bodies' own forms are: a row per criterion
// for the evidence type, portfolio reference and date, and declarations for the learner, the
// assessor and the internal verifier to sign. Printed and filled in by hand, so cells are blank.
import { escapeHtml as esc } from '../package/escape.ts';
import type { Unit } from '../shared/course.ts';
import { criterionGroups } from './criteria.ts';
import { guidePage } from './guide-page.ts';

export const EVIDENCE_SHEET_FILE = 'evidence-sheet.html';

const EVIDENCE_TYPES =
  'online assessment record (the learner’s My record), reflective account, observation, witness testimony, ' +
  'professional discussion, questioning, product evidence';

const DECLARATIONS: [string, string][] = [
  ['Learner', 'The evidence listed is my own work.'],
  ['Assessor', 'The evidence is valid, authentic, current and sufficient, and the learner has met every criterion listed.'],
  ['Internal verifier', 'I have sampled this assessment and agree with the decision.'],
];

function unitLine(unit: Unit): string {
  const codes = Object.entries(unit.facts.codes).map(([label, value]) => `${label}: ${value}`);
  const level = unit.facts.level ? [`Level ${unit.facts.level}`] : [];
  const line = [...level, ...codes].join('. ');
  return line ? `<p>${esc(line)}.</p>\n` : '';
}

function criteriaRows(unit: Unit): string {
  return criterionGroups(unit)
    .map((group) => {
      const rows = group.criteria
        .map(
          (criterion) =>
            `<tr><th scope="row">${esc(criterion.label)} ${esc(criterion.text)}</th>` +
            `<td>${criterion.workplace ? '<span class="workplace">Workplace evidence</span>' : 'Online assessment'}</td>` +
            '<td class="blank"></td><td class="blank"></td><td class="blank"></td></tr>',
        )
        .join('\n');
      return `<tbody>
<tr><th scope="rowgroup" colspan="5">${esc(group.title)}</th></tr>
${rows}
</tbody>`;
    })
    .join('\n');
}

function declarations(): string {
  const rows = DECLARATIONS.map(
    ([role, text]) => `<tr><th scope="row"><strong>${role}</strong><br>${text}</th><td></td><td></td><td></td></tr>`,
  ).join('\n');
  return `<table class="declarations">
<caption>Declarations</caption>
<colgroup><col style="width: 40%"><col style="width: 22%"><col style="width: 24%"><col style="width: 14%"></colgroup>
<thead><tr><th scope="col">Role and declaration</th><th scope="col">Name</th><th scope="col">Signature</th><th scope="col">Date</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

/** The sheet's content under a heading of the given level (2 in the guide, 1 on its own page). */
export function evidenceSheetSection(unit: Unit, level: 1 | 2): string {
  const h = `h${level}`;
  return `<section class="sheet" aria-labelledby="evidence-sheet">
<${h} id="evidence-sheet">Evidence tracking sheet: ${esc(unit.facts.title)}</${h}>
${unitLine(unit)}<table class="learner">
<colgroup><col style="width: 30%"><col style="width: 70%"></colgroup>
<tbody>
<tr><th scope="row">Learner name</th><td class="blank"></td></tr>
<tr><th scope="row">Learner registration number</th><td class="blank"></td></tr>
</tbody>
</table>
<p class="note">Evidence types: ${EVIDENCE_TYPES}. A criterion marked workplace evidence needs evidence from the learner’s work, judged by the assessor; the others are met in the unit’s online assessment.</p>
<table class="evidence">
<caption>Evidence for each assessment criterion</caption>
<colgroup><col style="width: 38%"><col style="width: 16%"><col style="width: 18%"><col style="width: 16%"><col style="width: 12%"></colgroup>
<thead><tr><th scope="col">Assessment criterion</th><th scope="col">Assessed by</th><th scope="col">Evidence type</th><th scope="col">Portfolio reference</th><th scope="col">Date</th></tr></thead>
${criteriaRows(unit)}
</table>
${declarations()}
</section>`;
}

/** dist/<unit>/evidence-sheet.html: the sheet alone, to print a copy per learner. */
export function renderEvidenceSheet(unit: Unit): string {
  return guidePage(
    `Evidence tracking sheet: ${unit.facts.title}`,
    `<main>
<p class="screen-only"><a href="../index.html">All units</a> · <a href="tutor-guide.html">Tutor guide for this unit</a></p>
${evidenceSheetSection(unit, 1)}
</main>`,
  );
}
