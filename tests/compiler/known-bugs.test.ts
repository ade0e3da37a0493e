// Compiler bugs found while writing the fixture tests, each reproduced on a copy of the valid
// minimal unit (tests/fixtures/valid-more/minimal) with one change. Each test states the
// CORRECT behaviour and is marked `it.fails` because the compiler does not do it yet: when a
// bug is fixed, vitest reports its test as failing; then change `it.fails` to `it` (and pin
// the exact message in invalid.test.ts with a fixture).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, diagnosticLines, ROOT } from './helpers.ts';

const MINIMAL = join(ROOT, 'tests/fixtures/valid-more/minimal');
const MOD = '01-why-service-matters.md';

describe('known compiler bugs', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'known-bugs-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** A content folder "c" under a fresh root holding copies of the minimal unit; returns the root. */
  const content = (...units: string[]) => {
    const root = mkdtempSync(join(tmp, 'root-'));
    for (const unit of units) cpSync(MINIMAL, join(root, 'c', unit), { recursive: true });
    return root;
  };
  const edit = (root: string, file: string, from: string, to: string) => {
    const path = join(root, 'c', file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
    writeFileSync(path, text.replace(from, to));
  };
  const lines = (root: string) => diagnosticLines(compile('c', [], root));

  it('the minimal unit these start from is valid', () => {
    expect(lines(content('u'))).toEqual([]);
  });

  // src/compiler/markdown.ts checkLinks: decodeURI throws URIError on a "%" not followed by two
  // hex digits, and the exception escapes compileCourse: no diagnostics, a stack trace instead.
  it.fails('reports a link with a stray "%" instead of throwing', () => {
    const root = content('u');
    edit(root, `u/${MOD}`, 'come back.\n', 'come back. See [offers](50%off.md).\n');
    expect(lines(root)).toEqual([
      `c/u/${MOD}:7:56: Link "50%off.md" points to a file that does not exist. Correct the path (it is relative to this markdown file) or add the file.`,
    ]);
  });

  // src/compiler/markdown.ts lineOf(source, '<', ctx): the position of the FIRST "<" in the
  // prose, so a harmless tag earlier in the text takes the blame.
  it.fails('points at the HTML that is removed, not at the first tag of the prose', () => {
    const root = content('u');
    edit(root, `u/${MOD}`, 'come back.\n', 'come back. Press <kbd>Enter</kbd>.\n\n<p onclick="go()">Go</p>\n');
    expect(lines(root)).toEqual([
      `c/u/${MOD}:9:1: Raw HTML onclick="..." is removed when the page is sanitised, so learners would not see it. Write it in markdown instead, or delete it.`,
    ]);
  });

  // src/compiler/activities.ts markdownField passes r.at(node) (the "|" indicator, on the key's
  // line) as where the text starts, and markdown.ts lineOf ignores the block's indentation, so
  // positions inside a "|" block are one line early and short by the indentation.
  it.fails('points at a broken link inside a "|" block on its own line', () => {
    const root = content('u');
    edit(root, `u/${MOD}`, 'prompt: Why does good service matter?\n', 'prompt: |\n  Why does good service matter?\n  Read [the guide](guide.md).\n');
    expect(lines(root)).toEqual([
      `c/u/${MOD}:15:20: Link "guide.md" points to a file that does not exist. Correct the path (it is relative to this markdown file) or add the file.`,
    ]);
  });

  // src/compiler/unit-folder.ts readModule takes the module id from the file name without the
  // number, and nothing checks it is unique: 01-why-service-matters.md and
  // 02-why-service-matters.md are both module "why-service-matters", so with --split modules
  // both become the package "<unit>-why-service-matters".
  it.fails('reports two modules with the same id', () => {
    const root = content('u');
    const text = readFileSync(join(root, 'c', 'u', MOD), 'utf8').replace('id: kc-why', 'id: kc-why-again');
    writeFileSync(join(root, 'c', 'u', '02-why-service-matters.md'), text);
    expect(lines(root)).not.toEqual([]);
  });

  // src/compiler/index.ts builds the registry with new Map(drafts.map(d => [ref, ...])): two
  // units with the same ref silently collide, the last one wins for cross-unit references, and
  // both packages report the same objective ids.
  it.fails('reports two units with the same ref', () => {
    const root = content('u', 'v');
    expect(lines(root)).not.toEqual([]);
  });

  // src/compiler/markdown.ts checkLinks resolves any path and accepts whatever exists on the
  // build machine: an absolute path or one that leaves the unit folder is not in the package.
  it.fails('reports a link that leaves the unit folder', () => {
    const root = content('u');
    edit(root, `u/${MOD}`, 'come back.\n', 'come back. See [the rules](/etc/hostname) and [more](../../c/u/unit.md).\n');
    expect(lines(root)).toHaveLength(2);
  });
});
