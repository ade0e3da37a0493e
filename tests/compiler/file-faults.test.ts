// Faults of the file system (a folder in place of a file, symbolic links that loop or point
// nowhere) and of the compiler itself each end as one diagnostic at the file, never a thrown
// error; CRLF line endings and a byte order mark compile exactly as LF without one.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileCourse, type CompileResult } from '../../src/compiler/index.ts';
import { compile, diagnosticLines, ROOT } from './helpers.ts';
import { makeFileFaults } from './file-faults.ts';

// Lets a test make the compiler fail on one unit, as a bug in it would.
const failing = vi.hoisted(() => ({ unit: '' }));
vi.mock('../../src/compiler/terms.ts', async (original) => {
  const real = await original<typeof import('../../src/compiler/terms.ts')>();
  return {
    ...real,
    markTerms: (...args: Parameters<typeof real.markTerms>) => {
      if (args[0].facts.id === failing.unit) throw new TypeError('a planted fault');
      return real.markTerms(...args);
    },
  };
});

const TODAY = '2026-11-22';

describe('file system faults', () => {
  let made: ReturnType<typeof makeFileFaults>;
  let result: CompileResult;

  beforeAll(() => {
    made = makeFileFaults();
    result = compileCourse({ root: made.root, today: TODAY });
  });
  afterAll(() => made.remove());

  it('are printed by npm run check as diagnostics, with no stack trace', { timeout: 120_000 }, () => {
    const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/check.ts')], { cwd: made.root, encoding: 'utf8', timeout: 120_000 });
    const printed = r.stderr.split('\n').filter(Boolean);
    expect(printed).toEqual(diagnosticLines(result));
    expect(r.stdout).toMatch(/^7 units checked in \d+ ms: 8 errors, 0 warnings\.\n$/);
    expect(r.status).toBe(1);
  });

  it('reports each at its file, and compiles the units they leave whole', () => {
    expect(diagnosticLines(result)).toEqual([
      'content/file-is-folder-module/02-more-service.md:1:1: content/file-is-folder-module/02-more-service.md is a folder, but a file of that name is expected. Move what is in it elsewhere, then write 02-more-service.md as a file.',
      'content/file-is-folder-unit/unit.md:1:1: content/file-is-folder-unit/unit.md is a folder, but a file of that name is expected. Move what is in it elsewhere, then write unit.md as a file.',
      'content/file-too-large/02-more-service.md:1:1: content/file-too-large/02-more-service.md is larger than 1 MB, more than any unit\'s file needs, so it is not read. Split it (modules into several files; an assessment pool into fewer, shorter questions), or remove what was pasted in by mistake.',
      'content/file-unreadable-dangling/02-more-service.md:1:1: content/file-unreadable-dangling/02-more-service.md cannot be read: it is a symbolic link to something that does not exist. Replace it with the file itself, or remove it.',
      'content/file-unreadable-loop/02-more-service.md:1:1: content/file-unreadable-loop/02-more-service.md cannot be read: it is a symbolic link that leads round in a loop. Replace it with the file itself, or remove it.',
      "content/folder-unreadable-aids-loop/aids:1:1: The folder content/folder-unreadable-aids-loop/aids cannot be read: it is a symbolic link that leads round in a loop. Make it a folder of the unit's files, or remove it.",
      'content/loop:1:1: content/loop cannot be read: it is a symbolic link that leads round in a loop. Replace it with the file itself, or remove it.',
      'content/quality.yaml:1:1: content/quality.yaml is a folder, but a file of that name is expected. Move what is in it elsewhere, then write quality.yaml as a file.',
    ]);
    expect(result.units.map((u) => u.facts.id)).toEqual([
      'file-is-folder-module',
      'file-is-folder-quality',
      'file-too-large',
      'file-unreadable-dangling',
      'file-unreadable-folder-loop',
      'file-unreadable-loop',
      'folder-unreadable-aids-loop',
    ]);
  });
});

describe('a fault in the compiler', () => {
  afterAll(() => (failing.unit = ''));

  it('is reported at the unit it failed on, which is left out; the other units still compile', () => {
    failing.unit = 'minimal';
    const result = compile('tests/fixtures/valid-more');
    expect(diagnosticLines(result)).toEqual([
      'tests/fixtures/valid-more/minimal/unit.md:1:1: The checker failed while reading this unit (TypeError: a planted fault), so it is left out. This is a fault in the checker, not only in the content: report it with this unit attached. Meanwhile look for unusual text in the files you changed last.',
    ]);
    expect(result.units.map((u) => u.facts.id)).toEqual(['rich', 'synoptic']);
  });
});

describe('line endings and a byte order mark', () => {
  let dir: string;
  const unitsOf = (copy: string) => {
    const result = compileCourse({ root: join(dir, copy), today: TODAY });
    expect(diagnosticLines(result)).toEqual([]);
    return result.units;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'line-endings-'));
    for (const copy of ['lf', 'crlf', 'bom']) cpSync(join(ROOT, 'tests/fixtures/valid'), join(dir, copy, 'content'), { recursive: true });
    for (const copy of ['crlf', 'bom']) {
      const unit = join(dir, copy, 'content', 'fixture-basics');
      for (const name of readdirSync(unit)) {
        const text = readFileSync(join(unit, name), 'utf8');
        writeFileSync(join(unit, name), copy === 'crlf' ? text.replaceAll('\n', '\r\n') : `\uFEFF${text}`);
      }
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compile CRLF files to the same units as LF files', () => {
    expect(unitsOf('crlf')).toEqual(unitsOf('lf'));
  });

  it('compile files that start with a byte order mark to the same units as files without', () => {
    expect(unitsOf('bom')).toEqual(unitsOf('lf'));
  });
});
