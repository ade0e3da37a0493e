// npm run results -- <file> [more files] [--out folder]: learners' results from what an LMS
// exports and what learners save, as a cohort matrix (learner by criterion) in CSV and HTML.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readResults, type LearnerResults } from '../results/inputs.ts';
import { buildMatrix, matrixCsv, matrixHtml, type Matrix } from '../results/matrix.ts';

export interface ResultsRun {
  matrix: Matrix;
  warnings: string[];
  /** Paths written: the CSV, then the HTML. */
  written: string[];
}

const USAGE = 'Usage: npm run results -- <file> [more files] [--out <folder>]. Files: learners\' records (.json, .html), LMS CMI data (.json), objectives (.csv).';

export function parseResultsArgs(argv: string[]): { files: string[]; out: string } {
  const files: string[] = [];
  let out = 'dist/results';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') {
      if (argv[i + 1] === undefined) throw new Error('--out needs a folder.');
      out = argv[++i];
    } else if (argv[i].startsWith('--')) throw new Error(`Unknown option "${argv[i]}". ${USAGE}`);
    else files.push(argv[i]);
  }
  if (files.length === 0) throw new Error(USAGE);
  return { files, out };
}

/** Reads every file, writes cohort-matrix.csv and cohort-matrix.html into `out`; throws on a file it cannot read. */
export function runResults(argv: string[], cwd = process.cwd(), today = new Date()): ResultsRun {
  const { files, out } = parseResultsArgs(argv);
  const learners: LearnerResults[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const read = readResults(basename(file), readFileSync(resolve(cwd, file), 'utf8'));
    learners.push(...read.learners);
    warnings.push(...read.warnings);
  }
  const matrix = buildMatrix(learners);
  const folder = resolve(cwd, out);
  mkdirSync(folder, { recursive: true });
  const written = [join(folder, 'cohort-matrix.csv'), join(folder, 'cohort-matrix.html')];
  writeFileSync(written[0], matrixCsv(matrix));
  writeFileSync(written[1], matrixHtml(matrix, today.toISOString().slice(0, 10)));
  return { matrix, warnings, written };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const run = runResults(process.argv.slice(2));
    for (const w of run.warnings) console.error(`warning: ${w}`);
    for (const l of run.matrix.learners) {
      const met = [...l.cells.values()].filter((c) => c.result === 'met').length;
      console.log(`${l.name || '(no name)'}${l.id ? ` [${l.id}]` : ''}: ${met} of ${run.matrix.criteria.length} criteria met${l.hashes.length ? `; record SHA-256 ${l.hashes.join(', ')}` : ''}`);
    }
    console.log(`Wrote ${run.written.join(' and ')}.`);
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 2;
  }
}
