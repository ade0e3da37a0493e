import type { Unit } from '../shared/course.ts';
import { DATA_CALLBACK, moduleFile, POOL_FILE } from '../shared/data-files.ts';
import { kindOf } from '../shared/question-kinds.ts';
import type { ScormVersion } from '../shared/scorm.ts';
import { escapeHtml } from './escape.ts';

/** The player's built files (from `vite build`), shared by every package. */
export interface PlayerBuild {
  /** index.html holds the markers below; the rest are hashed JS and CSS assets. */
  files: { path: string; data: Uint8Array }[];
}

const DATA_MARKER = '<!--course-data-->';
const TITLE_MARKER = '<!--course-title-->';

// JSON inside a <script> must never contain "</script" or "<!--". Escaping only "</" and "<!"
// (rather than every "<" of the course's HTML) keeps the data about 1.5% smaller once gzipped.
export const scriptSafeJson = (value: unknown) =>
  JSON.stringify(value).replace(/<\//g, '<\\/').replace(/<!/g, '\\u003c!');

/**
 * What the learner's browser needs of the unit. The assessment never shows feedback (a retake
 * would otherwise come with its answers explained), so the pool's feedback stays in the tutor
 * guide: 3 to 5 KB gzipped less per unit.
 */
export function learnerUnit(unit: Unit): Unit {
  return {
    ...unit,
    pool: unit.pool.map((q) => kindOf(q).withoutFeedback(q)),
    // A job aid is a page of its own in the package; the player only lists it.
    aids: unit.aids.map((aid) => ({ ...aid, html: '' })),
  };
}

/**
 * What the launch page carries: the unit's outline (every module and page by title, and every
 * activity in the index saved progress reads) with the introduction's pages in full. Each
 * module's pages and the pool are files of their own, fetched when needed (unitDataFiles), so
 * the launch page stays small however large the unit.
 */
export function launchOutline(unit: Unit): Unit {
  const learner = learnerUnit(unit);
  return { ...learner, pool: [], modules: learner.modules.map((m) => ({ ...m, pages: m.pages.map((p) => ({ ...p, blocks: [] })) })) };
}

/** course/m-<module>.js for each module and course/pool.js: scripts that hand the player their data. */
export function unitDataFiles(unit: Unit): { path: string; data: Uint8Array }[] {
  const learner = learnerUnit(unit);
  const file = (name: string, data: unknown) => ({
    path: `course/${name}.js`,
    data: new TextEncoder().encode(`${DATA_CALLBACK}(${JSON.stringify(name)},${JSON.stringify(data)});\n`),
  });
  return [...learner.modules.map((m) => file(moduleFile(m.id), m.pages.map((p) => p.blocks))), file(POOL_FILE, learner.pool)];
}

/** The package's launch page: the player template with this unit's data and SCORM version inlined. */
export function renderPlayerHtml(template: string, unit: Unit, version: ScormVersion): string {
  if (!template.includes(DATA_MARKER) || !template.includes(TITLE_MARKER)) {
    throw new Error('The player template lacks its course-data or course-title marker.');
  }
  const data =
    `<script id="course-data" type="application/json" data-scorm="${version}">` +
    `${scriptSafeJson(launchOutline(unit))}</script>`;
  // Replacer functions: a string replacement would expand "$&" or "$'" found in course text.
  return template
    .replaceAll(TITLE_MARKER, () => escapeHtml(unit.facts.title))
    .replace(DATA_MARKER, () => data);
}
