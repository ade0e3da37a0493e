// Every activity of a unit as saved progress knows it: its key, its kind and its version. The
// launch page carries this index, so progress can be read and saved before a module's pages
// have loaded, and an answer saved for an activity that has since changed is dropped on its own.
import { shortKey } from './activities.ts';
import type { Activity, Block, Page, Question, QuestionType, Unit } from './course.ts';

export interface ItemInfo {
  id: string;
  kind: Activity['kind'];
  /** Questions only. */
  type?: QuestionType;
  /** Two characters that change when what an answer to it means changes (its right answers, its steps). */
  version: string;
  /** The page it is on; absent for a question of the assessment pool. */
  page?: string;
  criteria: string[];
  /** What the learner's record calls it: a scenario's title, a reflection's prompt; "" for questions. */
  title: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** `n` characters (6 bits each) of a hash of the text. */
function hashChars(text: string, n: number): string {
  const h = fnv(text);
  let out = '';
  for (let i = 0; i < n; i++) out += B64[(h >>> (6 * i)) & 63];
  return out;
}

/** The 3-character key an id (of an activity, a page or a criterion) has in saved progress. */
export const itemKey = (id: string): string => hashChars(id, 3);

/** An assessment question's short reference: the learner sees it, the answer key lists it, and it is the LMS interaction id. */
export const questionRef = (id: string): string => `Q-${shortKey(id).toUpperCase()}`;

/** What an answer to the activity means: the kind, its right answers, its steps. Wording and feedback do not count. */
export function activityVersion(a: Activity): string {
  const shape =
    a.kind === 'question'
      ? [a.type, 'options' in a ? a.options.map((o) => o.correct) : a.type === 'order' ? a.items : a.type === 'match' ? a.pairs : a.answers]
      : a.kind === 'scenario'
        ? [a.start, a.steps.map((s) => [s.id, s.choices.map((c) => c.next), s.outcome ?? ''])]
        : ['reflection'];
  return hashChars(JSON.stringify(shape), 2);
}

const isActivity = (b: Block): b is Activity => b.kind !== 'html';

function info(a: Activity, page: Page | undefined): ItemInfo {
  return {
    id: a.id,
    kind: a.kind,
    ...(a.kind === 'question' ? { type: a.type } : {}),
    version: activityVersion(a),
    ...(page ? { page: page.id } : {}),
    criteria: a.criteria,
    title: a.kind === 'scenario' ? a.title : a.kind === 'reflection' ? a.description : '',
  };
}

/** The index of a unit's activities: those on its pages in reading order, then its pool. */
export function itemsOf(unit: Pick<Unit, 'intro' | 'modules'> & { pool: Question[] }): ItemInfo[] {
  const pages = [...unit.intro, ...unit.modules.flatMap((m) => m.pages)];
  return [...pages.flatMap((p) => p.blocks.filter(isActivity).map((a) => info(a, p))), ...unit.pool.map((q) => info(q, undefined))];
}
