// Criterion refs as the LMS holds them. The package sends each criterion's objective id as
// "unit:criterion" ("l1-cs1:1.1"), which SCORM identifiers make "l1-cs1_1.1" (sanitiseIdentifier
// in src/lms): unit refs are a-z, 0-9 and "-" only, so the first "_" (or ":") is the separator.

export interface CriterionRef {
  unit: string;
  criterion: string;
  /** "l1-cs1:1.1". */
  ref: string;
}

const UNIT = /^[a-z0-9][a-z0-9-]*$/;
const CRITERION = /^[0-9A-Za-z][0-9A-Za-z.]*$/;

/** The criterion an objective id names, or null for an id that is not one of ours. */
export function criterionRef(objectiveId: string): CriterionRef | null {
  const id = objectiveId.trim();
  const at = id.search(/[:_]/);
  if (at < 0) return null;
  const unit = id.slice(0, at);
  const criterion = id.slice(at + 1);
  if (!UNIT.test(unit) || !CRITERION.test(criterion)) return null;
  return { unit, criterion, ref: `${unit}:${criterion}` };
}

/** Refs in the order a reader expects: by unit, then criterion numbers as numbers ("1.2" before "1.10"). */
export function compareRefs(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
