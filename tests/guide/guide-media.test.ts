// A tutor guide shows question HTML as the packages do, with media/ URLs: the build writes each
// file it points at beside it, at dist/<unit>/media/<path>, and no file it does not point at.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { guideFiles, guideMediaFiles } from '../../src/guide/index.ts';
import { TUTOR_GUIDE_FILE } from '../../src/guide/tutor-guide.ts';
import type { Unit } from '../../src/shared/course.ts';
import { compile, ROOT } from '../compiler/helpers.ts';
import { listFiles, tempFolder, writeFixtureDist } from '../package/dist-helpers.ts';

const result = compile('tests/fixtures/valid-more', ['rich']);

/** The rich fixture with the image of its introduction, as compiled, shown in an assessment question too. */
function richWithImageInQuestion(): Unit {
  const unit = structuredClone(result.units[0]);
  const intro = unit.intro.flatMap((page) => page.blocks).map((block) => ('html' in block ? block.html : '')).join('');
  const image = /<img [^>]*>/.exec(intro)![0];
  unit.pool[0].prompt += `<p>${image}</p>`;
  return unit;
}

async function buildGuides(units: Unit[]): Promise<string> {
  const outDir = join(await tempFolder(), 'dist');
  // The tutor documents only: the workbook shows the teaching, so its media too (tests/guide/workbook.test.ts).
  const guides = guideFiles(units).filter((file) => !file.path.endsWith('/workbook.html'));
  await writeFixtureDist(outDir, { units, media: result.media, extraFiles: [...guides, ...(await guideMediaFiles(guides, result.media))] });
  return outDir;
}

describe('media beside the tutor guide', () => {
  it('writes the image a question shows at the URL the guide uses', async () => {
    const outDir = await buildGuides([richWithImageInQuestion()]);
    const guide = new JSDOM(await readFile(join(outDir, 'rich', TUTOR_GUIDE_FILE), 'utf8'), {
      url: 'https://tutor.example/dist/rich/tutor-guide.html',
    }).window.document;
    const sources = [...guide.querySelectorAll('img')].map((img) => (img as HTMLImageElement).src);
    expect(sources).toEqual(['https://tutor.example/dist/rich/media/images/till.svg']);
    const written = await readFile(join(outDir, new URL(sources[0]).pathname.replace('/dist/', '')), 'utf8');
    expect(written).toBe(await readFile(join(ROOT, 'tests/fixtures/valid-more/rich/images/till.svg'), 'utf8'));
  });

  it('writes none of the files the guide does not point at', async () => {
    const outDir = await buildGuides(result.units);
    expect((await listFiles(outDir)).filter((path) => path.startsWith('rich/'))).toEqual([
      'rich/answer-key-serving.html',
      'rich/answer-key.html',
      'rich/evidence-sheet.html',
      'rich/tutor-guide.html',
    ]);
  });
});
