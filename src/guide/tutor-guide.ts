// dist/<unit>/tutor-guide.html: the unit's facts, then every learning outcome and criterion with
// what teaches it, its knowledge checks and assessment questions with their answers, its
// scenarios and reflections; the assessment rules; the evidence tracking sheet. For tutors and
// assessors only: it holds the answers, so it is never put in a learner's package.
import type { LegislationEntry } from '../compiler/legislation.ts';
import { factsList } from '../package/catalog.ts';
import { escapeHtml as esc } from '../package/escape.ts';
import { quizCriteria, workplaceCriteria, criterionLabel, criterionText } from '../shared/activities.ts';
import type { Activity, Unit } from '../shared/course.ts';
import { questionRef } from '../shared/items.ts';
import { itemAnchor, questionItem, reflectionItem, scenarioItem } from './answer-key.ts';
import { anchorOf, criterionGroups, placedActivities, type CriterionGroup, type GuideCriterion, type Placed } from './criteria.ts';
import { cueParagraph, observationSection, workplaceEvidence } from './assessor-evidence.ts';
import { EVIDENCE_SHEET_FILE, evidenceSheetSection } from './evidence-sheet.ts';
import { guidePage } from './guide-page.ts';
import { ANSWER_KEY_FILE } from './short-answer-key.ts';
import { WORKBOOK_FILE } from './workbook.ts';

export type { LegislationEntry };

export const TUTOR_GUIDE_FILE = 'tutor-guide.html';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function factsSection(unit: Unit): string {
  const terms = unit.terms.length
    ? `<h3>Key terms</h3>\n<dl class="facts">\n${unit.terms.map((t) => `<dt>${esc(t.term)}</dt><dd>${esc(t.definition)}</dd>`).join('\n')}\n</dl>`
    : '';
  return `<section aria-labelledby="facts">
<h2 id="facts">About the unit</h2>
${factsList(unit)}
${modulesTable(unit)}
${terms}
</section>`;
}

function modulesTable(unit: Unit): string {
  if (unit.modules.length === 0) return '<p>This unit has no modules of its own: it assesses what other units teach.</p>';
  const rows = unit.modules
    .map(
      (module, n) =>
        `<tr><th scope="row">${n + 1}. ${esc(module.title)}</th><td>${module.minutes}</td>` +
        `<td>${module.criteria.map((ref) => esc(criterionLabel(unit, ref))).join(', ')}</td>` +
        `<td>${module.pages.map((page) => esc(page.title)).join('; ')}</td></tr>`,
    )
    .join('\n');
  return `<table class="modules">
<caption>Modules, in the order learners take them</caption>
<colgroup><col style="width: 30%"><col style="width: 11%"><col style="width: 17%"><col style="width: 42%"></colgroup>
<thead><tr><th scope="col">Module</th><th scope="col">Minutes</th><th scope="col">Criteria taught</th><th scope="col">Pages</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function rulesSection(unit: Unit): string {
  const quiz = quizCriteria(unit);
  const workplace = workplaceCriteria(unit);
  const { perCriterion, attempts } = unit.assessment;
  const listed = (refs: string[]) =>
    `<ul>${refs.map((ref) => `<li><a href="#${esc(anchorOf('criterion', ref))}">${esc(criterionLabel(unit, ref))}</a> ${esc(criterionText(unit, ref))}</li>`).join('')}</ul>`;
  const workplaceText = workplace.length
    ? `<p>These criteria need <span class="workplace">workplace evidence</span>. The learner writes a reflection on each in the unit; it is sent to the LMS, and the assessor judges the criterion from evidence of the learner’s work:</p>\n${listed(workplace)}`
    : '<p>No criterion needs workplace evidence: the online assessment covers them all.</p>';
  return `<section aria-labelledby="rules">
<h2 id="rules">How the unit is assessed</h2>
<ul>
<li>Knowledge checks in the modules are practice: learners see feedback at once, may try again, and the checks do not count towards the result.</li>
<li>Each sitting of the assessment draws ${plural(perCriterion, 'question')} for each of the ${plural(quiz.length, 'criterion', 'criteria')} assessed online, from a pool of ${plural(unit.pool.length, 'question')}, in a random order.</li>
<li>A criterion is met when every question drawn for it in a sitting is answered correctly. A met criterion stays met.</li>
<li>Learners have ${plural(attempts, 'sitting')}, the first included. A retake covers only the criteria not yet met, with questions not drawn before where the pool has them.</li>
<li>The unit is passed when every criterion assessed online is met. If the LMS sets a mastery score, meeting that share of those criteria is enough instead. The result is final once passed, or once no sittings are left.</li>
</ul>
${cueParagraph(unit)}
${workplaceText}
</section>`;
}

/** Activities citing a criterion, each rendered in full where first met and linked to after. */
class ItemWriter {
  private readonly written = new Set<string>();
  constructor(private readonly unit: Unit) {}

  write(activity: Activity, what: string, where: string): string {
    if (this.written.has(activity.id)) {
      return `<p class="see">${esc(what)} <code>${esc(activity.id)}</code>: <a href="#${esc(itemAnchor(activity.id))}">in full above</a> (it covers ${esc(this.others(activity))}).</p>`;
    }
    this.written.add(activity.id);
    if (activity.kind === 'question') return questionItem(activity, what, where);
    return activity.kind === 'scenario' ? scenarioItem(activity, where) : reflectionItem(activity, where);
  }

  private others(activity: Activity): string {
    return activity.criteria.map((ref) => criterionLabel(this.unit, ref)).join(', ');
  }
}

// Every criterion has knowledge checks and, unless workplace, assessment questions, so "None"
// there is news; scenarios and reflections are optional and simply left out when absent.
function itemsBlock(title: string, items: string[], none?: string): string {
  if (items.length === 0) return none ? `<h4>${esc(title)}</h4>\n<p>${esc(none)}</p>` : '';
  return `<h4>${esc(title)}</h4>\n${items.join('\n')}`;
}

function criterionSection(unit: Unit, criterion: GuideCriterion, placed: Placed<Activity>[], writer: ItemWriter): string {
  const citing = (kind: Activity['kind']) =>
    placed.filter((p) => p.activity.kind === kind && p.activity.criteria.includes(criterion.ref));
  const onPage = (what: string) => (p: Placed<Activity>) => writer.write(p.activity, what, `On page: ${p.where}`);
  const external = criterion.ref in unit.external;
  const teaching = unit.modules.filter((module) => module.criteria.includes(criterion.ref));
  const taught = teaching.length
    ? `<ul>${teaching.map((m) => `<li>${esc(m.title)}: ${m.pages.map((page) => esc(page.title)).join('; ')}</li>`).join('')}</ul>`
    : `<p>${esc(external ? `Taught in ${unit.external[criterion.ref].unitTitle}.` : 'No module declares it.')}</p>`;
  const pool = unit.pool.filter((q) => q.criteria.includes(criterion.ref));
  // The reference is what the learner, the LMS and the short answer key call the question.
  const inPool = pool.map((q) => writer.write(q, 'Assessment question', `In the assessment pool, ref. ${questionRef(q.id)}`));
  const assessed = criterion.workplace
    ? `<p><span class="workplace">Workplace evidence</span>: judged by the assessor, not by the online assessment.</p>\n${workplaceEvidence(unit, criterion.ref)}`
    : `<p>Assessed online: ${plural(unit.assessment.perCriterion, 'question')} drawn per sitting from the ${plural(pool.length, 'question')} below.</p>`;
  const anchor = esc(anchorOf('criterion', criterion.ref));
  return `<section class="criterion" aria-labelledby="${anchor}">
<h3 id="${anchor}">${esc(criterion.label)} ${esc(criterion.text)}</h3>
${assessed}
<h4>Taught in</h4>
${taught}
${itemsBlock('Knowledge checks', citing('question').map(onPage('Knowledge check')), external ? 'None in this unit: the unit that teaches it has them.' : 'None.')}
${itemsBlock('Assessment questions', inPool, criterion.workplace ? undefined : 'None.')}
${itemsBlock('Scenarios', citing('scenario').map(onPage('Scenario')))}
${itemsBlock('Reflections', citing('reflection').map(onPage('Reflection')))}
</section>`;
}

function outcomeSection(unit: Unit, group: CriterionGroup, placed: Placed<Activity>[], writer: ItemWriter): string {
  return `<section class="outcome" aria-labelledby="${esc(group.anchor)}">
<h2 id="${esc(group.anchor)}">${esc(group.title)}</h2>
${group.criteria.map((criterion) => criterionSection(unit, criterion, placed, writer)).join('\n')}
</section>`;
}

function registerSection(register: LegislationEntry[]): string {
  const replacement = (entry: LegislationEntry) =>
    [entry.replaced ? `Replaced ${entry.replaced}` : '', entry.replacedBy ? `Replaced by ${entry.replacedBy}` : '']
      .filter(Boolean)
      .join('. ') || '—';
  const rows = register
    .map(
      (entry) =>
        `<tr><th scope="row">${esc(entry.title)}</th><td>${entry.year}</td><td>${esc(entry.status)}</td>` +
        `<td>${esc(replacement(entry))}</td><td>${esc(entry.reviewed)}</td></tr>`,
    )
    .join('\n');
  return `<section class="register" aria-labelledby="legislation">
<h2 id="legislation">Legislation named in this course</h2>
<p>Check the status of each before teaching: law changes, and the course says what was current when it was reviewed.</p>
${rows ? `<table>
<colgroup><col style="width: 34%"><col style="width: 9%"><col style="width: 17%"><col style="width: 24%"><col style="width: 16%"></colgroup>
<thead><tr><th scope="col">Legislation</th><th scope="col">Year</th><th scope="col">Status</th><th scope="col">Replaced or replaced by</th><th scope="col">Last reviewed</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>` : '<p>The register lists no legislation.</p>'}
</section>`;
}

function contents(groups: CriterionGroup[], register: boolean): string {
  const links: [string, string][] = [
    ['facts', 'About the unit'],
    ['rules', 'How the unit is assessed'],
    ...groups.map((group): [string, string] => [group.anchor, group.title]),
    ...(register ? [['legislation', 'Legislation named in this course'] as [string, string]] : []),
    ['evidence-sheet', 'Evidence tracking sheet'],
  ];
  return `<nav class="contents" aria-labelledby="contents">
<h2 id="contents">Contents</h2>
<ul>${links.map(([id, text]) => `<li><a href="#${esc(id)}">${esc(text)}</a></li>`).join('')}</ul>
</nav>`;
}

/** "Version 2, released 2026-12-04: what changed.", from the unit's newest release line when it has one. */
export function versionLine(unit: Unit): string {
  const { version, changes } = unit.facts;
  const release = changes.find((change) => change.version === version);
  return release ? `Version ${version}, released ${release.date}: ${release.note}` : `Version ${version}.`;
}

/** The tutor guide of one unit; `register`, when given, is listed as the course's legislation. */
export function renderTutorGuide(unit: Unit, register?: LegislationEntry[]): string {
  const groups = criterionGroups(unit);
  const placed = placedActivities(unit);
  const writer = new ItemWriter(unit);
  const body = `<header>
<h1>Tutor guide: ${esc(unit.facts.title)}</h1>
<p class="version">${esc(versionLine(unit))}</p>
<p class="note">For tutors and assessors. It holds the answers: do not share it with learners.
<span class="screen-only"><a href="../index.html">All units</a> · <a href="${EVIDENCE_SHEET_FILE}">Evidence tracking sheet on its own</a> · <a href="${ANSWER_KEY_FILE}">Short answer key</a></span></p>
<p class="screen-only"><a href="${WORKBOOK_FILE}">Learner workbook</a>: the unit on paper for learners, and for reviewing its content away from the LMS.</p>
</header>
<main>
${contents(groups, register !== undefined)}
${factsSection(unit)}
${rulesSection(unit)}
${groups.map((group) => outcomeSection(unit, group, placed, writer)).join('\n')}
${observationSection(unit)}
${register ? registerSection(register) : ''}
${evidenceSheetSection(unit, 2)}
</main>`;
  return guidePage(`Tutor guide: ${unit.facts.title}`, body);
}
