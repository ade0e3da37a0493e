// The learner's record as data (src/shared/evidence-data.ts), from the course and their progress:
// a pure function, so tests pin it. Loaded with the record export only, never at launch.
import { allPages, criterionText, quizCriteria, workplaceCriteria } from '../shared/activities.ts';
import type { Unit } from '../shared/course.ts';
import { RECORD_FORMAT, RECORD_FORMAT_VERSION, type CriterionEvidence, type EvidenceRecord, type EvidenceType } from '../shared/evidence-data.ts';
import { displayName } from './names.ts';
import type { Progress } from './progress.ts';

export interface RecordSource {
  unit: Unit;
  progress: Progress;
  /** Quiz criteria met, by ref, with the day (days since 1970, the learner's calendar); a negative day when only the LMS knows it. */
  met: Map<string, number>;
  /** As the LMS gives them; "" standalone. */
  learnerName: string;
  learnerId: string;
  /** The learner's reflection texts by reflection id. */
  reflectionText: Record<string, string>;
  /** The learner's calendar day now. */
  today: number;
}

/** A day number as YYYY-MM-DD: the day is the learner's own, so it is read back as UTC. */
export const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * The sitting that met a criterion met on `day`. A retake draws only unmet criteria, so a criterion
 * with questions in the last sitting was met by it; otherwise the first sitting on that day. Null
 * for a day only the LMS knows, or a day no sitting has.
 */
export function sittingThatMet(unit: Unit, p: Progress, ref: string, day: number): number | null {
  if (day < 0) return null;
  const inLast = p.last?.questions.some((id) => unit.items.find((i) => i.id === id)?.criteria.includes(ref)) ?? false;
  if (inLast && p.sat.at(-1) === day) return p.sat.length;
  const earlier = p.last ? p.sat.slice(0, -1) : p.sat;
  const index = earlier.indexOf(day);
  return index < 0 ? null : index + 1;
}

function outcomeOf(unit: Unit, ref: string): string {
  const id = ref.slice(ref.indexOf(':') + 1);
  if (ref.slice(0, ref.indexOf(':')) !== unit.facts.ref) return unit.external[ref]?.outcomeId ?? '';
  return unit.outcomes.find((o) => o.criteria.some((c) => c.id === id))?.id ?? '';
}

/** A workplace criterion judged on a piece of work the learner hands in, or observed (at work, or in a synoptic simulation). */
function workplaceEvidence(unit: Unit, ref: string): EvidenceType {
  const own = unit.outcomes.flatMap((o) => o.criteria).find((c) => `${unit.facts.ref}:${c.id}` === ref);
  return own?.product ? 'workplace-product' : 'workplace-observation';
}

export function evidenceRecord(s: RecordSource): EvidenceRecord {
  const { unit, progress: p } = s;
  const saved = unit.items.filter((i) => i.kind === 'reflection' && i.id in p.reflections && s.reflectionText[i.id]?.trim());
  const reflectionOn = (ref: string) => {
    const texts = saved.filter((i) => i.criteria.includes(ref)).map((i) => s.reflectionText[i.id]);
    return texts.length > 0 ? texts.join('\n\n') : null;
  };
  const code = Object.values(unit.facts.codes)[0] ?? '';
  const entry = (ref: string, fields: Pick<CriterionEvidence, 'result' | 'dateMet' | 'sitting'>, method: EvidenceType): CriterionEvidence => {
    const reflection = reflectionOn(ref);
    const unitRef = ref.slice(0, ref.indexOf(':'));
    return {
      unit: unitRef,
      unitCode: unitRef === unit.facts.ref ? code : '',
      outcome: outcomeOf(unit, ref),
      criterion: ref.slice(ref.indexOf(':') + 1),
      ref,
      text: criterionText(unit, ref),
      ...fields,
      evidence: reflection === null ? [method] : [method, 'reflection'],
      reflection,
    };
  };
  const quiz = quizCriteria(unit).map((ref) => {
    const day = s.met.get(ref);
    if (day === undefined) return entry(ref, { result: 'not-yet-met', dateMet: null, sitting: null }, 'quiz');
    return entry(ref, { result: 'met', dateMet: day < 0 ? null : isoDay(day), sitting: sittingThatMet(unit, p, ref, day) }, 'quiz');
  });
  const workplace = workplaceCriteria(unit).map((ref) => entry(ref, { result: 'awaiting-assessor', dateMet: null, sitting: null }, workplaceEvidence(unit, ref)));
  const pages = allPages(unit);
  return {
    format: RECORD_FORMAT,
    formatVersion: RECORD_FORMAT_VERSION,
    generated: isoDay(s.today),
    learner: { id: s.learnerId, name: s.learnerName ? displayName(s.learnerName) : '' },
    unit: { id: unit.facts.id, ref: unit.facts.ref, title: unit.facts.title, version: unit.facts.version, level: unit.facts.level ?? null, codes: unit.facts.codes },
    pages: { viewed: pages.filter((page) => p.seen.has(page.id)).length, total: pages.length },
    sittings: p.sat.map((day, i) => ({ number: i + 1, date: isoDay(day) })),
    time: { teachingMinutes: Math.round((p.time?.teaching ?? 0) / 60), assessmentMinutes: Math.round((p.time?.assessment ?? 0) / 60) },
    criteria: [...quiz, ...workplace],
  };
}
