import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MediaFile } from '../../src/compiler/index.ts';
import type { Unit } from '../../src/shared/course.ts';
import { tempFolder } from './dist-helpers.ts';
import { fixtureUnit } from './fixture-unit.ts';

/** A small SVG image, as a unit folder would hold it. */
export const TILL_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>\n';
export const POLICY_PDF = '%PDF-1.4 not really a PDF\n';

/**
 * The fixture unit with an image and a linked document (whose name needs percent-encoding) on
 * the page of its second module, as the compiler writes them, and the media it would list.
 */
export async function fixtureUnitWithMedia(): Promise<{ unit: Unit; media: Record<string, MediaFile[]> }> {
  const folder = await tempFolder();
  await mkdir(join(folder, 'images'));
  await mkdir(join(folder, 'docs'));
  await writeFile(join(folder, 'images', 'till.svg'), TILL_SVG);
  await writeFile(join(folder, 'docs', 'refund policy.pdf'), POLICY_PDF);
  const unit = fixtureUnit();
  unit.modules[1].pages[0].blocks.push({
    kind: 'html',
    html: '<p><img src="media/images/till.svg" alt="A till"> Read <a href="media/docs/refund%20policy.pdf#page=2">the refund policy</a>.</p>',
  });
  const media: MediaFile[] = [
    { path: 'media/docs/refund policy.pdf', source: join(folder, 'docs', 'refund policy.pdf') },
    { path: 'media/images/till.svg', source: join(folder, 'images', 'till.svg') },
  ];
  return { unit, media: { [unit.facts.id]: media } };
}
