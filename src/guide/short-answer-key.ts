// The short answer key: one printable page per unit (and per module packaged on its own) with
// every assessment question's reference, criterion and right answer, ordered by criterion. The
// reference is what the learner sees beside each question ("ref. Q-1A2B") and what the LMS
// records as the interaction's id, so a tutor can look up any answer from either.
import { escapeHtml as esc } from '../package/escape.ts';
import { poolWithin } from '../package/split.ts';
import { criterionLabel } from '../shared/activities.ts';
import type { Module, Question, Unit } from '../shared/course.ts';
import { questionRef } from '../shared/items.ts';
import { kindOf } from '../shared/question-kinds.ts';
import { criterionGroups } from './criteria.ts';
import { guidePage } from './guide-page.ts';

export const ANSWER_KEY_FILE = 'answer-key.html';

/** "answer-key-<module>.html": the key of a module's own package, beside the unit's. */
export const moduleAnswerKeyFile = (module: Module) => `answer-key-${module.id}.html`;

// Compact on paper: small but readable type, narrow cells, rows kept whole.
const SHORT_KEY_CSS = `
table.short-key { font-size: 0.9rem; }
table.short-key td, table.short-key th { padding: 0.25rem 0.4rem; }
table.short-key .ref { white-space: nowrap; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
table.short-key td > p { margin: 0; }
table.short-key th, table.short-key td { overflow-wrap: break-word; }
@page { size: A4; margin: 12mm 12mm 14mm; }
@media print {
  body { font-size: 8.5pt; line-height: 1.3; }
  h1 { font-size: 13pt; margin: 0 0 2mm; }
  table.short-key { font-size: 8pt; margin: 0; }
  table.short-key td, table.short-key th { padding: 1mm 1.5mm; }
}
`;

/** The criteria in the order the unit specification lists them, each with its place in that order. */
function criterionOrder(unit: Unit): Map<string, number> {
  const refs = criterionGroups(unit).flatMap((group) => group.criteria.map((criterion) => criterion.ref));
  return new Map(refs.map((ref, i) => [ref, i]));
}

/** The pool by criterion: each question once, under the first of its criteria in the specification's order, pool order kept within a criterion. */
export function keyOrder(unit: Unit, pool: Question[] = unit.pool): Question[] {
  const order = criterionOrder(unit);
  const rank = (q: Question) => Math.min(...q.criteria.map((ref) => order.get(ref) ?? Number.MAX_SAFE_INTEGER));
  return pool.map((q, i) => ({ q, i, rank: rank(q) })).sort((a, b) => a.rank - b.rank || a.i - b.i).map(({ q }) => q);
}

// The description is the prompt cut at 250 characters for the LMS (SCORM 2004's limit), maybe
// mid-word: the key ends it at a word with "…" instead, enough to tell the question by.
const DESCRIPTION_LIMIT = 250;
export const questionLine = (q: Question) =>
  q.description.length < DESCRIPTION_LIMIT ? q.description : `${q.description.replace(/\s+\S*$/, '')} …`;

function row(unit: Unit, q: Question): string {
  const kind = kindOf(q);
  const answer = kind.answerHtml(q, kind.right(q));
  const recorded = kind.answerKey(q).short;
  return (
    `<tr><th scope="row" class="ref">${esc(questionRef(q.id))}</th>` +
    `<td>${q.criteria.map((ref) => esc(criterionLabel(unit, ref))).join(', ')}</td>` +
    `<td>${esc(questionLine(q))}</td><td>${answer}</td><td><code>${esc(recorded)}</code></td></tr>`
  );
}

function keyTable(unit: Unit, pool: Question[]): string {
  if (pool.length === 0) {
    return '<p>There are no assessment questions here: its criteria are judged by the assessor from the learner’s work.</p>';
  }
  return `<table class="short-key">
<caption>Assessment questions by criterion, ${pool.length} in all</caption>
<colgroup><col style="width: 10%"><col style="width: 11%"><col style="width: 36%"><col style="width: 27%"><col style="width: 16%"></colgroup>
<thead><tr><th scope="col">Ref.</th><th scope="col">Criterion</th><th scope="col">Question</th><th scope="col">Right answer</th><th scope="col">LMS records</th></tr></thead>
<tbody>
${keyOrder(unit, pool)
  .map((q) => row(unit, q))
  .join('\n')}
</tbody>
</table>`;
}

/**
 * dist/<unit>/answer-key.html, or with `module` the key of that module's own package: the pool
 * questions whose criteria the module teaches, as splitByModule packages them.
 */
export function renderShortAnswerKey(unit: Unit, module?: Module): string {
  const pool = module ? poolWithin(unit, module) : unit.pool;
  const title = module ? `${unit.facts.title}: ${module.title}` : unit.facts.title;
  const body = `<header>
<h1>Answer key: ${esc(title)}</h1>
<p class="note">Version ${esc(unit.facts.version)}. For tutors and assessors: do not share it with learners. The reference is the
one learners see beside each question (“ref.”) and the LMS records as the question’s id; options are
shown to learners shuffled, and the LMS records the letters as written.
<span class="screen-only"><a href="../index.html">All units</a> · <a href="tutor-guide.html">Tutor guide</a></span></p>
</header>
<main>
${keyTable(unit, pool)}
</main>`;
  return guidePage(`Answer key: ${title}`, body).replace('</style>', `${SHORT_KEY_CSS}</style>`);
}
