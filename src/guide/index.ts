// The tutor documents of every unit, as files of the output folder (never of a package).
import type { MediaFile } from '../compiler/index.ts';
import { mediaUsedBy, readMedia } from '../package/media.ts';
import type { Unit } from '../shared/course.ts';
import { EVIDENCE_SHEET_FILE, renderEvidenceSheet } from './evidence-sheet.ts';
import type { LegislationEntry } from '../compiler/legislation.ts';
import { renderTutorGuide, TUTOR_GUIDE_FILE } from './tutor-guide.ts';
import { ANSWER_KEY_FILE, moduleAnswerKeyFile, renderShortAnswerKey } from './short-answer-key.ts';
import { packagedModules } from '../package/split.ts';
import { renderWorkbook, WORKBOOK_FILE } from './workbook.ts';

export type { LegislationEntry } from '../compiler/legislation.ts';

/**
 * "<unit>/tutor-guide.html", "<unit>/evidence-sheet.html", "<unit>/answer-key.html" and "<unit>/workbook.html" for every
 * unit, for writeDist's extraFiles; with `modules`, the answer key of each module packaged on its own too.
 */
export function guideFiles(units: Unit[], register?: LegislationEntry[], { modules = true } = {}): { path: string; data: string }[] {
  return units.flatMap((unit) => [
    { path: `${unit.facts.id}/${TUTOR_GUIDE_FILE}`, data: renderTutorGuide(unit, register) },
    { path: `${unit.facts.id}/${EVIDENCE_SHEET_FILE}`, data: renderEvidenceSheet(unit) },
    { path: `${unit.facts.id}/${ANSWER_KEY_FILE}`, data: renderShortAnswerKey(unit) },
    { path: `${unit.facts.id}/${WORKBOOK_FILE}`, data: renderWorkbook(unit) },
    ...(modules ? packagedModules(unit) : []).map((module) => ({
      path: `${unit.facts.id}/${moduleAnswerKeyFile(module)}`,
      data: renderShortAnswerKey(unit, module),
    })),
  ]);
}

/**
 * The files a unit's guide and sheet point at (an image in a question, say), as
 * "<unit>/media/<path>" beside them: the question HTML keeps the packages' media/ URLs.
 */
export async function guideMediaFiles(
  guides: { path: string; data: string }[],
  media: Record<string, MediaFile[]>,
): Promise<{ path: string; data: Uint8Array }[]> {
  const perUnit = await Promise.all(
    Object.entries(media).map(async ([id, files]) => {
      const html = guides.filter((guide) => guide.path.startsWith(`${id}/`)).map((guide) => guide.data).join('\n');
      const used = await readMedia(mediaUsedBy(html, files));
      return used.map((file) => ({ path: `${id}/${file.path}`, data: file.data }));
    }),
  );
  return perUnit.flat();
}
