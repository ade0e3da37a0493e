import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll } from 'vitest';
import { writeDist, type WriteDistOptions } from '../../src/package/write-dist.ts';
import { fixturePlayer, fixtureSynopticUnit, fixtureUnit } from './fixture-unit.ts';

const created: string[] = [];

/** A fresh temporary folder, removed once the test file has run. */
export async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'package-test-'));
  created.push(folder);
  return folder;
}

afterAll(async () => {
  await Promise.all(created.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Every file under `folder` by relative path (forward slashes), sorted. */
export async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** sha256 of every file under `folder`, by relative path. */
export async function hashTree(folder: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const path of await listFiles(folder)) {
    hashes[path] = createHash('sha256').update(await readFile(join(folder, path))).digest('hex');
  }
  return hashes;
}

/** The entries of a zip file, by path. */
export async function readZip(path: string): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await readFile(path)));
}

export const text = (data: Uint8Array) => new TextDecoder().decode(data);

/** A public/ folder with a nested asset, a name that needs percent-encoding, a file no package uses and an ignored dotfile. */
export async function fixturePublicFolder(): Promise<string> {
  const folder = await tempFolder();
  await mkdir(join(folder, 'images'), { recursive: true });
  await mkdir(join(folder, 'fonts'), { recursive: true });
  await writeFile(join(folder, 'images', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(folder, 'fonts', 'Atkinson Hyperlegible.woff2'), 'font bytes');
  await writeFile(join(folder, 'images', 'unused.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(folder, '.DS_Store'), 'finder droppings');
  return folder;
}

/** writeDist on the two fixture units, both versions, whole units only, on a fixed day, unless overridden. */
export async function writeFixtureDist(outDir: string, overrides: Partial<WriteDistOptions> = {}) {
  return writeDist({
    units: [fixtureUnit(), fixtureSynopticUnit()],
    versions: ['1.2', '2004'],
    kinds: ['unit'],
    builtOn: '2026-12-05',
    players: { '1.2': fixturePlayer(), '2004': fixturePlayer() },
    outDir,
    publicDir: await fixturePublicFolder(),
    ...overrides,
  });
}
