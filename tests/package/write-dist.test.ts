import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSchemaFiles } from '../../src/package/schemas.ts';
import type { ScormVersion } from '../../src/shared/scorm.ts';
import {
  hashTree,
  listFiles,
  readZip,
  tempFolder,
  text,
  writeFixtureDist,
} from './dist-helpers.ts';
import { fixturePlayer } from './fixture-unit.ts';

const WHOLE_UNIT_FILES = [
  'index.html',
  'packages/l1-synoptic-scorm12.zip',
  'packages/l1-synoptic-scorm2004.zip',
  'packages/l2-fixture-scorm12.zip',
  'packages/l2-fixture-scorm2004.zip',
  'reports/coverage.csv',
  'reports/coverage.json',
];

async function outDirIn(parent?: string): Promise<string> {
  return join(parent ?? (await tempFolder()), 'dist');
}

describe('writeDist', () => {
  it('writes the catalog, a package per unit and version, and the reports', async () => {
    const outDir = await outDirIn();
    await writeFixtureDist(outDir);
    expect(await listFiles(outDir)).toEqual(WHOLE_UNIT_FILES);
  });

  it('returns each package with the size and sha256 of the file written', async () => {
    const outDir = await outDirIn();
    const { packages } = await writeFixtureDist(outDir, { versions: ['2004', '1.2'] });
    expect(packages.map((record) => [record.unit, record.version, record.path])).toEqual([
      ['l2-fixture', '1.2', 'packages/l2-fixture-scorm12.zip'],
      ['l2-fixture', '2004', 'packages/l2-fixture-scorm2004.zip'],
      ['l1-synoptic', '1.2', 'packages/l1-synoptic-scorm12.zip'],
      ['l1-synoptic', '2004', 'packages/l1-synoptic-scorm2004.zip'],
    ]);
    for (const record of packages) {
      const data = await readFile(join(outDir, record.path));
      expect(record.bytes).toBe(data.byteLength);
      expect(record.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  it.each<[ScormVersion, string]>([
    ['1.2', 'scorm12'],
    ['2004', 'scorm2004'],
  ])('fills a SCORM %s package with its manifest, schemas, launch page, player and public files', async (version, suffix) => {
    const outDir = await outDirIn();
    await writeFixtureDist(outDir);
    const entries = await readZip(join(outDir, 'packages', `l2-fixture-${suffix}.zip`));
    const schemaNames = (await readSchemaFiles(version)).map((file) => file.path);
    expect(Object.keys(entries).sort()).toEqual(
      [
        'imsmanifest.xml',
        'index.html',
        'assets/player-1a2b.js',
        'assets/player-3c4d.css',
        'images/logo.svg',
        'fonts/Atkinson Hyperlegible.woff2',
        'course/m-expectations.js',
        'course/m-complaints.js',
        'course/pool.js',
        ...schemaNames,
      ].sort(),
    );
    const launch = text(entries['index.html']);
    expect(launch).toContain('<title>Principles of customer service &amp; care</title>');
    expect(launch).toContain(`<script id="course-data" type="application/json" data-scorm="${version}">`);
    expect(launch).toContain('"id":"l2-fixture"');
  });

  it('packages each module on its own when split', async () => {
    const outDir = await outDirIn();
    const { packages } = await writeFixtureDist(outDir, { kinds: ['module'], versions: ['1.2'] });
    expect(packages.map((record) => record.path)).toEqual([
      'packages/l2-fixture-expectations-scorm12.zip',
      'packages/l2-fixture-complaints-scorm12.zip',
      'packages/l1-synoptic-practice-scorm12.zip',
    ]);
    const launch = text((await readZip(join(outDir, packages[1].path)))['index.html']);
    expect(launch).toContain('"id":"l2-fixture-complaints"');
    expect(launch).not.toContain('"id":"expectations"');
  });

  it('writes the extra files it is given', async () => {
    const outDir = await outDirIn();
    await writeFixtureDist(outDir, { extraFiles: [{ path: 'l2-fixture/tutor-guide.html', data: '<p>Guide</p>' }] });
    expect(await readFile(join(outDir, 'l2-fixture/tutor-guide.html'), 'utf8')).toBe('<p>Guide</p>');
  });

  it('writes byte-identical files for the same input', async () => {
    const [first, second] = [await outDirIn(), await outDirIn()];
    await writeFixtureDist(first, { kinds: ['module'] });
    await writeFixtureDist(second, { kinds: ['module'] });
    const hashes = await hashTree(first);
    expect(Object.keys(hashes).length).toBeGreaterThan(5);
    expect(await hashTree(second)).toEqual(hashes);
  });

  it('replaces the previous output rather than adding to it', async () => {
    const outDir = await outDirIn();
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, 'stale.txt'), 'from an older build');
    await writeFixtureDist(outDir);
    expect(await listFiles(outDir)).toEqual(WHOLE_UNIT_FILES);
  });

  it('refuses a public file that would replace a file of the package', async () => {
    const publicDir = await tempFolder();
    await writeFile(join(publicDir, 'imsmanifest.xml'), '<manifest/>');
    await expect(writeFixtureDist(await outDirIn(), { publicDir })).rejects.toThrow(
      "imsmanifest.xml would replace the package's own imsmanifest.xml",
    );
  });
});

describe('writeDist on failure', () => {
  async function previousOutput() {
    const parent = await tempFolder();
    const outDir = join(parent, 'dist');
    await writeFixtureDist(outDir, { versions: ['1.2'] });
    await writeFile(join(outDir, 'sentinel.txt'), 'left by the previous build');
    return { parent, outDir, before: await hashTree(outDir), siblings: await readdir(parent) };
  }

  it('leaves the previous output untouched when the player lacks its markers', async () => {
    const { parent, outDir, before, siblings } = await previousOutput();
    const broken = fixturePlayer('<!doctype html><title>No markers</title>');
    await expect(writeFixtureDist(outDir, { players: { '1.2': broken, '2004': broken } })).rejects.toThrow('lacks its course-data');
    expect(await hashTree(outDir)).toEqual(before);
    expect(await readdir(parent)).toEqual(siblings);
  });

  it('leaves the previous output untouched when writing fails halfway', async () => {
    const { parent, outDir, before, siblings } = await previousOutput();
    // A file named "reports" is written before reports/coverage.csv needs a folder of that name.
    const clash = { extraFiles: [{ path: 'reports', data: 'not a folder' }] };
    await expect(writeFixtureDist(outDir, clash)).rejects.toThrow(/EEXIST|ENOTDIR/);
    expect(await hashTree(outDir)).toEqual(before);
    expect(await readdir(parent)).toEqual(siblings);
  });

  it('creates nothing when there was no previous output', async () => {
    const parent = await tempFolder();
    const broken = fixturePlayer('<!doctype html>');
    await expect(writeFixtureDist(join(parent, 'dist'), { players: { '1.2': broken, '2004': broken } })).rejects.toThrow();
    expect(await readdir(parent)).toEqual([]);
  });

  it('gives the output folder the permissions of any folder made here', async () => {
    const parent = await tempFolder();
    await writeFixtureDist(join(parent, 'dist'), { versions: ['1.2'] });
    await mkdir(join(parent, 'plain'));
    const mode = async (name: string) => (await stat(join(parent, name))).mode & 0o777;
    expect(await mode('dist')).toBe(await mode('plain'));
  });

  it('creates the parent folder of a new output folder', async () => {
    const outDir = join(await tempFolder(), 'build', 'dist');
    await writeFixtureDist(outDir, { versions: ['2004'] });
    expect(await readdir(dirname(outDir))).toEqual(['dist']);
  });
});
