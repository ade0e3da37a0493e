// The learner's evidence record as data: what "My record" saves as JSON and CSV, and what the
// tutor's `npm run results` reads back. Keyed by unit and criterion id, so an e-portfolio's unit
// and criteria can be matched to it. src/results/record.schema.json describes the same shape.

export const RECORD_FORMAT = 'cs-course-evidence-record';
export const RECORD_FORMAT_VERSION = 1;

/** Met; not met yet (a quiz criterion with sittings left, or none passed); or for the assessor to judge. */
export type CriterionResult = 'met' | 'not-yet-met' | 'awaiting-assessor';
export const CRITERION_RESULTS: CriterionResult[] = ['met', 'not-yet-met', 'awaiting-assessor'];

/** How a criterion is evidenced: the unit's quiz, an observation at work, a product judged, the learner's reflection. */
export type EvidenceType = 'quiz' | 'workplace-observation' | 'workplace-product' | 'reflection';

export interface CriterionEvidence {
  /** The unit the criterion belongs to, by its short ref ("l1-cs1"); another unit's in a synoptic unit. */
  unit: string;
  /** That unit's code as its specification gives it ("J/506/2132", "CS 1"); "" where the record does not know it. */
  unitCode: string;
  /** The learning outcome's id ("2"). */
  outcome: string;
  /** The criterion's id exactly as the specification gives it ("2.1"). */
  criterion: string;
  /** "unit:criterion", the id the LMS's objective carries ("l1-cs1:2.1"). */
  ref: string;
  text: string;
  result: CriterionResult;
  /** YYYY-MM-DD, the learner's calendar day; null when not met, or met as the LMS recorded it with no day. */
  dateMet: string | null;
  /** The sitting (1 for the first) that met it; null when not met by a sitting this record knows. */
  sitting: number | null;
  evidence: EvidenceType[];
  /** The learner's saved reflection(s) on the criterion; null when there is none. */
  reflection: string | null;
}

export interface EvidenceRecord {
  format: typeof RECORD_FORMAT;
  formatVersion: number;
  /** YYYY-MM-DD, the learner's calendar day it was saved. */
  generated: string;
  /** As the LMS gives them; "" outside an LMS. */
  learner: { id: string; name: string };
  unit: { id: string; ref: string; title: string; version: string; level: string | null; codes: Record<string, string> };
  pages: { viewed: number; total: number };
  /** Each assessment sitting submitted, in order, with its day. */
  sittings: { number: number; date: string }[];
  /**
   * Whole minutes on the unit's teaching (pages, key terms) and in assessment sittings, for the
   * whole unit: off-the-job training hours count teaching only. Not measured per criterion.
   */
  time: { teachingMinutes: number; assessmentMinutes: number };
  criteria: CriterionEvidence[];
}

/** The CSV's columns, in order: one row per criterion. */
export const CSV_COLUMNS = [
  'learner_id',
  'learner_name',
  'unit',
  'unit_code',
  'unit_title',
  'unit_version',
  'outcome',
  'criterion',
  'criterion_ref',
  'criterion_text',
  'result',
  'date_met',
  'sitting',
  'evidence',
  'reflection',
  'unit_teaching_minutes',
  'unit_assessment_minutes',
] as const;

export function recordRows(r: EvidenceRecord): string[][] {
  return r.criteria.map((c) => [
    r.learner.id,
    r.learner.name,
    c.unit,
    c.unitCode,
    c.unit === r.unit.ref ? r.unit.title : '',
    c.unit === r.unit.ref ? r.unit.version : '',
    c.outcome,
    c.criterion,
    c.ref,
    c.text,
    c.result,
    c.dateMet ?? '',
    c.sitting === null ? '' : String(c.sitting),
    c.evidence.join(';'),
    c.reflection ?? '',
    String(r.time.teachingMinutes),
    String(r.time.assessmentMinutes),
  ]);
}

/**
 * RFC 4180 CSV (commas, CRLF, quotes doubled) with a byte-order mark so spreadsheets read it as
 * UTF-8. A text cell starting with = + - or @ gets a leading apostrophe, so a spreadsheet never
 * runs a learner's words as a formula.
 */
export function toCsv(header: readonly string[], rows: string[][]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export const recordCsv = (r: EvidenceRecord): string => toCsv(CSV_COLUMNS, recordRows(r));

/** The JSON text saved, exactly: its SHA-256 is the content hash printed on the signed record. */
export const recordJson = (r: EvidenceRecord): string => `${JSON.stringify(r, null, 2)}\n`;
