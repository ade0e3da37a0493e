// What the catalog tells an LMS admin about releases: each unit's version and changes, and what
// a learner part-way through keeps when a package is replaced by a newer one. The second is what
// src/player/progress.ts and restore.ts do: progress is saved item by item, each answer with a
// version of its item, and the player never lowers a status the LMS already holds.
import type { Unit } from '../shared/course.ts';
import { escapeHtml as esc } from './escape.ts';

/** "Version 2, built 2026-12-05", then a line per release, newest first. */
export function releaseSection(unit: Unit, builtOn: string, headingId: string): string {
  const { version, changes } = unit.facts;
  const lines = changes.length
    ? `<ul class="changes">\n${changes
        .map((change) => `<li><strong>Version ${esc(change.version)}</strong> (${esc(change.date)}): ${esc(change.note)}</li>`)
        .join('\n')}\n</ul>`
    : '<p>No changes are recorded for this unit.</p>';
  return `<h3 id="${esc(headingId)}">Version and changes</h3>
<p>Version <strong class="version">${esc(version)}</strong>, built on <time datetime="${esc(builtOn)}">${esc(builtOn)}</time>.
The version is also in each package’s manifest and on the course’s opening page.</p>
${lines}`;
}

/** The catalog's section on replacing a package that learners have already started. */
export function replacingSection(): string {
  return `<section aria-labelledby="replacing">
<h2 id="replacing">Replacing a package learners have started</h2>
<p>When you replace a unit’s package with a newer version in the same LMS activity, learners part-way
through keep their progress item by item. A page they viewed, an answer they gave to a question or
scenario, a reflection they wrote and a criterion they met stay as long as that item is unchanged.
An item whose right answers or steps have changed drops only its own answer, and an item that was
removed is forgotten; new wording of a question or its feedback is not a change. Assessment sittings already
taken keep their results and still count towards the sittings allowed. A status the LMS already
holds (completed, passed) is never lowered by the new version.</p>
<p>Replace a package with the newer file of the same name: the same unit or module, for the same
SCORM version.</p>
</section>`;
}
