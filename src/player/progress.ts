// The learner's progress and its compact text form for cmi.suspend_data. Every entry is keyed by
// its item (a page, an activity, a criterion) with, for answers, the item's version: when a
// package is republished, what is unchanged is kept and a changed item drops only itself.
// Progress saved by the first release (format 1, one fingerprint for the whole unit) is read
// too, and converted, while the unit it was saved for is unchanged.
import { allPages, shortKey } from '../shared/activities.ts';
import type { Response, Unit } from '../shared/course.ts';
import { type ItemInfo, itemKey } from '../shared/items.ts';
import { QUESTION_KINDS } from '../shared/question-kinds.ts';

export interface Sitting {
  /** Ids of the drawn questions, in the order shown. */
  questions: string[];
  /** The learner's response to each, null while unanswered. */
  answers: (Response | null)[];
}

export interface Progress {
  /** Ids of the pages seen. */
  seen: Set<string>;
  /** Last response to each knowledge check, by question id. */
  checks: Record<string, Response>;
  /** The first path taken through each scenario to an ending (choice indices as written), by scenario id: the one recorded. */
  scenarios: Record<string, number[]>;
  /** Words written in each reflection (the text itself stays in the browser and the LMS), by reflection id. */
  reflections: Record<string, number>;
  /** The day (days since 1970-01-01, the learner's calendar) each quiz criterion was met, by criterion ref. */
  met: Record<string, number>;
  /** The day each sitting was submitted, in order. */
  sat: number[];
  /** Pool questions drawn in submitted sittings: a later sitting draws others. Forgotten once no sitting remains. */
  used: Set<string>;
  /** The sitting under way. */
  open?: Sitting;
  /** The last submitted sitting, for its review. */
  last?: Sitting;
  /** Seconds the learner has spent on the teaching (pages) and in assessment sittings; absent until timed. */
  time?: TimeSpent;
}

/**
 * Off-the-job training hours count teaching but not assessment, so the two are kept apart. They
 * travel in suspend_data (so a learner's time follows them to another computer and the LMS keeps
 * it), as an optional eleventh field of format 2 holding whole minutes: "<teaching>.<assessment>"
 * in base 36, 3 characters each up to 777 hours. Strings without it (saved before time was kept)
 * still read, with no time; a string with it is left out while both round to 0 minutes.
 */
export interface TimeSpent {
  teaching: number;
  assessment: number;
}

const FORMAT = '2';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function emptyProgress(): Progress {
  return { seen: new Set(), checks: {}, scenarios: {}, reflections: {}, met: {}, sat: [], used: new Set() };
}

// ---- Format 2 ----

const byId = (unit: Unit) => new Map(unit.items.map((item) => [item.id, item]));

/** A question's response as its kind writes it; the kind is all the codec needs of the question. */
function encodeResponse(item: ItemInfo | undefined, r: Response): string {
  return item?.type ? (QUESTION_KINDS[item.type] as { encode(r: Response): string }).encode(r) : '';
}

function decodeResponse(item: ItemInfo, text: string): Response {
  return (QUESTION_KINDS[item.type!] as { decode(s: string): Response }).decode(text);
}

function encodeSitting(items: Map<string, ItemInfo>, s: Sitting): string {
  return s.questions
    .map((id, i) => {
      const item = items.get(id);
      const answer = s.answers[i];
      return itemKey(id) + (item?.version ?? '__') + (answer === null ? '' : encodeResponse(item, answer));
    })
    .join(',');
}

export function encodeProgress(unit: Unit, p: Progress): string {
  const items = byId(unit);
  const entries = <T>(rec: Record<string, T>, value: (v: T, id: string) => string) =>
    Object.entries(rec)
      .map(([id, v]) => itemKey(id) + value(v, id))
      .join(',');
  const version = (id: string) => items.get(id)?.version ?? '__';
  return [
    FORMAT,
    [...p.seen].map(itemKey).join(''),
    entries(p.checks, (r, id) => version(id) + encodeResponse(items.get(id), r)),
    entries(p.scenarios, (path, id) => version(id) + path.map((c) => B64[c]).join('')),
    entries(p.reflections, (words) => words.toString(36)),
    entries(p.met, (day) => day.toString(36)),
    p.sat.map((day) => day.toString(36)).join('.'),
    [...p.used].map(itemKey).join(''),
    p.open ? encodeSitting(items, p.open) : '',
    p.last ? encodeSitting(items, p.last) : '',
    ...timeField(p.time),
  ].join('|');
}

function timeField(time: TimeSpent | undefined): string[] {
  const minutes = (seconds: number) => Math.round(seconds / 60);
  if (!time || minutes(time.teaching) + minutes(time.assessment) === 0) return [];
  return [`${minutes(time.teaching).toString(36)}.${minutes(time.assessment).toString(36)}`];
}

function decodeTime(text: string): TimeSpent {
  const [teaching, assessment, ...rest] = text.split('.');
  if (assessment === undefined || rest.length > 0) throw new Error(`Not a time: "${text}"`);
  return { teaching: int36(teaching) * 60, assessment: int36(assessment) * 60 };
}

/** Splits "KKKrest,KKKrest" into the known ids' entries; unknown keys (items since removed) are dropped. */
function entriesOf(text: string, ids: Map<string, string>): { id: string; rest: string }[] {
  return (text ? text.split(',') : []).flatMap((e) => {
    const id = ids.get(e.slice(0, 3));
    return id === undefined ? [] : [{ id, rest: e.slice(3) }];
  });
}

function keysOf(text: string, ids: Map<string, string>): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= text.length; i += 3) {
    const id = ids.get(text.slice(i, i + 3));
    if (id !== undefined) out.push(id);
  }
  return out;
}

const int36 = (text: string): number => {
  const n = Number.parseInt(text, 36);
  if (!Number.isFinite(n) || n < 0) throw new Error(`Not a count: "${text}"`);
  return n;
};

function decodeV2(unit: Unit, parts: string[]): Progress {
  // The eleventh part, the time spent, is optional: strings saved before it was kept have ten.
  if (parts.length !== 10 && parts.length !== 11) throw new Error(`Format 2 has 10 or 11 parts, not ${parts.length}.`);
  const items = byId(unit);
  const itemIds = new Map(unit.items.map((i) => [itemKey(i.id), i.id]));
  const pageIds = new Map(allPages(unit).map((page) => [itemKey(page.id), page.id]));
  const criteria = new Map(criteriaOf(unit).map((ref) => [itemKey(ref), ref]));
  const current = (id: string, rest: string) => rest.slice(0, 2) === items.get(id)!.version;
  const p = emptyProgress();
  p.seen = new Set(keysOf(parts[1], pageIds));
  for (const { id, rest } of entriesOf(parts[2], itemIds)) {
    if (items.get(id)!.kind === 'question' && current(id, rest)) p.checks[id] = decodeResponse(items.get(id)!, rest.slice(2));
  }
  for (const { id, rest } of entriesOf(parts[3], itemIds)) {
    if (items.get(id)!.kind === 'scenario' && current(id, rest)) p.scenarios[id] = [...rest.slice(2)].map((c) => B64.indexOf(c));
  }
  for (const { id, rest } of entriesOf(parts[4], itemIds)) if (items.get(id)!.kind === 'reflection') p.reflections[id] = int36(rest);
  for (const { id, rest } of entriesOf(parts[5], criteria)) p.met[id] = int36(rest);
  p.sat = parts[6] ? parts[6].split('.').map(int36) : [];
  p.used = new Set(keysOf(parts[7], itemIds));
  const sitting = (text: string): Sitting | undefined => {
    if (!text) return undefined;
    const drawn = entriesOf(text, itemIds).filter(({ id }) => items.get(id)!.kind === 'question' && !items.get(id)!.page);
    return {
      questions: drawn.map((d) => d.id),
      // An answer to a question that has since changed is dropped; the question stays drawn.
      answers: drawn.map(({ id, rest }) => (rest.length > 2 && current(id, rest) ? decodeResponse(items.get(id)!, rest.slice(2)) : null)),
    };
  };
  p.open = sitting(parts[8]);
  p.last = sitting(parts[9]);
  if (parts.length === 11) p.time = decodeTime(parts[10]);
  return clean(p);
}

function clean(p: Progress): Progress {
  if (p.open === undefined) delete p.open;
  if (p.last === undefined) delete p.last;
  return p;
}

/** The criteria progress can record as met: the quiz criteria, whatever the unit assesses them by. */
function criteriaOf(unit: Unit): string[] {
  return [...new Set(unit.items.filter((i) => !i.page).flatMap((i) => i.criteria)), ...unit.outcomes.flatMap((o) => o.criteria.map((c) => `${unit.facts.ref}:${c.id}`))];
}

// ---- Format 1, from the first release ----

/** The first release's format, read only when the unit is as it was then (its whole fingerprint unchanged). */
function decodeV1(unit: Unit, parts: string[], metOf: (sittings: V1Sitting[]) => Record<string, number>): Progress {
  if (parts.length !== 7 || parts[1] !== unit.fingerprint) throw new Error('Saved for another version of the unit.');
  const items = byId(unit);
  const byKey = new Map(unit.items.map((i) => [shortKey(i.id), i.id]));
  const entries = (s: string) => (s ? s.split(',') : []).map((e) => ({ id: byKey.get(e.slice(0, 4)), value: e.slice(4) }));
  const pages = allPages(unit);
  const p = emptyProgress();
  decodeBits(parts[2]).forEach((i) => pages[i] && p.seen.add(pages[i].id));
  for (const { id, value } of entries(parts[3])) if (id && items.get(id)!.type) p.checks[id] = decodeResponse(items.get(id)!, value);
  for (const { id, value } of entries(parts[4])) if (id) p.scenarios[id] = [...value].map(Number);
  for (const { id, value } of entries(parts[5])) if (id) p.reflections[id] = int36(value);
  const sittings: V1Sitting[] = (parts[6] ? parts[6].split(';') : []).map((s) => {
    const [head, ...rest] = s.split(',');
    const drawn = rest.map((e) => ({ id: byKey.get(e.slice(0, 4))!, value: e.slice(4) }));
    if (drawn.some((d) => d.id === undefined)) throw new Error('A drawn question is not in the unit.');
    return {
      questions: drawn.map((d) => d.id),
      answers: drawn.map((d) => (d.value ? decodeResponse(items.get(d.id)!, d.value) : null)),
      submitted: head[0] === 's',
      day: head[0] === 's' ? int36(head.slice(1)) : 0,
    };
  });
  const submitted = sittings.filter((s) => s.submitted);
  p.met = metOf(submitted);
  p.sat = submitted.map((s) => s.day);
  p.used = new Set(submitted.flatMap((s) => s.questions));
  const open = sittings.find((s) => !s.submitted);
  if (open) p.open = { questions: open.questions, answers: open.answers };
  const last = submitted.at(-1);
  if (last) p.last = { questions: last.questions, answers: last.answers };
  return p;
}

/** A sitting as the first release saved it. */
export interface V1Sitting extends Sitting {
  submitted: boolean;
  day: number;
}

function decodeBits(s: string): Set<number> {
  const set = new Set<number>();
  [...s].forEach((c, i) => {
    const v = B64.indexOf(c);
    if (v < 0) throw new Error(`Not a page set: "${s}"`);
    for (let b = 0; b < 6; b++) if (v & (1 << b)) set.add(i * 6 + b);
  });
  return set;
}

/**
 * Progress from saved text, or undefined when there is none or it cannot be read (damaged, cut
 * short, or saved for another version of the unit in the first release's format): the caller
 * then looks for another copy. Never throws. `metOf` marks the criteria of first-release sittings.
 */
export function decodeProgress(unit: Unit, text: string, metOf: (sittings: V1Sitting[]) => Record<string, number>): Progress | undefined {
  if (!text) return undefined;
  const parts = text.split('|');
  try {
    if (parts[0] === FORMAT) return decodeV2(unit, parts);
    if (parts[0] === '1') return decodeV1(unit, parts, metOf);
  } catch {
    // Damaged: the caller restores from another copy.
  }
  return undefined;
}
