// The legislation register, content/legislation.yaml: every Act, set of regulations or order the
// course names, with its year, whether it is still in force and what replaced it. Read and
// validated here; legislation.ts checks the content against it, and the tutor guides list it.
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isScalar, type Node, type YAMLMap } from 'yaml';
import { Diagnostics, type Position } from './diagnostics.ts';
import { capital, escapeRegExp } from '../shared/text.ts';
import { YamlReader, type YamlSource } from './yaml-reader.ts';
import { kindOf, readContentFile } from './content-files.ts';

export const REGISTER_FILE = 'legislation.yaml';
/** The project's own register, for content checked from anywhere else (test fixtures, a copy). */
const PROJECT_REGISTER = fileURLToPath(new URL(`../../content/${REGISTER_FILE}`, import.meta.url));
export const STATUSES = ['in force', 'partly in force', 'superseded', 'repealed', 'revoked'] as const;
export type Status = (typeof STATUSES)[number];
/** Statuses under which teaching the law as the one that applies now is wrong. */
export const REPLACED: readonly Status[] = ['superseded', 'repealed', 'revoked'];
const FIELDS = ['title', 'year', 'status', 'detail', 'replaced', 'replacedBy', 'aliases', 'reviewed'];
/** The word a law's title ends in; only a name ending in one of these is looked for. */
const NAME_END = /(?:^|\s)(Act|Regulations|Regulation|Order)$/;

export interface Law {
  title: string;
  year: number;
  status: Status;
  detail?: string;
  replaced?: string;
  replacedBy?: string;
  aliases: string[];
  reviewed: string;
  at: Position;
}

export interface Register {
  /** The register as diagnostics name it, even when it does not exist. */
  file: string;
  /** Absolute path of the content folder's own register, for a watcher; not of a fallback. */
  path?: string;
  laws: Law[];
  /** Every title and alias, normalised, to the laws it names (two for "Data Protection Act"). */
  names: Map<string, Law[]>;
  /** Aliases that do not end in Act, Regulations or Order, such as "UK GDPR". */
  shortForms?: RegExp;
}

/** One register entry as the tutor guide lists it. */
export interface LegislationEntry {
  title: string;
  year: number;
  status: string;
  replaced?: string;
  replacedBy?: string;
  reviewed: string;
}

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/**
 * The register of the content folder, or else the project's content/legislation.yaml (so test
 * fixtures are checked against the real register). Problems in the register are reported only
 * when it belongs to the folder being checked.
 */
export function readRegister(root: string, contentDir: string, diags: Diagnostics, today: string): Register {
  const own = join(root, contentDir, REGISTER_FILE);
  const path = [own, PROJECT_REGISTER].find((p) => kindOf(p).kind !== 'missing');
  const file = relative(root, path ?? own);
  if (!path) return registerOf(file, undefined, []);
  const told = path === own ? diags : new Diagnostics();
  const text = readContentFile(path, file, told);
  if (text === undefined) return registerOf(file, undefined, []);
  const laws = parseRegister({ file, text, firstLine: 1 }, told, today);
  return registerOf(file, path === own ? path : undefined, laws);
}

/** The register's entries for the tutor guide, in the order the register gives them. */
export function legislationEntries(root: string, contentDir = 'content'): LegislationEntry[] {
  return entriesOf(readRegister(root, contentDir, new Diagnostics(), todayIso()));
}

/** A register already read, as the tutor guide lists it. */
export function entriesOf(register: Register): LegislationEntry[] {
  return register.laws.map((law) => ({
    title: law.title,
    year: law.year,
    status: capital(law.detail ? `${law.status}: ${law.detail}` : law.status),
    ...(law.replaced ? { replaced: law.replaced } : {}),
    ...(law.replacedBy ? { replacedBy: law.replacedBy } : {}),
    reviewed: law.reviewed,
  }));
}

export function parseRegister(src: YamlSource, diags: Diagnostics, today: string): Law[] {
  const what = 'the legislation register';
  const r = new YamlReader(src, diags, what);
  if (!r.root) return [];
  r.onlyKnown(r.root, ['legislation'], what);
  const laws = (r.list(r.root, 'legislation', what) ?? []).flatMap((item, i) => readLaw(r, item, i + 1, today) ?? []);
  reportDuplicates(laws, diags);
  return laws;
}

function readLaw(r: YamlReader, item: Node, n: number, today: string): Law | undefined {
  const map = r.map(item, `entry ${n} of the legislation register`);
  if (!map) return undefined;
  const title = r.string(map, 'title', `entry ${n} of the legislation register`);
  const what = title ? `the register entry "${title}"` : `entry ${n} of the legislation register`;
  r.onlyKnown(map, FIELDS, what);
  const year = readYear(r, map, what, today);
  const status = readStatus(r, map, what);
  const detail = r.string(map, 'detail', what, false);
  const replaced = r.string(map, 'replaced', what, false);
  const replacedBy = r.string(map, 'replacedBy', what, false);
  const aliases = (r.stringList(map, 'aliases', what, false) ?? []).filter((a) => nameIsUsable(r, a.value, a.at, `The alias "${a.value}" of ${what}`));
  const reviewed = readReviewed(r, map, what, today);
  if (status && (status === 'partly in force' || status === 'superseded') && !detail) {
    r.diags.report(r.keyAt(map, 'status'), 'register-detail-missing', { what, status });
  }
  if (status && REPLACED.includes(status) && !replacedBy) {
    r.diags.report(r.keyAt(map, 'status'), 'register-replaced-by-missing', { what, status });
  }
  if (status === 'in force' && replacedBy) {
    r.diags.report(r.keyAt(map, 'replacedBy'), 'register-in-force-replaced', { what });
  }
  if (!title || !titleIsUsable(r, title, r.at(r.node(map, 'title')), n)) return undefined;
  if (year === undefined || !status || !reviewed) return undefined;
  return { title, year, status, detail, replaced, replacedBy, aliases: aliases.map((a) => a.value), reviewed, at: r.at(map) };
}

function titleIsUsable(r: YamlReader, title: string, at: Position, n: number): boolean {
  if (!nameIsUsable(r, title, at, `The title "${title}" of entry ${n}`)) return false;
  if (NAME_END.test(title)) return true;
  r.diags.report(at, 'register-title-suffix', { title, n });
  return false;
}

/** A title or alias with a year in it could never match a mention, which is read as name then year. */
function nameIsUsable(r: YamlReader, name: string, at: Position, subject: string): boolean {
  const year = /\s(\d{4})$/.exec(name);
  if (year) {
    r.diags.report(at, 'register-name-year', { subject, year: year[1] });
    return false;
  }
  return true;
}

function readYear(r: YamlReader, map: YAMLMap, what: string, today: string): number | undefined {
  const node = r.node(map, 'year');
  if (node === undefined) {
    r.diags.report(r.at(map), 'register-year-missing', { what });
    return undefined;
  }
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1200 && value <= Number(today.slice(0, 4))) return value;
  r.diags.report(r.at(node), 'register-year-invalid', { what });
  return undefined;
}

function readStatus(r: YamlReader, map: YAMLMap, what: string): Status | undefined {
  const status = r.string(map, 'status', what);
  if (status === undefined || (STATUSES as readonly string[]).includes(status)) return status as Status | undefined;
  r.diags.report(r.at(r.node(map, 'status')), 'register-status-unknown', { what, status, statuses: STATUSES });
  return undefined;
}

function readReviewed(r: YamlReader, map: YAMLMap, what: string, today: string): string | undefined {
  const reviewed = r.string(map, 'reviewed', what);
  if (reviewed === undefined) return undefined;
  const at = r.at(r.node(map, 'reviewed'));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewed) || Number.isNaN(Date.parse(reviewed)) || new Date(reviewed).toISOString().slice(0, 10) !== reviewed) {
    r.diags.report(at, 'register-reviewed-invalid', { what, today });
    return undefined;
  }
  if (reviewed > today) {
    r.diags.report(at, 'register-reviewed-future', { what, reviewed, today });
  } else if (yearAfter(reviewed) < today) {
    r.diags.report(at, 'register-review-stale', { what, reviewed });
  }
  return reviewed;
}

const yearAfter = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

function reportDuplicates(laws: Law[], diags: Diagnostics): void {
  const seen = new Map<string, Law>();
  const owner = new Map<string, Law>();
  for (const law of laws) {
    const key = `${law.title} ${law.year}`;
    const first = seen.get(key);
    if (first) diags.report(law.at, 'register-duplicate', { key, line: first.at.line });
    else seen.set(key, law);
    for (const alias of law.aliases) {
      const other = owner.get(normalName(alias)) ?? laws.find((l) => normalName(l.title) === normalName(alias));
      if (other && other.title !== law.title) {
        diags.report(law.at, 'register-alias-shared', { name: alias, other: other.title, title: law.title });
      } else owner.set(normalName(alias), law);
    }
  }
}

export const normalName = (name: string) => name.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

function registerOf(file: string, path: string | undefined, laws: Law[]): Register {
  const names = new Map<string, Law[]>();
  const shortForms: string[] = [];
  for (const law of laws) {
    for (const name of [law.title, ...law.aliases]) {
      const key = normalName(name);
      if (!names.has(key)) names.set(key, []);
      if (!names.get(key)!.includes(law)) names.get(key)!.push(law);
      if (!NAME_END.test(key) && !shortForms.includes(key)) shortForms.push(key);
    }
  }
  shortForms.sort((a, b) => b.length - a.length);
  const pattern = shortForms.length ? new RegExp(`(?<![\\w-])(?:${shortForms.map(escapeRegExp).join('|')})(?![\\w-])`, 'g') : undefined;
  return { file, path, laws, names, shortForms: pattern };
}
