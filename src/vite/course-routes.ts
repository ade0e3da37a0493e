// The course URLs of `npm run dev`: the unit list, each unit's launch page at
// /__course/<unit>/player.html, and beside it under media/ the files its HTML points to, so the
// page's relative media/ URLs resolve as they do at the root of a package.
import { readFile } from 'node:fs/promises';
import { contentTypeOf } from './content-types.ts';
import type { CompileResult } from '../compiler/index.ts';
import { formatDiagnostic } from '../compiler/diagnostics.ts';
import type { Unit } from '../shared/course.ts';
import type { ScormVersion } from '../shared/scorm.ts';

export interface CourseResponse {
  status: number;
  type: string;
  body: string | Uint8Array;
}

/** Renders a unit's launch page as the dev server serves it (through Vite's HTML transforms). */
export type PlayerPage = (unit: Unit, version: ScormVersion, pathname: string) => Promise<string>;

/** The path of a unit's launch page; "?scorm=1.2" picks the version, 2004 otherwise. */
export const playerPath = (unitId: string) => `/__course/${encodeURIComponent(unitId)}/player.html`;

const UNIT_PATH = /^\/__course\/([^/]+)\/(player\.html|media\/.+)$/;

const plainText = (status: number, body: string): CourseResponse => ({ status, type: 'text/plain; charset=utf-8', body });

function decoded(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/**
 * The answer to a /__course/ request, or undefined for a URL that is not one (Vite serves it).
 * A media file is served only when the compiled unit lists it, so no URL reaches anything else.
 */
export async function courseResponse(result: CompileResult, url: URL, playerPage: PlayerPage): Promise<CourseResponse | undefined> {
  if (url.pathname === '/__course/units.json') {
    return { status: 200, type: 'application/json', body: JSON.stringify(result.units.map((u) => u.facts.id)) };
  }
  if (!url.pathname.startsWith('/__course/')) return undefined;
  const [, unitPart, rest] = UNIT_PATH.exec(url.pathname) ?? [];
  const id = unitPart === undefined ? undefined : decoded(unitPart);
  const unit = result.units.find((u) => u.facts.id === id);
  if (rest === 'player.html') {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) return plainText(500, errors.map(formatDiagnostic).join('\n'));
    if (!unit) return plainText(404, 'No such unit.');
    const version: ScormVersion = url.searchParams.get('scorm') === '1.2' ? '1.2' : '2004';
    return { status: 200, type: 'text/html; charset=utf-8', body: await playerPage(unit, version, url.pathname) };
  }
  const path = rest === undefined ? undefined : decoded(rest);
  const file = unit && Object.hasOwn(result.media, unit.facts.id) ? result.media[unit.facts.id].find((f) => f.path === path) : undefined;
  if (!file) return plainText(404, 'No such file in the unit.');
  // Only a change to markdown recompiles, so a listed file may have gone since.
  const body = await readFile(file.source).catch(() => undefined);
  return body ? { status: 200, type: contentTypeOf(file.path), body: new Uint8Array(body) } : plainText(404, `${file.path} is no longer in the unit folder.`);
}
