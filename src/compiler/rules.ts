// Checks that need the whole unit (and, for synoptic units, the units it draws on): unique ids,
// criteria that exist, and every criterion taught, checked and assessed. Produces the final Unit.
import { createHash } from 'node:crypto';
import { shortKey } from '../shared/activities.ts';
import type { Activity, Outcome, Unit } from '../shared/course.ts';
import type { Diagnostics, Position } from './diagnostics.ts';
import type { DraftUnit } from './unit-folder.ts';
import type { CriterionMention } from './yaml-reader.ts';

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
      diags.error(unitFile.refAt, `The unit ref "${ref}" is also the ref of ${first}. Other units name a unit by its ref in criteria such as "${ref}:1.1", and packages use it in objective ids, so each unit needs its own: change one.`);
      continue;
    }
    dirs.set(ref, dir);
    registry.set(ref, { title, outcomes: unitFile.outcomes });
  }
  return registry;
}

export function finishUnit(draft: DraftUnit, registry: UnitRegistry, diags: Diagnostics): Unit {
  const { facts, outcomes, assessment, terms } = draft.unitFile;
  const unit: Unit = {
    facts,
    outcomes,
    assessment,
    terms,
    intro: draft.intro,
    modules: draft.modules.map((m) => m.module),
    pool: draft.pool.map((p) => p.activity),
    external: {},
    fingerprint: '',
  };
  const resolve = (m: CriterionMention) => resolveRef(m, unit, registry, diags);
  for (const dm of draft.modules) dm.module.criteria = dm.mentions.flatMap((m) => resolve(m) ?? []);
  for (const { parsed } of draft.activities) {
    (parsed.activity as Activity).criteria = parsed.mentions.flatMap((m) => resolve(m) ?? []);
    if (parsed.mentions.length === 0) {
      diags.error(parsed.at, `${label(parsed.activity)} lists no criteria. Add criteria: ["1.1"] naming what it assesses.`);
    }
  }
  checkUniqueIds(draft, diags);
  checkUniqueModules(draft, diags);
  checkProgressKeys(draft.activities.map(({ parsed }) => ({ id: parsed.activity.id, at: parsed.at })), diags);
  if (facts.synoptic.length > 0) checkSynopticCoverage(draft, unit, registry, diags);
  else checkCoverage(draft, unit, diags);
  unit.fingerprint = fingerprint(unit);
  return unit;
}

function label(a: Activity): string {
  return `The ${a.kind} "${a.id}"`;
}

function resolveRef(m: CriterionMention, unit: Unit, registry: UnitRegistry, diags: Diagnostics): string | undefined {
  const colon = m.ref.indexOf(':');
  const unitRef = colon < 0 ? unit.facts.ref : m.ref.slice(0, colon);
  const id = colon < 0 ? m.ref : m.ref.slice(colon + 1);
  const target = unitRef === unit.facts.ref ? { title: unit.facts.title, outcomes: unit.outcomes } : registry.get(unitRef);
  if (!target) {
    diags.error(m.at, `Criterion "${m.ref}" names the unit "${unitRef}", which does not exist. Use a unit ref from a unit.md: ${[...registry.keys()].join(', ')}.`);
    return undefined;
  }
  const outcome = target.outcomes.find((o) => o.criteria.some((c) => c.id === id));
  if (!outcome) {
    const known = target.outcomes.flatMap((o) => o.criteria.map((c) => c.id));
    const hint = known.length ? `Use one of: ${known.join(', ')}.` : 'This unit declares no criteria of its own: reference another unit\'s, such as "l1-cs1:1.1".';
    diags.error(m.at, `Criterion "${m.ref}" is not in ${unitRef === unit.facts.ref ? 'unit.md' : `unit ${unitRef}`}. ${hint}`);
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
      diags.error(parsed.at, `The id "${id}" is used twice in this unit (first at ${first.file}:${first.line}). Ids key the learner's saved progress, so each must be unique: rename one.`);
    } else if (id) seen.set(id, parsed.at);
  }
}

/** A module's id comes from its file name without the number, and names its pages and its --split package. */
function checkUniqueModules(draft: DraftUnit, diags: Diagnostics): void {
  const seen = new Map<string, string>();
  for (const { module, at } of draft.modules) {
    const file = module.file.split('/').pop()!;
    const first = seen.get(module.id);
    if (first !== undefined) {
      diags.error(at, `${file} is the module "${module.id}", like ${first}: a module's id is its file name without the number, and names its pages and, when modules are packaged one at a time, its package. Rename one of the files.`);
    } else seen.set(module.id, file);
  }
}

/**
 * Saved progress keys every activity by shortKey(id), 4 characters, so two ids that share a key
 * would overwrite each other's answers. `key` is there for tests: real collisions are rare.
 */
export function checkProgressKeys(activities: { id: string; at: Position }[], diags: Diagnostics, key = shortKey): void {
  const seen = new Map<string, { id: string; at: Position }>();
  for (const activity of activities) {
    if (!activity.id) continue;
    const k = key(activity.id);
    const first = seen.get(k);
    if (!first) seen.set(k, activity);
    else if (first.id !== activity.id) {
      diags.error(activity.at, `The ids "${first.id}" (at ${first.at.file}:${first.at.line}) and "${activity.id}" have the same short key "${k}" in the learner's saved progress, so one would overwrite the other's answers. Rename one of them.`);
    }
  }
}

function checkCoverage(draft: DraftUnit, unit: Unit, diags: Diagnostics): void {
  const count = (pred: (a: Activity, place: string) => boolean, ref: string) =>
    draft.activities.filter(({ parsed, place }) => pred(parsed.activity, place) && parsed.activity.criteria.includes(ref)).length;
  for (const o of unit.outcomes) {
    for (const c of o.criteria) {
      const ref = `${unit.facts.ref}:${c.id}`;
      const at = draft.unitFile.criterionAt.get(c.id)!;
      const gaps: string[] = [];
      if (!unit.modules.some((m) => m.criteria.includes(ref))) gaps.push(`no module teaches it (add "${c.id}" to a module's criteria)`);
      if (count((a, place) => a.kind === 'question' && place === 'module', ref) < 1) gaps.push('it has no knowledge check (add a question block to a module)');
      if (c.evidence === 'workplace') {
        if (count((a) => a.kind === 'reflection', ref) < 1) gaps.push('it is evidenced in the workplace but has no reflection (add a reflection block)');
      } else {
        const n = count((_a, place) => place === 'pool', ref);
        if (n < 2) gaps.push(`it has ${n} assessment question${n === 1 ? '' : 's'} and needs at least 2, so a retake can draw a fresh one (add to assessment.md)`);
      }
      for (const gap of gaps) diags.error(at, `Criterion ${c.id}: ${gap}.`);
    }
  }
}

/** A synoptic unit assesses other units: every outcome of each appears, every criterion used twice. */
function checkSynopticCoverage(draft: DraftUnit, unit: Unit, registry: UnitRegistry, diags: Diagnostics): void {
  const at: Position = draft.unitFile.criterionAt.values().next().value ?? { file: `${draft.dir}/unit.md`, line: 1, col: 1 };
  const used = unit.pool.flatMap((q) => q.criteria);
  for (const ref of unit.facts.synoptic) {
    const target = registry.get(ref);
    if (!target) {
      diags.error(at, `The synoptic unit names "${ref}", which is not a unit ref. Use refs from the units' unit.md files.`);
      continue;
    }
    for (const o of target.outcomes) {
      if (!o.criteria.some((c) => used.includes(`${ref}:${c.id}`))) {
        diags.error(at, `Learning outcome ${o.id} of ${ref} is not assessed by any question in assessment.md. Add a question whose criteria include one of ${ref}'s ${o.id}.x criteria.`);
      }
    }
  }
  for (const ref of new Set(used)) {
    const n = used.filter((u) => u === ref).length;
    if (n < 2) {
      const q = draft.pool.find((p) => p.activity.criteria.includes(ref))!;
      diags.error(q.at, `Criterion ${ref} is assessed by only 1 question; it needs at least 2, so a retake can draw a fresh one. Reference it in another question.`);
    }
  }
}

/** Changes when anything that saved progress refers to changes: ids, answers, pages, criteria. */
function fingerprint(unit: Unit): string {
  const shape = (a: Activity) =>
    a.kind === 'question'
      ? [a.id, a.type, a.criteria, a.options.map((o) => o.correct), a.items, a.pairs, a.answers]
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
