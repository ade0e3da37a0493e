// npx tsx src/cli/diagnostics-table.ts: rewrites the README's table of diagnostics, keyed by
// code, with each code's message as its fixture produces it. tests/compiler/codes.test.ts checks
// that every code has a fixture and a row.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCourse } from '../compiler/index.ts';
import { MESSAGES } from '../compiler/messages.ts';

const ROOT = join(import.meta.dirname, '../..');
const folders = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${dir}/${d.name}`);

/** The fixture folders that between them produce every code. */
export const FIXTURE_CONTENT = (): string[] => [
  'tests/fixtures/invalid',
  'tests/fixtures/legislation/invalid',
  'tests/fixtures/legislation/bad-register',
  'tests/fixtures/legislation/register-year-missing',
  'tests/fixtures/quality/reading',
  'tests/fixtures/quality/lint',
  ...folders('tests/fixtures/quality/bad'),
  'tests/fixtures/terms',
  'tests/fixtures/cues',
];

/** For codes made by file-system faults at test time (tests/compiler/file-faults.ts) or planted faults. */
const NO_FIXTURE = '(made at test time by tests/compiler/file-faults.ts: a folder, link or file fault, or a planted compiler fault)';

export const TABLE_START = '<!-- diagnostics:start -->';
export const TABLE_END = '<!-- diagnostics:end -->';

/** One row per code: its severity and an example of its message from a fixture. */
export function diagnosticsTable(today = '2026-11-22'): string {
  const examples = new Map<string, string>();
  for (const dir of FIXTURE_CONTENT()) {
    for (const d of compileCourse({ root: ROOT, contentDir: dir, today }).diagnostics) if (!examples.has(d.code)) examples.set(d.code, d.message);
  }
  for (const d of compileCourse({ root: ROOT, contentDir: 'tests/fixtures/invalid', only: ['no-such-unit'], today }).diagnostics) {
    if (!examples.has(d.code)) examples.set(d.code, d.message);
  }
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const rows = Object.entries(MESSAGES)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, entry]) => `| \`${code}\` | ${entry.severity} | ${cell(examples.get(code) ?? NO_FIXTURE)} |`);
  return ['| code | severity | message, as a fixture produces it |', '|---|---|---|', ...rows].join('\n');
}

if (process.argv[1] === import.meta.filename) {
  const path = join(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${TABLE_START} … ${TABLE_END} markers.`);
  writeFileSync(path, `${readme.slice(0, start + TABLE_START.length)}\n${diagnosticsTable()}\n${readme.slice(end)}`);
  console.log('README.md: diagnostics table rewritten.');
}
