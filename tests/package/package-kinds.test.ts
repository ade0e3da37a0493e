// One build writes both kinds of package: each unit whole, and each of its modules on its own.
// The catalog lists the module packages under their unit with sizes and checksums; a module
// package holds, and its learner meets, only that module's criteria; the unit's version reaches
// the manifests and the catalog with its changes and the build date.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDate } from '../../src/package/build-date.ts';
import { formatSize } from '../../src/package/catalog.ts';
import type { PackageRecord } from '../../src/package/package-record.ts';
import type { Unit } from '../../src/shared/course.ts';
import { readZip, tempFolder, text, writeFixtureDist } from './dist-helpers.ts';
import { fixtureSynopticUnit, fixtureUnit } from './fixture-unit.ts';

const textOf = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function releasedUnit(): Unit {
  const unit = fixtureUnit();
  unit.facts.version = '3';
  unit.facts.changes = [
    { version: '3', date: '2026-11-30', note: 'Complaints module rewritten.' },
    { version: '2', date: '2026-06-01', note: 'Pool doubled.' },
  ];
  return unit;
}

let outDir: string;
let packages: PackageRecord[];
let document: Document;

beforeAll(async () => {
  outDir = join(await tempFolder(), 'dist');
  // No kinds given: both, as npm run build makes them.
  ({ packages } = await writeFixtureDist(outDir, { kinds: undefined, units: [releasedUnit(), fixtureSynopticUnit()] }));
  document = new JSDOM(await readFile(join(outDir, 'index.html'), 'utf8')).window.document;
});

const zipOf = async (id: string, version = 'scorm2004') => readZip(join(outDir, 'packages', `${id}-${version}.zip`));
const courseData = (entries: Record<string, Uint8Array>): Unit =>
  JSON.parse(/<script id="course-data"[^>]*>(.*?)<\/script>/s.exec(text(entries['index.html']))![1]);

describe('a build of both kinds', () => {
  it('writes each unit whole, then each module that teaches criteria, for both versions', () => {
    expect(packages.map((record) => record.path)).toEqual(
      ['l2-fixture', 'l2-fixture-expectations', 'l2-fixture-complaints', 'l1-synoptic', 'l1-synoptic-practice'].flatMap((id) => [
        `packages/${id}-scorm12.zip`,
        `packages/${id}-scorm2004.zip`,
      ]),
    );
  });

  it('lists every package under its unit in the catalog, with a size and sha256 that match the file', async () => {
    const section = document.getElementById('unit-l2-fixture')!;
    const rows = [...section.querySelectorAll('tbody tr')].filter((row) => row.querySelector('a[href^="packages/"]'));
    expect(rows.map((row) => [textOf(row.querySelector('th')), textOf(row.querySelectorAll('td')[1])])).toEqual([
      ['l2-fixture-scorm12.zip', 'The whole unit'],
      ['l2-fixture-scorm2004.zip', 'The whole unit'],
      ['l2-fixture-expectations-scorm12.zip', 'Module 1: What customers expect'],
      ['l2-fixture-expectations-scorm2004.zip', 'Module 1: What customers expect'],
      ['l2-fixture-complaints-scorm12.zip', 'Module 2: Putting things right'],
      ['l2-fixture-complaints-scorm2004.zip', 'Module 2: Putting things right'],
    ]);
    for (const row of rows) {
      const data = await readFile(join(outDir, row.querySelector('a')!.getAttribute('href')!));
      const [, , size, sha256] = [...row.querySelectorAll('td')].map(textOf);
      expect(size).toBe(formatSize(data.byteLength));
      expect(sha256).toBe(createHash('sha256').update(data).digest('hex'));
    }
    expect(textOf(document.querySelector('header'))).toContain('10 packages');
  });

  it('names a module left without a package of its own', async () => {
    const unit = fixtureUnit();
    unit.modules.unshift({ ...unit.modules[0], id: 'how-it-works', title: 'How this unit works', criteria: [], pages: [] });
    const dir = join(await tempFolder(), 'dist');
    await writeFixtureDist(dir, { kinds: undefined, units: [unit] });
    const section = new JSDOM(await readFile(join(dir, 'index.html'), 'utf8')).window.document.getElementById('unit-l2-fixture');
    expect(textOf(section)).toContain('No package of its own for “How this unit works”: it assesses no criteria');
  });
});

describe('a module package', () => {
  it('carries only its module, its criteria and their questions to the learner', async () => {
    for (const version of ['scorm12', 'scorm2004']) {
      const entries = await zipOf('l2-fixture-complaints', version);
      const data = courseData(entries);
      expect(data.facts.title).toBe('Principles of customer service & care: Putting things right');
      expect(data.intro).toEqual([]);
      expect(data.modules.map((m) => m.id)).toEqual(['complaints']);
      expect(data.outcomes.map((o) => [o.id, o.criteria.map((c) => c.id)])).toEqual([['2', ['2.1']]]);
      expect(new Set(data.items.flatMap((item) => item.criteria))).toEqual(new Set(['l2-fix:2.1']));
      // No other module's pages, questions or criteria anywhere in the package's files.
      const everything = Object.entries(entries)
        .filter(([path]) => !path.endsWith('.xsd') && !path.endsWith('.dtd'))
        .map(([, bytes]) => text(bytes))
        .join('\n');
      for (const other of ['l2-fix:1.1', 'l2-fix:1.2', 'q-expect-adverts', 'kc-needs', 'Understand customer expectations', 'This unit is about customers']) {
        expect(everything).not.toContain(other);
      }
    }
  });

  it('names its module in the manifest, with the unit’s version', async () => {
    const manifest = text((await zipOf('l2-fixture-expectations', 'scorm12'))['imsmanifest.xml']);
    expect(manifest).toContain('<title>Principles of customer service &amp; care: What customers expect</title>');
    expect(manifest).toMatch(/<manifest identifier="l2-fixture-expectations-scorm12" version="3"/);
    expect(manifest).not.toContain('Putting things right');
  });
});

describe('the unit’s version', () => {
  it.each([
    ['scorm12', '<imsmd:lifecycle>\n        <imsmd:version>\n          <imsmd:langstring xml:lang="en-GB">3</imsmd:langstring>'],
    ['scorm2004', '<lifeCycle>\n        <version>\n          <string language="en-GB">3</string>'],
  ])('is the manifest’s version and its metadata’s (%s)', async (version, metadata) => {
    const manifest = text((await zipOf('l2-fixture', version))['imsmanifest.xml']);
    expect(manifest).toMatch(/<manifest identifier="[^"]+" version="3"/);
    expect(manifest).toContain(metadata);
  });

  it('is in the catalog with the build date and a line per release, newest first', () => {
    const section = document.getElementById('unit-l2-fixture')!;
    const heading = document.getElementById('unit-l2-fixture-version')!;
    expect(textOf(heading)).toBe('Version and changes');
    expect(textOf(heading.nextElementSibling)).toMatch(/^Version 3, built on 2026-12-05\./);
    expect([...section.querySelectorAll('ul.changes li')].map(textOf)).toEqual([
      'Version 3 (2026-11-30): Complaints module rewritten.',
      'Version 2 (2026-06-01): Pool doubled.',
    ]);
    expect(textOf(document.getElementById('unit-l1-synoptic'))).toContain('No changes are recorded for this unit.');
    expect(textOf(document.querySelector('header'))).toContain('Built on 2026-12-05.');
  });

  it('comes with what a learner part-way through keeps when a package is replaced', () => {
    const section = textOf(document.getElementById('replacing')!.parentElement);
    expect(section).toContain('keep their progress item by item');
    expect(section).toContain('drops only its own answer');
    expect(section).toContain('sittings already taken keep their results');
    expect(section).toContain('(completed, passed) is never lowered');
  });
});

describe('buildDate', () => {
  const now = new Date('2026-12-05T23:59:00Z');
  it('is the UTC day of SOURCE_DATE_EPOCH when set, for reproducible builds', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1764547200' }, now)).toBe('2025-12-01');
  });
  it('is today otherwise, or when SOURCE_DATE_EPOCH is not a number', () => {
    expect(buildDate({}, now)).toBe('2026-12-05');
    expect(buildDate({ SOURCE_DATE_EPOCH: 'soon' }, now)).toBe('2026-12-05');
  });
});
