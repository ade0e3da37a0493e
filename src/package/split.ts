import { createHash } from 'node:crypto';
import type { Activity, Block, KeyTerm, Module, Observation, Outcome, Page, Question, Unit } from '../shared/course.ts';
import { itemsOf } from '../shared/items.ts';

/** Id of the unit made from one module: "<unit>-<module id>". */
export const moduleUnitId = (unit: Unit, module: Module) => `${unit.facts.id}-${module.id}`;

/** The unit's own criteria in resolved form ("l1-cs1:2.1"), as modules and questions cite them. */
export const criterionRef = (unit: Unit, criterionId: string) => `${unit.facts.ref}:${criterionId}`;

/** Modules that get a package of their own: those teaching at least one criterion (an orientation module has nothing to assess). */
export const packagedModules = (unit: Unit): Module[] => unit.modules.filter((module) => module.criteria.length > 0);

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

function observationWithin(observation: Observation | undefined, taught: Set<string>): Observation | undefined {
  if (!observation) return undefined;
  const criteria = observation.criteria.filter((criterion) => taught.has(criterion.ref));
  return criteria.length > 0 ? { ...observation, criteria } : undefined;
}

// A scenario or reflection may also cite criteria another module teaches; in the module's own
// package it speaks only of this module's, so the learner's record and the LMS's objectives
// never name a criterion the package does not teach. What it asks and how it is marked is unchanged.
function blocksWithin(blocks: Block[], taught: Set<string>): Block[] {
  return blocks.map((block): Block =>
    block.kind === 'html' ? block : ({ ...block, criteria: block.criteria.filter((ref) => taught.has(ref)) } as Activity),
  );
}

function moduleWithin(module: Module, taught: Set<string>): Module {
  return { ...module, pages: module.pages.map((page) => ({ ...page, blocks: blocksWithin(page.blocks, taught) })) };
}

// The compiler marks each term's first use on every page with the term's index in the unit's
// list, so the package's list keeps the unit's terms that its pages use, each first used on
// the first of its pages to use it.
function termsWithin(terms: KeyTerm[], pages: Page[]): KeyTerm[] {
  return terms.flatMap((term, index) => {
    const marker = `id="term-def-${index}"`;
    const page = pages.find((candidate) => candidate.blocks.some((block) => block.kind === 'html' && block.html.includes(marker)));
    return page ? [{ ...term, page: page.id }] : [];
  });
}

// Derived from the whole unit's fingerprint, so the module package drops old progress whenever
// the unit's does: the packager cannot tell which of the unit's changes touch this module.
function subsetFingerprint(unit: Unit, module: Module, poolIds: string[]): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([unit.fingerprint, module.id, poolIds]))
    .digest('hex');
  return digest.slice(0, Math.max(unit.fingerprint.length, 16));
}

/** The pool questions a module's package holds: those whose criteria are all taught by the module. */
export function poolWithin(unit: Unit, module: Module): Question[] {
  const taught = new Set(module.criteria);
  return unit.pool.filter((question) => question.criteria.every((ref) => taught.has(ref)));
}

/**
 * The unit as one module's package: that module's pages, and only its criteria in the outcomes,
 * the pool, the observation, the activities and the index saved progress reads. The unit's
 * introduction is left out, as it speaks of the whole unit.
 */
function moduleUnit(unit: Unit, module: Module): Unit {
  const taught = new Set(module.criteria);
  const pool = poolWithin(unit, module);
  const own = moduleWithin(module, taught);
  const observation = observationWithin(unit.observation, taught);
  const part: Unit = {
    ...unit,
    facts: {
      ...unit.facts,
      id: moduleUnitId(unit, module),
      title: `${unit.facts.title}: ${module.title}`,
      purpose: `${module.title}: one module of ${unit.facts.title}, taken on its own.`,
      partOf: unit.facts.title,
    },
    outcomes: outcomesWithin(unit, taught),
    terms: termsWithin(unit.terms, own.pages),
    intro: [],
    modules: [own],
    pool,
    external: externalWithin(unit, taught),
    items: [],
    fingerprint: subsetFingerprint(
      unit,
      module,
      pool.map((question) => question.id),
    ),
  };
  delete part.observation;
  if (observation) part.observation = observation;
  return { ...part, items: itemsOf(part) };
}

/** One unit per module that teaches criteria, for tutors who assign modules one at a time. */
export function splitByModule(unit: Unit): Unit[] {
  return packagedModules(unit).map((module) => moduleUnit(unit, module));
}
