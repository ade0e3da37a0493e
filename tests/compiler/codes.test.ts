// Every diagnostic has a stable code (src/compiler/messages.ts), and every code a fixture that
// produces it: the invalid fixtures, one folder per mistake, and the quality, legislation, cue
// and key-term fixtures. A code never changes once released, so the README's table and these
// fixtures can point at it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/index.ts';
import { MESSAGES } from '../../src/compiler/messages.ts';
import { ROOT } from './helpers.ts';
import { FIXTURE_CONTENT } from '../../src/cli/diagnostics-table.ts';
import { readFileSync } from 'node:fs';
import { makeFileFaults } from './file-faults.ts';

const TODAY = '2026-11-22';
const compile = (contentDir: string, only: string[] = []) => compileCourse({ root: ROOT, contentDir, only, today: TODAY });

const CONTENT = FIXTURE_CONTENT();

/**
 * Codes no content can produce: a fixture that did would be a bug to fix. Each is produced in
 * the test named, by a fault planted in the compiler.
 */
const PLANTED: Record<string, string> = { 'compiler-fault': 'tests/compiler/file-faults.test.ts' };

describe('diagnostic codes', () => {
  const produced = new Set(CONTENT.flatMap((dir) => compile(dir).diagnostics.map((d) => d.code)));
  // An unknown unit folder can only be named on the command line.
  for (const d of compile('tests/fixtures/invalid', ['no-such-unit']).diagnostics) produced.add(d.code);
  // Folders in place of files and broken links are made at test time (see file-faults.ts).
  const faults = makeFileFaults();
  for (const d of compileCourse({ root: faults.root, today: TODAY }).diagnostics) produced.add(d.code);
  faults.remove();

  it('every code has a fixture that produces it', () => {
    expect(Object.keys(MESSAGES).filter((code) => !produced.has(code as keyof typeof MESSAGES) && !(code in PLANTED))).toEqual([]);
  });

  it('every invalid fixture is named after a code it produces', () => {
    const { diagnostics } = compile('tests/fixtures/invalid');
    const unnamed = readdirSync(join(ROOT, 'tests/fixtures/invalid')).filter((name) => {
      const codes = diagnostics.filter((d) => d.file.startsWith(`tests/fixtures/invalid/${name}/`)).map((d) => d.code);
      return codes.length === 0 || (name !== 'several-mistakes' && !codes.some((code) => name === code || name.startsWith(`${code}-`)));
    });
    expect(unnamed).toEqual([]);
  });

  it("the README's table has a row for every code", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const rows = new Set([...readme.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]));
    expect(Object.keys(MESSAGES).filter((code) => !rows.has(code))).toEqual([]);
  });

  it('codes are kebab-case names, each with a message', () => {
    for (const [code, entry] of Object.entries(MESSAGES)) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning']).toContain(entry.severity);
    }
  });
});
