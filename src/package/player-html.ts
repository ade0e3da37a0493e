import type { Unit } from '../shared/course.ts';
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
  return { ...unit, pool: unit.pool.map((q) => kindOf(q).withoutFeedback(q)) };
}

/** The package's launch page: the player template with this unit's data and SCORM version inlined. */
export function renderPlayerHtml(template: string, unit: Unit, version: ScormVersion): string {
  if (!template.includes(DATA_MARKER) || !template.includes(TITLE_MARKER)) {
    throw new Error('The player template lacks its course-data or course-title marker.');
  }
  const data =
    `<script id="course-data" type="application/json" data-scorm="${version}">` +
    `${scriptSafeJson(learnerUnit(unit))}</script>`;
  // Replacer functions: a string replacement would expand "$&" or "$'" found in course text.
  return template
    .replaceAll(TITLE_MARKER, () => escapeHtml(unit.facts.title))
    .replace(DATA_MARKER, () => data);
}
