// Files a unit's markdown links to travel in its packages under media/: in both SCORM
// versions, in the module packages that use them, listed in the manifest, and where the
// launch page's relative URLs lead.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/index.ts';
import { mediaUsedBy } from '../../src/package/media.ts';
import type { Unit } from '../../src/shared/course.ts';
import { writeDist } from '../../src/package/write-dist.ts';
import { ROOT } from '../compiler/helpers.ts';
import { readZip, tempFolder, text, writeFixtureDist } from './dist-helpers.ts';
import { fixturePlayer, fixtureSynopticUnit } from './fixture-unit.ts';
import { manifestProblems } from './manifest-checks.ts';
import { fixtureUnitWithMedia, POLICY_PDF, TILL_SVG } from './media-fixture.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const fileHrefs = (manifest: string) => [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);

/** The course data inlined in a launch page. */
/** The course data of a package: the launch page's, and each module's and the pool's data file, as JSON text. */
function courseData(entries: Record<string, Uint8Array>): string {
  const launch = /<script id="course-data"[^>]*>(.*?)<\/script>/s.exec(text(entries['index.html']))![1];
  const files = Object.keys(entries).filter((path) => path.startsWith('course/')).sort().map((path) => text(entries[path]));
  return [launch, ...files].join('\n');
}

/** Where each relative src and href of the course data leads, from a launch page at the package root. */
function resolvedPaths(data: string): string[] {
  const base = 'https://lms.example/content/pkg/index.html';
  const values = [...data.matchAll(/(?:src|href)=\\"([^"\\]*)\\"/g)].map((m) => m[1]);
  return values
    .filter((value) => !/^([a-z]+:|#)/i.test(value))
    .map((value) => decodeURIComponent(new URL(value, base).pathname.replace('/content/pkg/', '')));
}

describe('media in packages', () => {
  let outDir: string;
  let splitDir: string;
  beforeAll(async () => {
    const { unit, media } = await fixtureUnitWithMedia();
    outDir = join(await tempFolder(), 'dist');
    splitDir = join(await tempFolder(), 'dist');
    await writeFixtureDist(outDir, { units: [unit, fixtureSynopticUnit()], media });
    await writeFixtureDist(splitDir, { units: [unit, fixtureSynopticUnit()], media, kinds: ['module'] });
  });

  it.each([
    ['1.2', 'scorm12'],
    ['2004', 'scorm2004'],
  ] as const)('SCORM %s: the zip holds each file, the manifest lists it, and the manifest passes the checks', async (version, suffix) => {
    const entries = await readZip(join(outDir, 'packages', `l2-fixture-${suffix}.zip`));
    expect(text(entries['media/images/till.svg'])).toBe(TILL_SVG);
    expect(text(entries['media/docs/refund policy.pdf'])).toBe(POLICY_PDF);
    const manifest = text(entries['imsmanifest.xml']);
    expect(fileHrefs(manifest)).toContain('media/images/till.svg');
    expect(fileHrefs(manifest)).toContain('media/docs/refund%20policy.pdf');
    expect(manifestProblems(manifest, Object.keys(entries), version)).toEqual([]);
  });

  it('leads every relative URL of the course data to a file of the zip', async () => {
    const entries = await readZip(join(outDir, 'packages', 'l2-fixture-scorm2004.zip'));
    const paths = resolvedPaths(courseData(entries));
    expect(paths).toEqual(['media/images/till.svg', 'media/docs/refund policy.pdf']);
    for (const path of paths) expect(Object.keys(entries)).toContain(path);
  });

  it('puts nothing under media/ in a package whose unit links to no file', async () => {
    const entries = await readZip(join(outDir, 'packages', 'l1-synoptic-scorm12.zip'));
    expect(Object.keys(entries).filter((path) => path.startsWith('media/'))).toEqual([]);
  });

  it('gives a module package only the files its pages use', async () => {
    const used = await readZip(join(splitDir, 'packages', 'l2-fixture-complaints-scorm12.zip'));
    const unused = await readZip(join(splitDir, 'packages', 'l2-fixture-expectations-scorm2004.zip'));
    expect(Object.keys(used).filter((path) => path.startsWith('media/')).sort()).toEqual([
      'media/docs/refund policy.pdf',
      'media/images/till.svg',
    ]);
    expect(manifestProblems(text(used['imsmanifest.xml']), Object.keys(used), '1.2')).toEqual([]);
    expect(Object.keys(unused).filter((path) => path.startsWith('media/'))).toEqual([]);
  });
});

describe('mediaUsedBy', () => {
  const file = (path: string) => ({ path, data: bytes(path) });
  const unitWith = (html: string): Unit => ({ ...fixtureSynopticUnit(), intro: [{ id: 'intro', title: 'Intro', blocks: [{ kind: 'html', html }] }] });

  it('matches src and href values exactly, without their ?query or #fragment, percent-decoded', () => {
    const unit = unitWith('<img src="media/a.svg" alt=""><a href="media/my%20notes.pdf?v=2#p3">notes</a><a href="media/b.svg.bak">x</a>');
    const media = ['media/a.svg', 'media/b.svg', 'media/my notes.pdf'].map(file);
    expect(mediaUsedBy(unit, media).map((f) => f.path)).toEqual(['media/a.svg', 'media/my notes.pdf']);
  });

  it('ignores a path that is only mentioned in the text, and finds one after a ">" in a value', () => {
    const unit = unitWith('<p>The file media/a.svg, or src="media/a.svg" written out, is not a reference.</p><a title="a > b" href="media/b.svg">b</a>');
    expect(mediaUsedBy(unit, [file('media/a.svg'), file('media/b.svg')]).map((f) => f.path)).toEqual(['media/b.svg']);
  });

  it('finds nothing in a unit without tags', () => {
    const unit = unitWith('Plain text mentioning media/a.svg');
    expect(mediaUsedBy(unit, [file('media/a.svg')])).toEqual([]);
  });
});

describe('a compiled unit with an image', () => {
  it('packs what its markdown links to, where its HTML points', async () => {
    const result = compileCourse({ root: ROOT, contentDir: 'tests/fixtures/valid-more', only: ['rich'] });
    const outDir = join(await tempFolder(), 'dist');
    await writeDist({
      units: result.units,
      versions: ['1.2'],
      kinds: ['unit'],
      players: { '1.2': fixturePlayer() },
      outDir,
      publicDir: join(outDir, 'no-public'),
      media: result.media,
    });
    const entries = await readZip(join(outDir, 'packages', 'rich-scorm12.zip'));
    expect(Object.keys(entries).filter((path) => path.startsWith('media/')).sort()).toEqual(['media/01-serving.md', 'media/images/till.svg']);
    expect(resolvedPaths(courseData(entries))).toEqual(['media/01-serving.md', 'media/images/till.svg']);
    expect(manifestProblems(text(entries['imsmanifest.xml']), Object.keys(entries), '1.2')).toEqual([]);
  });
});
