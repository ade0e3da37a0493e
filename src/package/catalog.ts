import type { Outcome, Unit } from '../shared/course.ts';
import type { ScormVersion } from '../shared/scorm.ts';
import { releaseSection, replacingSection } from './catalog-releases.ts';
import { CATALOG_CSS } from './catalog-style.ts';
import { escapeHtml as esc } from './escape.ts';
import type { PackageRecord } from './package-record.ts';
import { moduleUnitId, packagedModules } from './split.ts';

export interface CatalogInput {
  /** The units as authored (not split). */
  units: Unit[];
  packages: PackageRecord[];
  /** Other files of the output folder ("<unit>/tutor-guide.html"); a guide is linked only when listed. */
  outputs?: string[];
  /** The day of the build, YYYY-MM-DD; the catalog leaves the date out without it. */
  builtOn?: string;
}

export const NOT_STATED = 'Not stated in the unit specification';

const VERSION_NAME: Record<ScormVersion, string> = {
  '1.2': 'SCORM 1.2',
  '2004': 'SCORM 2004 4th edition',
};

const tutorGuidePath = (unit: Unit) => `${unit.facts.id}/tutor-guide.html`;
const evidenceSheetPath = (unit: Unit) => `${unit.facts.id}/evidence-sheet.html`;
/** The short answer keys src/guide/short-answer-key.ts writes: the unit's, and each packaged module's. */
const answerKeyPath = (unit: Unit, moduleId?: string) => `${unit.facts.id}/answer-key${moduleId ? `-${moduleId}` : ''}.html`;
const unitAnchor = (unit: Unit) => `unit-${unit.facts.id}`;
const packagesHeadingId = (unit: Unit) => `${unitAnchor(unit)}-packages`;
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const hrefOf = (path: string) => path.split('/').map(encodeURIComponent).join('/');

// Written out rather than toLocaleString, whose output depends on the machine's locale.
const groupThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "12.3 KB (12,593 bytes)": KB of 1,024 bytes, one decimal. */
export const formatSize = (bytes: number) =>
  `${(bytes / 1024).toFixed(1)} KB (${groupThousands(bytes)} bytes)`;

function uploadSection(versions: ScormVersion[]): string {
  const choices: Record<ScormVersion, string> = {
    '1.2':
      '<li>Files ending <code>-scorm12.zip</code> are <strong>SCORM 1.2</strong>. Nearly every LMS ' +
      'imports them. Choose these if you are not sure, and on Moodle, which supports SCORM 1.2 ' +
      'fully and SCORM 2004 only in part.</li>',
    '2004':
      '<li>Files ending <code>-scorm2004.zip</code> are <strong>SCORM 2004 4th edition</strong>. ' +
      'They report completion and pass or fail separately, report progress, and can save more of ' +
      'the learner’s place. Choose these when your LMS supports SCORM 2004 4th edition.</li>',
  };
  return `<section aria-labelledby="upload">
<h2 id="upload">Which file do I upload?</h2>
<p>Upload the zip file as it is: do not unzip it. Give each course one version of a unit, not both.</p>
<ul>
${versions.map((version) => choices[version]).join('\n')}
</ul>
<p>A learner passes a unit when every criterion assessed by the online questions is met (the SCORM 1.2
packages set a mastery score of 100 for this). Criteria marked <span class="workplace">Workplace
evidence</span> are evidenced by the learner’s reflections and left for the assessor to judge.</p>
<p>Each unit has a package of the whole unit and, listed under it, a package of each module on its
own (<code>&lt;unit&gt;-&lt;module&gt;-…</code>), for groups who are assigned modules one at a time. A
module package teaches and assesses only that module’s criteria. Give a learner either the whole unit
or its modules, not both: the LMS records them as separate courses.</p>
<p>To check a download is complete, compare its SHA-256 checksum with the one listed:
<code>sha256sum file.zip</code> on Linux, <code>shasum -a 256 file.zip</code> on macOS,
<code>Get-FileHash file.zip</code> in Windows PowerShell.</p>
</section>`;
}

function unitNav(units: Unit[]): string {
  const items = units
    .map((unit) => `<li><a href="#${esc(unitAnchor(unit))}">${esc(unit.facts.title)}</a></li>`)
    .join('\n');
  return `<nav aria-labelledby="units">
<h2 id="units">Units</h2>
<ul>
${items}
</ul>
</nav>`;
}

/** The unit's facts as the seed gives them, "Not stated..." where it gives none: catalog and tutor guide. */
export function factsList(unit: Unit): string {
  const { level, credits, glh, codes, facts, purpose } = unit.facts;
  const rows: [string, string | undefined][] = [
    ['Level', level],
    ['Credit value', credits],
    ['Guided learning hours', glh],
    ...Object.entries(codes),
    ...Object.entries(facts),
    ['Purpose', purpose],
  ];
  const items = rows
    .map(([label, value]) => `<dt>${esc(label)}</dt><dd>${esc(value ?? NOT_STATED)}</dd>`)
    .join('\n');
  return `<dl class="facts">\n${items}\n</dl>`;
}

function packageContents(unit: Unit, record: PackageRecord, outputs: Set<string>): string {
  const module = unit.modules.find((candidate) => moduleUnitId(unit, candidate) === record.unit);
  if (!module) return 'The whole unit';
  const key = answerKeyPath(unit, module.id);
  const link = outputs.has(key) ? ` (<a href="${esc(hrefOf(key))}">answer key</a>)` : '';
  return `Module ${unit.modules.indexOf(module) + 1}: ${esc(module.title)}${link}`;
}

/** Modules without a package of their own, named so the admin does not look for one. */
function unpackagedNote(unit: Unit, records: PackageRecord[]): string {
  if (!records.some((record) => record.unit !== unit.facts.id)) return '';
  const packaged = new Set(packagedModules(unit));
  const left = unit.modules.filter((module) => !packaged.has(module));
  if (left.length === 0) return '';
  return `<p class="note">No package of its own for ${left.map((module) => `“${esc(module.title)}”`).join(', ')}: it assesses no criteria, and is in the whole unit’s package.</p>\n`;
}

function packagesTable(unit: Unit, records: PackageRecord[], outputs: Set<string>): string {
  if (records.length === 0) return '<p>No packages were built for this unit.</p>';
  const rows = records
    .map(
      (record) =>
        `<tr><th scope="row"><a href="${esc(hrefOf(record.path))}">${esc(fileName(record.path))}</a></th>` +
        `<td>${VERSION_NAME[record.version]}</td><td>${packageContents(unit, record, outputs)}</td>` +
        `<td>${formatSize(record.bytes)}</td><td><code class="checksum">${record.sha256}</code></td></tr>`,
    )
    .join('\n');
  const heading = esc(packagesHeadingId(unit));
  // Labelled by the heading above: a caption would scroll out of sight with the table.
  return `<div class="table-scroll" role="region" aria-labelledby="${heading}" tabindex="0">
<table aria-labelledby="${heading}">
<thead><tr><th scope="col">File</th><th scope="col">SCORM version</th><th scope="col">Contains</th><th scope="col">Size</th><th scope="col">SHA-256</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
}

const evidenceCell = (workplace: boolean) =>
  workplace
    ? '<td class="workplace">Workplace evidence (reflections, judged by the assessor)</td>'
    : '<td>Online questions</td>';

function outcomeTable(outcome: Outcome): string {
  const rows = outcome.criteria
    .map(
      (criterion) =>
        `<tr><th scope="row">${esc(criterion.id)}</th><td>${esc(criterion.text)}</td>` +
        `${evidenceCell(criterion.evidence === 'workplace')}</tr>`,
    )
    .join('\n');
  return `<h4>Learning outcome ${esc(outcome.id)}: ${esc(outcome.text)}</h4>
<table>
<caption>Assessment criteria for learning outcome ${esc(outcome.id)}</caption>
<thead><tr><th scope="col">Criterion</th><th scope="col">Assessment criterion</th><th scope="col">Evidenced by</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function externalTable(unit: Unit): string {
  const rows = Object.entries(unit.external)
    .map(
      ([ref, external]) =>
        `<tr><th scope="row">${esc(ref)}</th>` +
        `<td>${esc(external.unitTitle)}, learning outcome ${esc(external.outcomeId)}</td>` +
        `<td>${esc(external.text)}</td></tr>`,
    )
    .join('\n');
  return `<h4>Criteria of other units assessed here</h4>
<table>
<caption>Criteria assessed synoptically in ${esc(unit.facts.title)}</caption>
<thead><tr><th scope="col">Criterion</th><th scope="col">From</th><th scope="col">Assessment criterion</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function criteriaSection(unit: Unit): string {
  const parts = unit.outcomes.map(outcomeTable);
  if (unit.facts.synoptic.length > 0) parts.push(externalTable(unit));
  if (parts.length === 0) parts.push(`<p>${NOT_STATED}</p>`);
  return `<h3>Learning outcomes and assessment criteria</h3>\n${parts.join('\n')}`;
}

function unitSection(unit: Unit, records: PackageRecord[], outputs: Set<string>, builtOn: string | undefined): string {
  const anchor = esc(unitAnchor(unit));
  const guide = outputs.has(tutorGuidePath(unit))
    ? `<p><a href="${esc(hrefOf(tutorGuidePath(unit)))}">Tutor guide for ${esc(unit.facts.title)}</a>: ` +
      'criteria map, answer key and evidence sheet.</p>\n'
    : '';
  const sheet = outputs.has(evidenceSheetPath(unit))
    ? `<p><a href="${esc(hrefOf(evidenceSheetPath(unit)))}">Evidence tracking sheet for ${esc(unit.facts.title)}</a>: ` +
      'on its own, to print one per learner.</p>\n'
    : '';
  const key = outputs.has(answerKeyPath(unit))
    ? `<p><a href="${esc(hrefOf(answerKeyPath(unit)))}">Short answer key for ${esc(unit.facts.title)}</a>: ` +
      'every assessment question’s reference, criterion and right answer, on one page to print.</p>\n'
    : '';
  const workbook = outputs.has(`${unit.facts.id}/workbook.html`)
    ? `<p><a href="${esc(hrefOf(`${unit.facts.id}/workbook.html`))}">Workbook for ${esc(unit.facts.title)}</a>` +
      (outputs.has(`${unit.facts.id}/workbook.pdf`) ? ` (<a href="${esc(hrefOf(`${unit.facts.id}/workbook.pdf`))}">PDF</a>)` : '') +
      ': the unit to study or review on paper, with the answers at the back.</p>\n'
    : '';
  return `<section class="unit" id="${anchor}" aria-labelledby="${anchor}-title">
<h2 id="${anchor}-title">${esc(unit.facts.title)}</h2>
${factsList(unit)}
${builtOn ? releaseSection(unit, builtOn, `${unitAnchor(unit)}-version`) : ''}
<h3 id="${esc(packagesHeadingId(unit))}">Package files for ${esc(unit.facts.title)}</h3>
${packagesTable(unit, records, outputs)}
${unpackagedNote(unit, records)}${guide}${sheet}${key}${workbook}${criteriaSection(unit)}
</section>`;
}

function recordsOf(unit: Unit, packages: PackageRecord[]): PackageRecord[] {
  const ids = new Set([unit.facts.id, ...unit.modules.map((module) => moduleUnitId(unit, module))]);
  return packages.filter((record) => ids.has(record.unit));
}

/** dist/index.html: every unit, its facts, criteria and package files, for an LMS admin. */
export function renderCatalog({ units, packages, outputs = [], builtOn }: CatalogInput): string {
  const versions = [...new Set(packages.map((record) => record.version))].sort();
  const outputSet = new Set(outputs);
  const summary =
    `${units.length} ${units.length === 1 ? 'unit' : 'units'}, ` +
    `${packages.length} ${packages.length === 1 ? 'package' : 'packages'}` +
    (versions.length > 0 ? `, for ${versions.map((v) => VERSION_NAME[v]).join(' and ')}.` : '.') +
    (builtOn ? ` Built on ${builtOn}.` : '');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Course packages</title>
<style>${CATALOG_CSS}</style>
</head>
<body>
<header>
<h1>Course packages</h1>
<p class="note">${esc(summary)}</p>
</header>
<main>
${uploadSection(versions)}
${replacingSection()}
${unitNav(units)}
${units.map((unit) => unitSection(unit, recordsOf(unit, packages), outputSet, builtOn)).join('\n')}
</main>
</body>
</html>
`;
}
