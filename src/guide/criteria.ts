// The criteria a unit's tutor documents list, grouped as the unit specification groups them,
// and where in the unit each activity sits.
import { allPages, criterionLabel } from '../shared/activities.ts';
import type { Activity, Unit } from '../shared/course.ts';

export interface GuideCriterion {
  /** Resolved reference, "l1-cs1:2.1". */
  ref: string;
  /** As tutors read it: "2.1", or "l1-cs3 2.2" for another unit's. */
  label: string;
  text: string;
  workplace: boolean;
}

export interface CriterionGroup {
  /** Fragment id, unique in the page. */
  anchor: string;
  title: string;
  criteria: GuideCriterion[];
}

/** A fragment id from any reference or activity id ("l1-cs1:2.1" -> "l1-cs1-2-1"). */
export const anchorOf = (prefix: string, id: string) => `${prefix}-${id.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** The unit's own outcomes, then (synoptic units) the other units' criteria by unit and outcome. */
export function criterionGroups(unit: Unit): CriterionGroup[] {
  const own = unit.outcomes.map((outcome) => ({
    anchor: anchorOf('outcome', outcome.id),
    title: `Learning outcome ${outcome.id}: ${outcome.text}`,
    criteria: outcome.criteria.map((criterion) => {
      const ref = `${unit.facts.ref}:${criterion.id}`;
      return { ref, label: criterion.id, text: criterion.text, workplace: criterion.evidence === 'workplace' };
    }),
  }));
  const external = new Map<string, CriterionGroup>();
  for (const [ref, { unitTitle, outcomeId, text }] of Object.entries(unit.external)) {
    const key = `${ref.slice(0, ref.indexOf(':'))}:${outcomeId}`;
    if (!external.has(key)) {
      external.set(key, { anchor: anchorOf('outcome', key), title: `${unitTitle}, learning outcome ${outcomeId}`, criteria: [] });
    }
    external.get(key)!.criteria.push({ ref, label: criterionLabel(unit, ref), text, workplace: false });
  }
  const byRef = (a: GuideCriterion, b: GuideCriterion) => a.ref.localeCompare(b.ref, 'en', { numeric: true });
  const others = [...external.values()].map((group) => ({ ...group, criteria: group.criteria.sort(byRef) }));
  return [...own, ...others];
}

export interface Placed<T extends Activity> {
  activity: T;
  /** "Module title › Page title", or "Introduction › Page title". */
  where: string;
}

/** Every activity on the unit's pages with the module and page it is on, in reading order. */
export function placedActivities(unit: Unit): Placed<Activity>[] {
  const moduleTitle = (pageId: string) =>
    unit.modules.find((module) => module.pages.some((page) => page.id === pageId))?.title ?? 'Introduction';
  return allPages(unit).flatMap((page) =>
    page.blocks
      .filter((block): block is Activity => block.kind !== 'html')
      .map((activity) => ({ activity, where: `${moduleTitle(page.id)} › ${page.title}` })),
  );
}
