// Checks that need the whole unit (and, for synoptic units, the units it draws on): unique ids,
// criteria that exist, and every criterion taught, checked and assessed. Produces the final Unit.
import { createHash } from 'node:crypto';
import { itemsOf } from '../shared/items.ts';
import type { Activity, Block, Module, Outcome, Page, Question, Unit } from '../shared/course.ts';
import type { ParsedActivity } from './activities.ts';
import type { Diagnostics, Position } from './diagnostics.ts';
import type { DraftPage, DraftUnit } from './unit-folder.ts';
import type { CriterionMention } from './yaml-reader.ts';
import { checkProgressKeys, checkQuestionRefs } from './key-clashes.ts';

/** What other units may reference: each unit's ref, title and outcomes. */
export type UnitRegistry = Map<string, { title: string; outcomes: Outcome[] }>;

/** The registry of every unit read; a ref used by an earlier unit is reported and left to that unit. */
export function buildRegistry(drafts: DraftUnit[], diags: Diagnostics): UnitRegistry {
  const registry: UnitRegistry = new Map();
  const dirs = new Map<string, string>();
  for (const { dir, unitFile } of drafts) {
    const { ref, title } = unitFile.facts;
    const first = dirs.get(ref);
    if (first !== undefined) {
      diags.report(unitFile.refAt, 'unit-ref-duplicate', { ref, first });
      continue;
    }
    dirs.set(ref, dir);
    registry.set(ref, { title, outcomes: unitFile.outcomes });
  }
  return registry;
}

/**
 * The unit as the player and packager read it: criteria resolved to "unitRef:id" into new
 * activity and module objects (the parsed ones keep the criteria as written), then checked.
 */
export function finishUnit(draft: DraftUnit, registry: UnitRegistry, diags: Diagnostics): Unit {
  const { facts, outcomes, assessment, terms } = draft.unitFile;
  const external: Unit['external'] = {};
  const target = { facts, outcomes, external };
  const resolve = (mentions: CriterionMention[]) => mentions.flatMap((m) => resolveRef(m, target, registry, diags) ?? []);
  // Modules first, then activities: the order other units' criteria are met in is the order they are listed in.
  const taught = draft.modules.map((m) => resolve(m.mentions));
  const resolved = new Map<ParsedActivity, Activity>();
  for (const { parsed } of draft.activities) {
    resolved.set(parsed, { ...parsed.activity, criteria: resolve(parsed.mentions) } as Activity);
    if (parsed.mentions.length === 0) {
      diags.report(parsed.at, 'activity-no-criteria', { label: label(parsed.activity) });
    }
  }
  const page = (p: DraftPage): Page => ({
    id: p.id,
    title: p.title,
    blocks: p.blocks.map((b): Block => ('activity' in b ? resolved.get(b)! : b)),
  });
  const observed = draft.unitFile.observation;
  const observation = observed && {
    title: observed.title,
    brief: observed.brief,
    criteria: observed.criteria.flatMap((c) => resolve([c.mention]).map((ref) => ({ ref, checklist: c.checklist }))),
  };
  const modules = draft.modules.map(
    (m, i): Module => ({ id: m.id, file: m.file, title: m.title, criteria: taught[i], minutes: m.minutes, pages: m.pages.map(page) }),
  );
  const unit: Unit = {
    facts,
    outcomes,
    assessment,
    terms,
    intro: draft.intro.map(page),
    modules,
    pool: draft.pool.map((p) => resolved.get(p) as Question),
    external,
    ...(observation ? { observation } : {}),
    aids: draft.aids,
    items: [],
    fingerprint: '',
  };
  checkUniqueIds(draft, diags);
  checkUniqueModules(draft, diags);
  checkProgressKeys(draft.activities.map(({ parsed }) => ({ id: parsed.activity.id, at: parsed.at })), diags);
  // Pages are saved as seen by the keys of their ids too (ids made from their headings).
  checkProgressKeys([...draft.intro, ...draft.modules.flatMap((m) => m.pages)].map((p) => ({ id: p.id, at: p.source.at })), diags);
  checkQuestionRefs(draft.pool.map((parsed) => ({ id: parsed.activity.id, at: parsed.at })), diags);
  const activities = draft.activities.map(({ parsed, place }) => ({ activity: resolved.get(parsed)!, place }));
  // An observed synoptic unit is judged by its assessor, so its questions are practice and need not cover anything.
  if (facts.synoptic.length > 0 && !observation) checkSynopticCoverage(draft, unit, registry, diags);
  else if (observation && unit.pool.length > 0) diags.report(draft.pool[0].at, 'observation-with-pool', {});
  else checkCoverage(draft, unit, activities, diags);
  return { ...unit, items: itemsOf(unit), fingerprint: fingerprint(unit) };
}

function label(a: { kind: string; id: string }): string {
  return `The ${a.kind} "${a.id}"`;
}

/** The unit being finished: its own criteria, and the other units' it references, gathered as found. */
type ResolveTarget = Pick<Unit, 'facts' | 'outcomes' | 'external'>;

function resolveRef(m: CriterionMention, unit: ResolveTarget, registry: UnitRegistry, diags: Diagnostics): string | undefined {
  const colon = m.ref.indexOf(':');
  const unitRef = colon < 0 ? unit.facts.ref : m.ref.slice(0, colon);
  const id = colon < 0 ? m.ref : m.ref.slice(colon + 1);
  const target = unitRef === unit.facts.ref ? { title: unit.facts.title, outcomes: unit.outcomes } : registry.get(unitRef);
  if (!target) {
    diags.report(m.at, 'criterion-unknown-unit', { ref: m.ref, unit: unitRef, units: [...registry.keys()] });
    return undefined;
  }
  const outcome = target.outcomes.find((o) => o.criteria.some((c) => c.id === id));
  if (!outcome) {
    const known = target.outcomes.flatMap((o) => o.criteria.map((c) => c.id));
    diags.report(m.at, 'criterion-unknown', { ref: m.ref, where: unitRef === unit.facts.ref ? 'unit.md' : `unit ${unitRef}`, known });
    return undefined;
  }
  const full = `${unitRef}:${id}`;
  if (unitRef !== unit.facts.ref) {
    const text = outcome.criteria.find((c) => c.id === id)!.text;
    unit.external[full] = { unitTitle: target.title, outcomeId: outcome.id, text };
  }
  return full;
}

function checkUniqueIds(draft: DraftUnit, diags: Diagnostics): void {
  const seen = new Map<string, Position>();
  for (const { parsed } of draft.activities) {
    const { id } = parsed.activity;
    const first = seen.get(id);
    if (first) {
      diags.report(parsed.at, 'duplicate-id', { id, first: `${first.file}:${first.line}` });
    } else if (id) seen.set(id, parsed.at);
  }
}

/** A module's id comes from its file name without the number, and names its pages and its --split package. */
function checkUniqueModules(draft: DraftUnit, diags: Diagnostics): void {
  const seen = new Map<string, string>();
  for (const module of draft.modules) {
    const file = module.file.split('/').pop()!;
    const first = seen.get(module.id);
    if (first !== undefined) {
      diags.report(module.at, 'duplicate-module-id', { file, id: module.id, first });
    } else seen.set(module.id, file);
  }
}

function checkCoverage(draft: DraftUnit, unit: Unit, activities: { activity: Activity; place: string }[], diags: Diagnostics): void {
  const count = (pred: (a: Activity, place: string) => boolean, ref: string) =>
    activities.filter(({ activity, place }) => pred(activity, place) && activity.criteria.includes(ref)).length;
  for (const o of unit.outcomes) {
    for (const c of o.criteria) {
      const ref = `${unit.facts.ref}:${c.id}`;
      const at = draft.unitFile.criterionAt.get(c.id)!;
      if (!unit.modules.some((m) => m.criteria.includes(ref))) diags.report(at, 'criterion-no-teaching', { id: c.id });
      if (count((a, place) => a.kind === 'question' && place === 'module', ref) < 1) diags.report(at, 'criterion-no-check', { id: c.id });
      if (c.evidence === 'workplace') {
        if (count((a) => a.kind === 'reflection', ref) < 1) diags.report(at, 'workplace-no-reflection', { id: c.id });
        if (!c.checklist?.length) diags.report(at, 'workplace-no-checklist', { id: c.id });
      } else {
        const n = count((_a, place) => place === 'pool', ref);
        const { perCriterion, attempts } = unit.assessment;
        if (n < perCriterion * attempts) diags.report(at, 'criterion-too-few-questions', { id: c.id, count: n, perCriterion, attempts });
      }
    }
  }
}

/** A synoptic unit assesses other units by questions: every outcome of each appears, every criterion in enough questions for every sitting. */
function checkSynopticCoverage(draft: DraftUnit, unit: Unit, registry: UnitRegistry, diags: Diagnostics): void {
  const at: Position = draft.unitFile.criterionAt.values().next().value ?? { file: `${draft.dir}/unit.md`, line: 1, col: 1 };
  const used = unit.pool.flatMap((q) => q.criteria);
  for (const ref of unit.facts.synoptic) {
    const target = registry.get(ref);
    if (!target) {
      diags.report(at, 'synoptic-unit-unknown', { ref });
      continue;
    }
    for (const o of target.outcomes) {
      if (!o.criteria.some((c) => used.includes(`${ref}:${c.id}`))) {
        diags.report(at, 'synoptic-outcome-unassessed', { unit: ref, outcome: o.id });
      }
    }
  }
  const { perCriterion, attempts } = unit.assessment;
  for (const ref of new Set(used)) {
    const n = used.filter((u) => u === ref).length;
    if (n < perCriterion * attempts) {
      const q = draft.pool[unit.pool.findIndex((p) => p.criteria.includes(ref))];
      diags.report(q.at, 'synoptic-criterion-too-few', { ref, count: n, perCriterion, attempts });
    }
  }
}

/**
 * Changes when anything that saved progress refers to changes: ids, answers, pages, criteria.
 * Its input is what it was when progress was first saved, field for field (the question kinds
 * that have no options, items, pairs or answers give empty lists), so saved progress still fits.
 */
function fingerprint(unit: Unit): string {
  const shape = (a: Activity) =>
    a.kind === 'question'
      ? [
          a.id,
          a.type,
          a.criteria,
          'options' in a ? a.options.map((o) => o.correct) : [],
          a.type === 'order' ? a.items : [],
          a.type === 'match' ? a.pairs : [],
          a.type === 'text' ? a.answers : [],
        ]
      : a.kind === 'scenario'
        ? [a.id, a.criteria, a.steps.map((s) => [s.id, s.choices.map((c) => c.next), s.outcome ?? ''])]
        : [a.id, a.criteria];
  const pages = [...unit.intro, ...unit.modules.flatMap((m) => m.pages)];
  const data = {
    pages: pages.map((p) => [p.id, p.blocks.flatMap((b) => (b.kind === 'html' ? [] : [shape(b)]))]),
    pool: unit.pool.map(shape),
    outcomes: unit.outcomes,
    assessment: unit.assessment,
  };
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 12);
}
