import { readFile } from 'node:fs/promises';
import type { Unit } from '../shared/course.ts';
import { PACKAGE_SUFFIX, type ScormVersion } from '../shared/scorm.ts';
import { escapeXml } from './escape.ts';
import { isSchemaFileName } from './schemas.ts';
import { byCodeUnits } from './zip.ts';

export const MANIFEST_PATH = 'imsmanifest.xml';
export const LAUNCH_PAGE = 'index.html';

// The 1.2 content-packaging schema caps titles at 200 characters; 2004 keeps that as its
// smallest permitted maximum, so LMSs may cut longer ones anyway.
const TITLE_MAX = 200;
// The content-packaging schemas of both versions cap the manifest's version attribute at 20.
const VERSION_MAX = 20;

/** The manifest template of a version: scorm/scorm12/imsmanifest.xml, scorm/scorm2004/imsmanifest.xml. */
export function readManifestTemplate(version: ScormVersion): Promise<string> {
  const url = new URL(`../../scorm/${PACKAGE_SUFFIX[version]}/${MANIFEST_PATH}`, import.meta.url);
  return readFile(url, 'utf8');
}

/** An xsd:ID (an NCName): characters outside it become "-", and it always starts with a letter or "_". */
export function xmlId(raw: string): string {
  const cleaned = raw.replace(/[^A-Za-z0-9_.-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** The identifiers of one package's manifest, derived from the packaged unit's id and the version. */
export function manifestIds(unit: Unit, version: ScormVersion) {
  const id = unit.facts.id;
  return {
    manifestId: xmlId(`${id}-${PACKAGE_SUFFIX[version]}`),
    organizationId: xmlId(`ORG-${id}`),
    itemId: xmlId(`ITEM-${id}`),
    resourceId: xmlId(`RES-${id}`),
  };
}

/**
 * The files the SCO resource lists: every file of the zip except the manifest itself and the
 * schema files (.xsd and .dtd) at the zip root, sorted.
 */
export function listedFiles(zipPaths: string[]): string[] {
  return zipPaths
    .filter((path) => path !== MANIFEST_PATH && !(!path.includes('/') && isSchemaFileName(path)))
    .sort(byCodeUnits);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

// Each path segment is percent-encoded: href is a URI reference, and a space or "#" in a
// static asset's name would otherwise point somewhere else.
const hrefOf = (path: string) => path.split('/').map(encodeURIComponent).join('/');

const fileElements = (paths: string[]) =>
  paths.map((path) => `      <file href="${escapeXml(hrefOf(path))}"/>`).join('\n');

/** Fills {{name}} with escaped text and {{{name}}} with ready-made XML; any other placeholder is an error. */
function fillTemplate(
  template: string,
  text: Record<string, string>,
  xml: Record<string, string>,
): string {
  return template.replace(/\{\{\{(\w+)\}\}\}|\{\{(\w+)\}\}/g, (placeholder, xmlName, textName) => {
    if (xmlName !== undefined && xmlName in xml) return xml[xmlName];
    if (textName !== undefined && textName in text) return escapeXml(text[textName]);
    throw new Error(
      `The manifest template uses ${placeholder}, which the packager does not fill: ` +
        'remove it from the template or add it to src/package/manifest.ts.',
    );
  });
}

/** imsmanifest.xml for one unit's package; `zipPaths` are all the files the zip will hold. */
export function renderManifest(
  template: string,
  unit: Unit,
  version: ScormVersion,
  zipPaths: string[],
): string {
  const files = listedFiles(zipPaths);
  if (!files.includes(LAUNCH_PAGE)) {
    throw new Error(`The package for ${unit.facts.id} has no ${LAUNCH_PAGE} to launch.`);
  }
  const text = {
    ...manifestIds(unit, version),
    title: clip(oneLine(unit.facts.title), TITLE_MAX),
    description: oneLine(unit.facts.purpose),
    // The unit's release, as unit.md states it: an LMS shows it to the admin beside the package.
    version: clip(oneLine(unit.facts.version), VERSION_MAX),
  };
  return fillTemplate(template, text, { files: fileElements(files) });
}
