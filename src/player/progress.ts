// The learner's progress and its compact text form for cmi.suspend_data. Entries are keyed by
// short hashes of activity ids; the content fingerprint guards against misapplying old progress.
import { allPages, shortKey } from '../shared/activities.ts';
import type { Question, Response, Unit } from '../shared/course.ts';
import { kindOf } from '../shared/question-kinds.ts';

export interface Sitting {
  /** Ids of the drawn questions, in the order shown. */
  questions: string[];
  /** The learner's response to each, null while unanswered. */
  answers: (Response | null)[];
  submitted: boolean;
  /** Day the sitting was submitted (days since 1970-01-01), 0 while open. */
  day: number;
}

export interface Progress {
  /** Indices (in allPages order) of the pages seen. */
  seen: Set<number>;
  /** Last response to each knowledge check, by question id. */
  checks: Record<string, Response>;
  /** Choice indices taken through each scenario played to an ending, by scenario id. */
  scenarios: Record<string, number[]>;
  /** Words written in each reflection (the text itself stays in the browser), by reflection id. */
  reflections: Record<string, number>;
  sittings: Sitting[];
}

const VERSION = '1';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function emptyProgress(): Progress {
  return { seen: new Set(), checks: {}, scenarios: {}, reflections: {}, sittings: [] };
}

export function encodeProgress(unit: Unit, p: Progress): string {
  const questions = questionIndex(unit);
  const response = (id: string, r: Response | null) => (r === null ? '' : kindOf(questions.get(id)!).encode(r));
  const list = (rec: Record<string, string>) =>
    Object.entries(rec)
      .map(([id, v]) => shortKey(id) + v)
      .join(',');
  return [
    VERSION,
    unit.fingerprint,
    encodeBits(p.seen, allPages(unit).length),
    list(mapValues(p.checks, (r, id) => response(id, r))),
    list(mapValues(p.scenarios, (path) => path.join(''))),
    list(mapValues(p.reflections, (words) => words.toString(36))),
    p.sittings
      .map((s) => (s.submitted ? 's' + s.day.toString(36) : 'o') + s.questions.map((id, i) => ',' + shortKey(id) + response(id, s.answers[i])).join(''))
      .join(';'),
  ].join('|');
}

/** Progress from saved text; empty when there is none, it is unreadable, or the content changed. */
export function decodeProgress(unit: Unit, text: string): Progress {
  const parts = text.split('|');
  if (parts.length !== 7 || parts[0] !== VERSION || parts[1] !== unit.fingerprint) return emptyProgress();
  try {
    const questions = questionIndex(unit);
    const byKey = new Map([...questions.keys(), ...activityIds(unit)].map((id) => [shortKey(id), id]));
    const entries = (s: string) => (s ? s.split(',') : []).map((e) => ({ id: byKey.get(e.slice(0, 4)), value: e.slice(4) }));
    const p = emptyProgress();
    p.seen = decodeBits(parts[2]);
    for (const { id, value } of entries(parts[3])) if (id && questions.has(id)) p.checks[id] = kindOf(questions.get(id)!).decode(value);
    for (const { id, value } of entries(parts[4])) if (id) p.scenarios[id] = [...value].map(Number);
    for (const { id, value } of entries(parts[5])) if (id) p.reflections[id] = parseInt(value, 36);
    p.sittings = (parts[6] ? parts[6].split(';') : []).map((s) => {
      const [head, ...rest] = s.split(',');
      const drawn = rest.map((e) => ({ id: byKey.get(e.slice(0, 4))!, value: e.slice(4) }));
      return {
        questions: drawn.map((d) => d.id),
        answers: drawn.map((d) => (d.value ? kindOf(questions.get(d.id)!).decode(d.value) : null)),
        submitted: head[0] === 's',
        day: head[0] === 's' ? parseInt(head.slice(1), 36) : 0,
      };
    });
    return p;
  } catch {
    return emptyProgress();
  }
}

function questionIndex(unit: Unit): Map<string, Question> {
  const all = [...unit.pool, ...allPages(unit).flatMap((p) => p.blocks.filter((b): b is Question => b.kind === 'question'))];
  return new Map(all.map((q) => [q.id, q]));
}

function activityIds(unit: Unit): string[] {
  return allPages(unit).flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'html' ? [] : [b.id])));
}

function mapValues<T>(rec: Record<string, T>, f: (v: T, id: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, f(v, k)]));
}

function encodeBits(set: Set<number>, size: number): string {
  let out = '';
  for (let i = 0; i < size; i += 6) {
    let v = 0;
    for (let b = 0; b < 6; b++) if (set.has(i + b)) v |= 1 << b;
    out += B64[v];
  }
  return out.replace(/A+$/, '');
}

function decodeBits(s: string): Set<number> {
  const set = new Set<number>();
  [...s].forEach((c, i) => {
    const v = B64.indexOf(c);
    for (let b = 0; b < 6; b++) if (v & (1 << b)) set.add(i * 6 + b);
  });
  return set;
}
