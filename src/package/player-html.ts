import type { Unit } from '../shared/course.ts';
import type { ScormVersion } from '../shared/scorm.ts';
import { escapeHtml } from './escape.ts';

/** The player's built files (from `vite build`), shared by every package. */
export interface PlayerBuild {
  /** index.html holds the markers below; the rest are hashed JS and CSS assets. */
  files: { path: string; data: Uint8Array }[];
}

const DATA_MARKER = '<!--course-data-->';
const TITLE_MARKER = '<!--course-title-->';

// JSON inside a <script> must never contain "</script" or "<!--": escaping every "<" is enough.
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The package's launch page: the player template with this unit's data and SCORM version inlined. */
export function renderPlayerHtml(template: string, unit: Unit, version: ScormVersion): string {
  if (!template.includes(DATA_MARKER) || !template.includes(TITLE_MARKER)) {
    throw new Error('The player template lacks its course-data or course-title marker.');
  }
  const data =
    `<script id="course-data" type="application/json" data-scorm="${version}">` +
    `${scriptSafeJson(unit)}</script>`;
  // Replacer functions: a string replacement would expand "$&" or "$'" found in course text.
  return template
    .replace(TITLE_MARKER, () => escapeHtml(unit.facts.title))
    .replace(DATA_MARKER, () => data);
}
