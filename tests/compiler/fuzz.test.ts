// Seeded fuzzing: copies of the valid fixture unit, each damaged by one to three mutations
// (tests/compiler/mutations.ts), must each compile to success or to at least one error that names
// a file, never a thrown error or a fault of the compiler, and each in bounded time. Changing
// only line endings or adding a byte order mark must give exactly the units of the original.
// The seed is fixed, so a failure names the run that repeats it. For a longer search, set
// FUZZ_SEED and FUZZ_RUNS: FUZZ_SEED=7 FUZZ_RUNS=2000 npx vitest run tests/compiler/fuzz.test.ts
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CompileResult, compileCourse } from '../../src/compiler/index.ts';
import { formatDiagnostic } from '../../src/compiler/diagnostics.ts';
import type { Unit } from '../../src/shared/course.ts';
import { ROOT } from './helpers.ts';
import { EQUIVALENT, generator, MUTATIONS } from './mutations.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const EQUIVALENT_RUNS = 12;
/** Far above the tens of milliseconds a run takes, so a loaded CI machine does not trip it. */
const RUN_LIMIT_MS = 5000;
const UNIT = 'fixture-basics';
/** Damage that must always be reported at the file damaged, unless later damage to it undid it. */
const MUST_REPORT = new Set(['file made a folder', 'symbolic link loop', 'Latin-1']);
const TODAY = '2026-11-22';

let work: string;
let original: Unit[];

/** A fresh copy of the valid fixture as content/fixture-basics/ of a new root, and its files. */
function copy(run: string): { root: string; files: string[] } {
  const root = join(work, run);
  const unit = join(root, 'content', UNIT);
  cpSync(join(ROOT, 'tests/fixtures/valid', UNIT), unit, { recursive: true });
  return { root, files: readdirSync(unit).sort().map((name) => join(unit, name)) };
}

function timedCompile(root: string): { result: CompileResult; ms: number } {
  const started = performance.now();
  const result = compileCourse({ root, today: TODAY });
  return { result, ms: performance.now() - started };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'fuzz-'));
  const { root } = copy('original');
  const { result } = timedCompile(root);
  expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
  original = result.units;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`compiling ${RUNS} damaged copies of the valid fixture (seed ${SEED})`, () => {
  it('ends every run in success or an error at a file, in bounded time', { timeout: Math.max(120_000, RUNS * 1000) }, () => {
    const random = generator(SEED);
    const names = Object.keys(MUTATIONS);
    const failures: string[] = [];
    const outcomes = { success: 0, errors: 0 };
    let slowest = 0;
    for (let run = 0; run < RUNS; run++) {
      const { root, files } = copy(`run-${run}`);
      const applied: string[] = [];
      const mustReport = new Set<string>();
      for (let n = 1 + random.int(3); n > 0; n--) {
        const name = random.pick(names);
        const file = random.pick(files);
        // A file already made a folder or a link is left as it is.
        try {
          applied.push(`${name} (${file.split('/').pop()} ${MUTATIONS[name](file, random)})`.replace(/ \)$/, ')'));
          mustReport.delete(file);
          if (MUST_REPORT.has(name)) mustReport.add(file);
        } catch {
          applied.push(`${name} (${file.split('/').pop()}: not a file any more)`);
        }
      }
      const what = `run ${run}: ${applied.join(', ')}`;
      let outcome: { result: CompileResult; ms: number };
      try {
        outcome = timedCompile(root);
      } catch (e) {
        failures.push(`${what}: threw ${e instanceof Error ? e.stack : String(e)}`);
        continue;
      }
      const { result, ms } = outcome;
      slowest = Math.max(slowest, ms);
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      const faults = result.diagnostics.filter((d) => d.code === 'compiler-fault' || !d.file.startsWith('content/') || d.line < 1);
      if (ms > RUN_LIMIT_MS) failures.push(`${what}: took ${Math.round(ms)} ms`);
      if (faults.length > 0) failures.push(`${what}: ${faults.map(formatDiagnostic).join(' | ')}`);
      for (const file of mustReport) {
        const shown = file.slice(root.length + 1);
        if (!errors.some((d) => d.file === shown)) failures.push(`${what}: nothing reported at ${shown}`);
      }
      if (errors.length > 0) outcomes.errors++;
      else outcomes.success++;
      rmSync(root, { recursive: true, force: true });
    }
    expect(failures).toEqual([]);
    // Most damage must be noticed; a run whose damage changed nothing that matters may pass.
    expect(outcomes.errors).toBeGreaterThan(RUNS / 2);
    console.info(`fuzz: ${RUNS} runs, ${outcomes.errors} with errors, ${outcomes.success} clean, slowest ${Math.round(slowest)} ms`);
  });

  it('compiles CRLF line endings and byte order marks, in any files, to the original units', () => {
    const random = generator(SEED + 1);
    for (let run = 0; run < EQUIVALENT_RUNS; run++) {
      const { root, files } = copy(`same-${run}`);
      const applied: string[] = [];
      for (const file of files) {
        for (const [name, change] of Object.entries(EQUIVALENT)) {
          if (random.int(2) === 0) continue;
          change(file);
          applied.push(`${name} ${file.split('/').pop()}`);
        }
      }
      const { result } = timedCompile(root);
      expect(result.diagnostics.map(formatDiagnostic), applied.join(', ')).toEqual([]);
      expect(result.units, applied.join(', ')).toEqual(original);
      rmSync(root, { recursive: true, force: true });
    }
  });
});
