// dist/<unit>/workbook.html: the unit on paper, for learners who study offline or need print and
// for subject experts reviewing content away from the LMS. The introduction and every module
// page with its figures and blocks (printed open), the activities as things to do with a pen,
// the job aids, the observation records, the key terms, then the answers at the back. The build
// also prints it to a tagged PDF (workbook-pdf.ts).
import { factsList } from '../package/catalog.ts';
import { escapeHtml as esc } from '../package/escape.ts';
import { criterionLabel } from '../shared/activities.ts';
import type { Activity, Page, Unit } from '../shared/course.ts';
import { criterionGroups } from './criteria.ts';
import { guidePage } from './guide-page.ts';
import { printable } from './workbook-html.ts';
import {
  questionAnswer,
  questionBody,
  reflectionAnswer,
  reflectionBody,
  scenarioAnswer,
  scenarioBody,
  type Fix,
  type Numbered,
} from './workbook-items.ts';
import { observationSection } from './workbook-records.ts';
import { WORKBOOK_CSS } from './workbook-style.ts';

export const WORKBOOK_FILE = 'workbook.html';
export const WORKBOOK_PDF = 'workbook.pdf';

const KIND_NAME: Record<Activity['kind'], string> = { question: 'Knowledge check', scenario: 'Case study', reflection: 'Reflection' };

/** A part of the teaching: the introduction or a module, with its pages. */
interface Part {
  anchor: string;
  title: string;
  facts?: string;
  pages: { page: Page; fix: Fix }[];
}

function partsOf(unit: Unit): Part[] {
  let n = 0;
  // Each page's ids get a prefix of their own: the compiler makes them unique in a file only.
  const withFix = (page: Page) => {
    const prefix = `p${++n}-`;
    return { page, fix: (html: string) => printable(html, prefix, 1) };
  };
  const intro: Part[] = unit.intro.length ? [{ anchor: 'introduction', title: 'Introduction', pages: unit.intro.map(withFix) }] : [];
  return [
    ...intro,
    ...unit.modules.map((module, i) => ({
      anchor: `module-${i + 1}`,
      title: `Module ${i + 1}: ${module.title}`,
      facts: `About ${module.minutes} minutes. Criteria: ${module.criteria.map((ref) => criterionLabel(unit, ref)).join(', ')}.`,
      pages: module.pages.map(withFix),
    })),
  ];
}

/** Every activity's workbook name, numbered by kind in reading order. */
function namesOf(parts: Part[]): Map<string, string> {
  const counts: Record<string, number> = {};
  const names = new Map<string, string>();
  for (const { page } of parts.flatMap((part) => part.pages)) {
    for (const block of page.blocks) {
      if (block.kind === 'html') continue;
      counts[block.kind] = (counts[block.kind] ?? 0) + 1;
      names.set(block.id, `${KIND_NAME[block.kind]} ${counts[block.kind]}`);
    }
  }
  return names;
}

function activityHtml(activity: Activity, name: string, fix: Fix, side: 'body' | 'answer'): string {
  const numbered = <T,>(a: T): Numbered<T> => ({ activity: a, name });
  if (activity.kind === 'question') return (side === 'body' ? questionBody : questionAnswer)(numbered(activity), fix);
  if (activity.kind === 'scenario') return (side === 'body' ? scenarioBody : scenarioAnswer)(numbered(activity), fix);
  return (side === 'body' ? reflectionBody : reflectionAnswer)(numbered(activity), fix);
}

function partSection(part: Part, names: Map<string, string>): string {
  const pages = part.pages.map(({ page, fix }) => {
    const blocks = page.blocks.map((block) => (block.kind === 'html' ? fix(block.html) : activityHtml(block, names.get(block.id)!, fix, 'body')));
    return `<h3 class="page-title">${esc(page.title)}</h3>\n${blocks.join('\n')}`;
  });
  return `<section class="${part.anchor === 'introduction' ? 'intro' : 'module'}" aria-labelledby="${part.anchor}">
<h2 id="${part.anchor}">${esc(part.title)}</h2>
${part.facts ? `<p class="module-facts">${esc(part.facts)}</p>\n` : ''}${pages.join('\n')}
</section>`;
}

function answersSection(parts: Part[], names: Map<string, string>): string {
  const groups = parts
    .map((part) => {
      const answers = part.pages.flatMap(({ page, fix }) =>
        page.blocks.flatMap((block) => (block.kind === 'html' ? [] : [activityHtml(block, names.get(block.id)!, fix, 'answer')])).filter(Boolean),
      );
      return answers.length ? `<h3>${esc(part.title)}</h3>\n${answers.join('\n')}` : '';
    })
    .filter(Boolean);
  return `<section class="answers" aria-labelledby="answers">
<h2 id="answers">Answers</h2>
${groups.length ? groups.join('\n') : '<p>This unit has no knowledge checks, case studies or reflections.</p>'}
</section>`;
}

function aboutSection(unit: Unit): string {
  const groups = criterionGroups(unit)
    .map(
      (group) =>
        `<li>${esc(group.title)}<ul>${group.criteria
          .map((c) => `<li>${esc(c.label)} ${esc(c.text)}${c.workplace ? ' <span class="workplace">(judged by your assessor at work)</span>' : ''}</li>`)
          .join('')}</ul></li>`,
    )
    .join('\n');
  return `<section aria-labelledby="about">
<h2 id="about">About this workbook</h2>
<p>This workbook holds everything the online unit teaches, to read and work through on paper.</p>
<ul>
<li>Answer each knowledge check and case study in pen. The answers and the reasons for them are at the back: try first, then check.</li>
<li>Write your reflections in the space given. At the back is what a good answer covers.</li>
<li>The job aids are one page each, to keep at work. The observation records are for your assessor to fill in.</li>
</ul>
${factsList(unit)}
<h3>What you will learn</h3>
<ul class="criteria">
${groups}
</ul>
</section>`;
}

function aidsSection(unit: Unit): string {
  return unit.aids
    .map(
      (aid, i) => `<section class="aid" aria-labelledby="aid-${esc(aid.id)}">
${i === 0 ? '<h2 id="job-aids">Job aids</h2>\n' : ''}<h3 id="aid-${esc(aid.id)}">${esc(aid.title)}</h3>
<p class="note">${esc(aid.summary)}</p>
${printable(aid.html, `aid-${aid.id}-`, 1)}
</section>`,
    )
    .join('\n');
}

function termsSection(unit: Unit): string {
  if (unit.terms.length === 0) return '';
  return `<section class="glossary" aria-labelledby="key-terms">
<h2 id="key-terms">Key terms</h2>
<p>Dotted underlining in the pages marks where each term is first used.</p>
<dl class="facts">
${unit.terms.map((t) => `<dt>${esc(t.term)}</dt><dd>${esc(t.definition)}</dd>`).join('\n')}
</dl>
</section>`;
}

function contents(links: [string, string][]): string {
  return `<nav class="contents" aria-labelledby="contents">
<h2 id="contents">Contents</h2>
<ol>${links.map(([id, text]) => `<li><a href="#${esc(id)}">${esc(text)}</a></li>`).join('')}</ol>
</nav>`;
}

/** The workbook of one unit: one complete HTML page, no script. */
export function renderWorkbook(unit: Unit): string {
  const parts = partsOf(unit);
  const names = namesOf(parts);
  const records = observationSection(unit);
  const terms = termsSection(unit);
  const links: [string, string][] = [
    ['about', 'About this workbook'],
    ...parts.map((part): [string, string] => [part.anchor, part.title]),
    ...(unit.aids.length ? [['job-aids', 'Job aids'] as [string, string]] : []),
    ...(records ? [['records', 'Observation records'] as [string, string]] : []),
    ...(terms ? [['key-terms', 'Key terms'] as [string, string]] : []),
    ['answers', 'Answers'],
  ];
  const title = `Workbook: ${unit.facts.title}`;
  const body = `<header>
<h1>${esc(title)}</h1>
<p class="note">The unit to study on paper, with the answers at the back.<span class="screen-only"> <a href="../index.html">All units</a></span></p>
</header>
<main>
${contents(links)}
${aboutSection(unit)}
${parts.map((part) => partSection(part, names)).join('\n')}
${aidsSection(unit)}
${records}
${terms}
${answersSection(parts, names)}
</main>`;
  return guidePage(title, body, WORKBOOK_CSS);
}
