// Plain helpers over the course model that the player, packager and tests all need.
import type { Activity, Page, Scenario, ScenarioStep, Unit } from './course.ts';

/** The unit's pages in reading order: introduction, then every module's. */
export function allPages(unit: Unit): Page[] {
  return [...unit.intro, ...unit.modules.flatMap((m) => m.pages)];
}

/** Every activity inside the pages (knowledge checks, scenarios, reflections), in reading order. */
export function pageActivities(unit: Unit): Activity[] {
  return allPages(unit).flatMap((p) => p.blocks.filter((b): b is Activity => b.kind !== 'html'));
}

/** Criteria a quiz assesses: for a synoptic unit the referenced ones, otherwise every non-workplace criterion. */
export function quizCriteria(unit: Unit): string[] {
  if (unit.facts.synoptic.length > 0) return [...new Set(unit.items.filter((i) => i.kind === 'question' && !i.page).flatMap((q) => q.criteria))].sort(compareRefs);
  return unit.outcomes.flatMap((o) => o.criteria.filter((c) => c.evidence !== 'workplace').map((c) => `${unit.facts.ref}:${c.id}`));
}

/** Criteria the assessor judges: evidenced in the workplace (a reflection and an observation or product), or observed in a synoptic practical. */
export function workplaceCriteria(unit: Unit): string[] {
  const own = unit.outcomes.flatMap((o) => o.criteria.filter((c) => c.evidence === 'workplace').map((c) => `${unit.facts.ref}:${c.id}`));
  return [...own, ...(unit.observation?.criteria.map((c) => c.ref) ?? [])];
}

/** The criterion's wording, for this unit's criteria and those it references. */
export function criterionText(unit: Unit, ref: string): string {
  const [unitRef, id] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
  if (unitRef !== unit.facts.ref) return unit.external[ref]?.text ?? ref;
  return unit.outcomes.flatMap((o) => o.criteria).find((c) => c.id === id)?.text ?? ref;
}

/** "l1-cs1:2.1" shown to people: "2.1" for this unit's own, "CS ref 2.1" style for others. */
export function criterionLabel(unit: Unit, ref: string): string {
  const colon = ref.indexOf(':');
  return ref.slice(0, colon) === unit.facts.ref ? ref.slice(colon + 1) : `${ref.slice(0, colon)} ${ref.slice(colon + 1)}`;
}

function compareRefs(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Short, stable key of an id for saved progress: 4 base-36 characters of an FNV-1a hash. */
export function shortKey(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 1679616).toString(36).padStart(4, '0');
}

/** The steps a learner passes through a scenario by taking the given choice indices, start first. */
export function scenarioPath(s: Scenario, choices: number[]): ScenarioStep[] {
  let step = s.steps.find((st) => st.id === s.start)!;
  const steps = [step];
  for (const c of choices) {
    step = s.steps.find((st) => st.id === step.choices[c]?.next) ?? step;
    steps.push(step);
  }
  return steps;
}
