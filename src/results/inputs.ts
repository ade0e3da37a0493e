// What an LMS or a learner hands the tutor, read into one shape: each learner's result on each
// criterion. Three kinds of file (README, "Criterion results out"): the learner's saved record
// (JSON, or the signed HTML record, whose data is checked against its printed hash), the CMI data
// an LMS holds for the package (scorm-again's JSON, SCORM 1.2 or 2004), and a CSV of objectives.
import { createHash } from 'node:crypto';
import { CRITERION_RESULTS, RECORD_FORMAT, type CriterionResult, type EvidenceRecord } from '../shared/evidence-data.ts';
import { parseCsv } from './csv.ts';
import { criterionRef } from './refs.ts';
import schema from './record.schema.json' with { type: 'json' };
import { schemaErrors, type Schema } from './schema-check.ts';

export interface CriterionCell {
  result: CriterionResult;
  /** YYYY-MM-DD where the source gives it. */
  dateMet: string | null;
}

export interface LearnerResults {
  /** As the LMS gives it; "" when the source has none. */
  learnerId: string;
  /** First name first. */
  learnerName: string;
  /** The file it came from. */
  file: string;
  kind: 'record' | 'signed-record' | 'cmi' | 'objectives-csv';
  cells: Map<string, CriterionCell>;
  /** Criterion texts the source states, by ref. */
  texts: Map<string, string>;
  /** A record's SHA-256 (of its JSON text): compare with the hash printed on the signed copy. */
  hash?: string;
  /** A signed record whose data no longer matches the hash printed on it. */
  changed?: boolean;
}

export interface ReadResult {
  learners: LearnerResults[];
  /** Anything a tutor should know: ids that are not criteria, a changed record. */
  warnings: string[];
}

/** "Shah, Priya" (as most LMSs store names) to "Priya Shah". */
export function personName(lmsName: string): string {
  const parts = lmsName.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.length === 2 ? `${parts[1]} ${parts[0]}` : lmsName.trim();
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export const recordSchema = schema as Schema;

/** One file's results; throws with what is wrong when it is none of the kinds read. */
export function readResults(file: string, text: string): ReadResult {
  if (/\.csv$/i.test(file)) return readCsv(file, text);
  if (/\.html?$/i.test(file)) return readSignedRecord(file, text);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error(`${file}: not JSON, CSV or a saved HTML record.`);
  }
  if ((data as EvidenceRecord)?.format === RECORD_FORMAT) return { learners: [fromRecord(file, data as EvidenceRecord, text, 'record')], warnings: [] };
  const warnings: string[] = [];
  const learners = (Array.isArray(data) ? data : [data]).map((entry, i) => fromCmi(`${file}${Array.isArray(data) ? ` [${i}]` : ''}`, entry, warnings));
  return { learners, warnings };
}

function fromRecord(file: string, record: EvidenceRecord, json: string, kind: 'record' | 'signed-record'): LearnerResults {
  const errors = schemaErrors(recordSchema, record);
  if (errors.length > 0) throw new Error(`${file}: not a valid learner's record:\n  ${errors.slice(0, 10).join('\n  ')}`);
  return {
    learnerId: record.learner.id,
    learnerName: record.learner.name,
    file,
    kind,
    cells: new Map(record.criteria.map((c) => [c.ref, { result: c.result, dateMet: c.dateMet }])),
    texts: new Map(record.criteria.map((c) => [c.ref, c.text])),
    hash: sha256(json),
  };
}

const HTML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': '\u00a0', '&amp;': '&' };
const unescapeHtml = (s: string) => s.replace(/&(lt|gt|quot|#39|nbsp|amp);/g, (e) => HTML_ENTITIES[e]);

/** The signed HTML record holds its data and the hash printed for it: a copy whose data was edited no longer matches. */
function readSignedRecord(file: string, html: string): ReadResult {
  const data = /<pre id="evidence-data"[^>]*>([\s\S]*?)<\/pre>/.exec(html);
  const printed = /<p class="hash" id="evidence-hash">([0-9a-f]{64})<\/p>/.exec(html);
  if (!data || !printed) throw new Error(`${file}: not a signed record saved from "My record" (its data or hash is missing).`);
  const json = unescapeHtml(data[1]);
  let record: EvidenceRecord;
  try {
    record = JSON.parse(json);
  } catch {
    throw new Error(`${file}: the record's data is damaged.`);
  }
  const learner = fromRecord(file, record, json, 'signed-record');
  learner.changed = learner.hash !== printed[1];
  const warnings = !learner.changed ? [] : [`${file}: the record's data does not match the hash printed on it: it has been changed since it was saved.`];
  return { learners: [learner], warnings };
}

type Cmi = Record<string, unknown>;

/** scorm-again keeps list elements as an indexed object ({"0": ..}), a childArray, or an array. */
function listOf(value: unknown): Cmi[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    const children = (value as { childArray?: unknown }).childArray;
    if (Array.isArray(children)) return children;
    return Object.entries(value as Cmi)
      .filter(([key]) => /^\d+$/.test(key))
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, v]) => v as Cmi);
  }
  return [];
}

const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');

/**
 * An objective's status, as the package writes it: passed is met, failed is not yet met; with
 * no success yet, a scored objective (a quiz criterion after a sitting) or one not attempted is
 * not yet met, and an unscored one the learner has started or completed is a workplace
 * criterion, awaiting the assessor.
 */
export function resultOf(success: string, completion: string, scored: boolean): CriterionResult {
  if (success === 'passed') return 'met';
  if (success === 'failed' || scored) return 'not-yet-met';
  return completion === 'completed' || completion === 'incomplete' ? 'awaiting-assessor' : 'not-yet-met';
}

function fromCmi(file: string, entry: unknown, warnings: string[]): LearnerResults {
  const cmi = ((entry as Cmi)?.cmi ?? entry) as Cmi;
  if (!cmi || typeof cmi !== 'object' || !('objectives' in cmi)) throw new Error(`${file}: neither a learner's record nor CMI data with objectives.`);
  const core = (cmi.core ?? {}) as Cmi;
  const learner: LearnerResults = {
    learnerId: str(cmi.learner_id) || str(core.student_id),
    learnerName: personName(str(cmi.learner_name) || str(core.student_name)),
    file,
    kind: 'cmi',
    cells: new Map(),
    texts: new Map(),
  };
  for (const objective of listOf(cmi.objectives)) {
    const ref = criterionRef(str(objective.id));
    if (!ref) {
      warnings.push(`${file}: objective "${str(objective.id)}" is not a criterion ("unit:criterion"), so it is left out.`);
      continue;
    }
    const score = (objective.score ?? {}) as Cmi;
    const scored = str(score.scaled) !== '' || str(score.raw) !== '';
    const v12 = 'status' in objective;
    const result = v12
      ? resultOf(['passed', 'failed'].includes(str(objective.status)) ? str(objective.status) : '', str(objective.status), scored)
      : resultOf(str(objective.success_status), str(objective.completion_status), scored);
    learner.cells.set(ref.ref, { result, dateMet: null });
    if (str(objective.description)) learner.texts.set(ref.ref, str(objective.description));
  }
  return learner;
}

/** The CSV columns read for LMS exports (README); the learner's record CSV is read by its own. */
export const OBJECTIVES_CSV = { id: 'learner_id', name: 'learner_name', objective: 'objective_id', status: 'status', score: 'score' } as const;

/**
 * A CSV of objectives, one row per learner and objective: learner_id, learner_name,
 * objective_id, status (passed, failed, completed, incomplete, not attempted, unknown, or met,
 * not-yet-met, awaiting-assessor) and optionally score. The learner's record CSV (criterion_ref,
 * result) reads too.
 */
function readCsv(file: string, text: string): ReadResult {
  const [header, ...rows] = parseCsv(text);
  const column = (name: string) => (header ?? []).findIndex((h) => h.trim().toLowerCase() === name);
  const record = column('criterion_ref') >= 0 && column('result') >= 0;
  const need = record ? ['learner_id', 'learner_name', 'criterion_ref', 'result'] : [OBJECTIVES_CSV.id, OBJECTIVES_CSV.name, OBJECTIVES_CSV.objective, OBJECTIVES_CSV.status];
  const missing = need.filter((n) => column(n) < 0);
  if (missing.length > 0) throw new Error(`${file}: the CSV lacks the column(s) ${missing.join(', ')}.`);
  const [idAt, nameAt, refAt, statusAt] = need.map(column);
  const scoreAt = column(OBJECTIVES_CSV.score);
  const dateAt = column('date_met');
  const byLearner = new Map<string, LearnerResults>();
  const warnings: string[] = [];
  rows.forEach((row, i) => {
    const ref = criterionRef(row[refAt] ?? '');
    if (!ref) {
      warnings.push(`${file}:${i + 2}: "${row[refAt] ?? ''}" is not a criterion ("unit:criterion"), so the row is left out.`);
      return;
    }
    const status = (row[statusAt] ?? '').trim().toLowerCase();
    const result = (CRITERION_RESULTS as string[]).includes(status)
      ? (status as CriterionResult)
      : resultOf(['passed', 'failed'].includes(status) ? status : '', status, (row[scoreAt] ?? '').trim() !== '');
    const key = `${row[idAt] ?? ''}\u0000${row[nameAt] ?? ''}`;
    if (!byLearner.has(key)) {
      byLearner.set(key, { learnerId: (row[idAt] ?? '').trim(), learnerName: personName(row[nameAt] ?? ''), file, kind: 'objectives-csv', cells: new Map(), texts: new Map() });
    }
    const date = (row[dateAt] ?? '').trim();
    byLearner.get(key)!.cells.set(ref.ref, { result, dateMet: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null });
  });
  return { learners: [...byLearner.values()], warnings };
}
