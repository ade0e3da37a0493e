// Seeded damage to a copy of a unit folder, for tests/compiler/fuzz.test.ts: the kinds of
// damage seen when the real content was mutated by hand, each drawn from a tiny deterministic
// generator so that a failing run can be repeated from its number alone.
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';

/** mulberry32: a small, fast 32-bit generator; the same seed always gives the same numbers. */
export function generator(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return { int, pick: <T>(items: readonly T[]) => items[int(items.length)] };
}

export interface Random {
  /** A whole number from 0 to below - 1. */
  int(below: number): number;
  pick<T>(items: readonly T[]): T;
}

/** One kind of damage to the file at `path`, with what it did, for the failure message. */
export type Mutation = (path: string, random: Random) => string;

const text = (path: string) => readFileSync(path, 'utf8');
const lines = (path: string) => text(path).split('\n');
const writeLines = (path: string, all: string[]) => writeFileSync(path, all.join('\n'));

/** Deep structures of the kinds that overflowed the stack or took minutes, at a random depth. */
function deepText(random: Random): string {
  const depth = 5 + random.int(3000);
  return random.pick([
    () => '>'.repeat(depth) + ' deep',
    () => Array.from({ length: Math.min(depth, 400) }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n'),
    () => '<b>'.repeat(depth) + 'deep' + '</b>'.repeat(depth),
    () => '*'.repeat(depth) + 'deep' + '*'.repeat(depth),
    () => '*a '.repeat(depth) + 'deep',
    () => '- '.repeat(depth) + 'deep',
    () => '['.repeat(depth) + 'deep' + ']'.repeat(depth),
    () => '> - '.repeat(depth) + 'deep',
    // Marks that are not nested but many: marked's time grows with the square of their number.
    () => '_a*'.repeat(depth * 4),
    () => '~a~~'.repeat(depth * 4),
  ])();
}

/** YAML damage: a colon lost or added, a tab, a bracket or quote left open, indentation moved. */
function yamlDamage(line: string, random: Random): string {
  return random.pick([
    () => line.replace(':', ''),
    () => `${line}: extra: colon`,
    () => `\t${line}`,
    () => line.replace(/^(\s*)/, '$1   '),
    () => line.trimStart(),
    () => `${line} [unclosed`,
    () => `${line} "unclosed`,
    () => line.replace(/"/g, ''),
    () => '- ' + line,
    () => `${line}\n${line}`,
  ])();
}

export const MUTATIONS: Record<string, Mutation> = {
  'byte flips': (path, random) => {
    const bytes = readFileSync(path);
    const flips = 1 + random.int(8);
    for (let i = 0; i < flips && bytes.length > 0; i++) bytes[random.int(bytes.length)] = random.int(256);
    writeFileSync(path, bytes);
    return `${flips} bytes`;
  },
  truncation: (path, random) => {
    const bytes = readFileSync(path);
    const at = random.int(bytes.length + 1);
    writeFileSync(path, bytes.subarray(0, at));
    return `at byte ${at}`;
  },
  'line deleted': (path, random) => {
    const all = lines(path);
    const at = random.int(all.length);
    all.splice(at, 1 + random.int(3));
    writeLines(path, all);
    return `from line ${at + 1}`;
  },
  'lines duplicated': (path, random) => {
    const all = lines(path);
    const at = random.int(all.length);
    const copy = all.slice(at, at + 1 + random.int(6));
    all.splice(at, 0, ...copy);
    writeLines(path, all);
    return `${copy.length} from line ${at + 1}`;
  },
  'deep nesting': (path, random) => {
    const all = lines(path);
    const at = random.int(all.length + 1);
    all.splice(at, 0, '', deepText(random), '');
    writeLines(path, all);
    return `at line ${at + 1}`;
  },
  'file made a folder': (path) => {
    rmSync(path);
    mkdirSync(path);
    return '';
  },
  'symbolic link loop': (path) => {
    rmSync(path);
    symlinkSync(path, path);
    return '';
  },
  'Latin-1': (path, random) => {
    const all = lines(path);
    const at = random.int(all.length);
    all[at] += ' Café, £5 – naïve';
    writeFileSync(path, Buffer.from(all.join('\n'), 'latin1'));
    return `at line ${at + 1}`;
  },
  'empty title': (path) => {
    writeFileSync(path, text(path).replace(/^title: .*$/m, 'title: ""').replace(/^## .*$/m, '##'));
    return '';
  },
  'unclosed fence': (path, random) => {
    const all = lines(path);
    const at = random.int(all.length + 1);
    all.splice(at, 0, random.pick(['```', '~~~', '```question', ':::callout key']));
    writeLines(path, all);
    return `at line ${at + 1}`;
  },
  'YAML damage': (path, random) => {
    const all = lines(path);
    // Lines that look like YAML ("key: value" or "- item"): front matter and blocks.
    const yaml = all.flatMap((l, i) => (/^\s*(-\s|[\w-]+:)/.test(l) ? [i] : []));
    if (yaml.length === 0) return 'no YAML';
    const at = random.pick(yaml);
    all[at] = yamlDamage(all[at], random);
    writeLines(path, all);
    return `at line ${at + 1}`;
  },
};

/** Changes that must not change the compiled units at all. */
export const EQUIVALENT: Record<string, (path: string) => void> = {
  CRLF: (path) => writeFileSync(path, text(path).replaceAll('\n', '\r\n')),
  BOM: (path) => writeFileSync(path, `\uFEFF${text(path)}`),
};

