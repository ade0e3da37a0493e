import { createHash } from 'node:crypto';
import type { Module, Outcome, Unit } from '../shared/course.ts';

/** Id of the unit made from one module: "<unit>-<module id>". */
export const moduleUnitId = (unit: Unit, module: Module) => `${unit.facts.id}-${module.id}`;

/** The unit's own criteria in resolved form ("l1-cs1:2.1"), as modules and questions cite them. */
export const criterionRef = (unit: Unit, criterionId: string) => `${unit.facts.ref}:${criterionId}`;

function outcomesWithin(unit: Unit, taught: Set<string>): Outcome[] {
  return unit.outcomes
    .map((outcome) => ({
      ...outcome,
      criteria: outcome.criteria.filter((criterion) => taught.has(criterionRef(unit, criterion.id))),
    }))
    .filter((outcome) => outcome.criteria.length > 0);
}

function externalWithin(unit: Unit, taught: Set<string>): Unit['external'] {
  return Object.fromEntries(Object.entries(unit.external).filter(([ref]) => taught.has(ref)));
}

// Derived from the whole unit's fingerprint, so the module package drops old progress whenever
// the unit's does: the packager cannot tell which of the unit's changes touch this module.
function subsetFingerprint(unit: Unit, module: Module, poolIds: string[]): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([unit.fingerprint, module.id, poolIds]))
    .digest('hex');
  return digest.slice(0, Math.max(unit.fingerprint.length, 16));
}

function moduleUnit(unit: Unit, module: Module): Unit {
  const taught = new Set(module.criteria);
  const pool = unit.pool.filter((question) => question.criteria.every((ref) => taught.has(ref)));
  return {
    ...unit,
    facts: { ...unit.facts, id: moduleUnitId(unit, module), title: `${unit.facts.title}: ${module.title}` },
    outcomes: outcomesWithin(unit, taught),
    modules: [module],
    pool,
    external: externalWithin(unit, taught),
    fingerprint: subsetFingerprint(
      unit,
      module,
      pool.map((question) => question.id),
    ),
  };
}

/** One unit per module, for tutors who assign modules one at a time. */
export function splitByModule(unit: Unit): Unit[] {
  return unit.modules.map((module) => moduleUnit(unit, module));
}
