// The tutor documents of every unit, as files of the output folder (never of a package).
import type { Unit } from '../shared/course.ts';
import { EVIDENCE_SHEET_FILE, renderEvidenceSheet } from './evidence-sheet.ts';
import { renderTutorGuide, TUTOR_GUIDE_FILE, type LegislationEntry } from './tutor-guide.ts';

export type { LegislationEntry } from './tutor-guide.ts';

/** "<unit>/tutor-guide.html" and "<unit>/evidence-sheet.html" for every unit, for writeDist's extraFiles. */
export function guideFiles(units: Unit[], register?: LegislationEntry[]): { path: string; data: string }[] {
  return units.flatMap((unit) => [
    { path: `${unit.facts.id}/${TUTOR_GUIDE_FILE}`, data: renderTutorGuide(unit, register) },
    { path: `${unit.facts.id}/${EVIDENCE_SHEET_FILE}`, data: renderEvidenceSheet(unit) },
  ]);
}
