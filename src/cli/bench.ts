// npm run bench: this build's figures against the design's budgets.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { compileCourse } from '../compiler/index.ts';
import { encodeProgress } from '../player/progress.ts';
import { worstCaseProgress } from '../player/worst-case.ts';
import type { Unit } from '../shared/course.ts';
import { SCORM_VERSIONS } from '../shared/scorm.ts';
import { learnerUnit, scriptSafeJson } from '../package/player-html.ts';
import { writeDist } from '../package/write-dist.ts';
import { buildPlayers } from '../vite/player-build.ts';
import { parseArgs } from './args.ts';
import { measureInBrowser } from './bench-browser.ts';

const gz = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function worstSuspendData(unit: Unit): number {
  return encodeProgress(unit, worstCaseProgress(unit)).length;
}

const OUT = '.tmp/bench-dist';
// --content and --unit work as for the build, to bench a fixture or a single unit.
const options = parseArgs(process.argv.slice(2));
const started = performance.now();
const { units, diagnostics } = compileCourse({ root: process.cwd(), contentDir: options.content, only: options.units });
if (diagnostics.some((d) => d.severity === 'error')) throw new Error('Content has errors: run npm run check.');
const players = await buildPlayers(SCORM_VERSIONS);
const { packages } = await writeDist({ units, versions: SCORM_VERSIONS, players, outDir: OUT });
const buildSeconds = (performance.now() - started) / 1000;

const playerSizes = SCORM_VERSIONS.map((version) => ({
  version,
  // The launch page template carries the inlined CSS (and a few hundred bytes of HTML).
  bytes: players[version]!.files.filter((f) => /\.(js|css|html)$/.test(f.path)).reduce((n, f) => n + gz(f.data), 0),
})).sort((a, b) => b.bytes - a.bytes);
// What each package inlines: the learner's part of the unit as script-safe JSON.
const data = units.map((u) => ({ unit: u, bytes: gz(scriptSafeJson(learnerUnit(u))) })).sort((a, b) => b.bytes - a.bytes);
const zip = [...packages].sort((a, b) => b.bytes - a.bytes)[0];
const suspend = units.map((u) => ({ id: u.facts.id, chars: worstSuspendData(u) })).sort((a, b) => b.chars - a.chars)[0];

console.log('Measuring in Chromium: first content in an LMS frame, then Lighthouse (about a minute)...');
const largest = data[0].unit;
const largestZip = packages.find((p) => p.path.includes(`${largest.facts.id}-scorm2004`))!;
const browser = await measureInBrowser(readFileSync(`${OUT}/${largestZip.path}`), largest, '2004');
const ratio = browser.frame.courseMs / browser.frame.staticMs;
const score = (n: number) => n.toFixed(2);

const rows: [string, string, string, boolean][] = [
  [`player JS + CSS, gzipped (larger: SCORM ${playerSizes[0].version})`, kb(playerSizes[0].bytes), 'at most 30 KB', playerSizes[0].bytes <= 30 * 1024],
  [`course data, gzipped (largest: ${largest.facts.id})`, kb(data[0].bytes), 'at most 40 KB', data[0].bytes <= 40 * 1024],
  [`largest zip (${zip.path})`, kb(zip.bytes), 'at most 300 KB', zip.bytes <= 300 * 1024],
  [`worst-case suspend_data (${suspend.id})`, `${suspend.chars} chars`, 'at most 1,500', suspend.chars <= 1500],
  [
    `first content in an LMS frame (${largest.facts.id}, median of ${browser.frame.runs})`,
    `${ratio.toFixed(2)} x static (${browser.frame.courseMs.toFixed(0)} ms vs ${browser.frame.staticMs.toFixed(0)} ms)`,
    'at most 1.5 x',
    ratio <= 1.5,
  ],
  ['full build, every unit, both versions', `${buildSeconds.toFixed(1)} s`, 'under 15 s', buildSeconds < 15],
  [
    'Lighthouse (mobile), course in the LMS frame',
    `performance ${score(browser.lighthouseFramed.performance)}, accessibility ${score(browser.lighthouseFramed.accessibility)}`,
    'at least 0.95 and 1.00',
    browser.lighthouseFramed.performance >= 0.95 && browser.lighthouseFramed.accessibility >= 1,
  ],
  [
    'Lighthouse (mobile), course page on its own',
    `performance ${score(browser.lighthouseAlone.performance)}, accessibility ${score(browser.lighthouseAlone.accessibility)}`,
    'at least 0.95 and 1.00',
    browser.lighthouseAlone.performance >= 0.95 && browser.lighthouseAlone.accessibility >= 1,
  ],
];
console.log('\n| what | this build | budget | within |\n|---|---|---|---|');
for (const [what, value, budget, ok] of rows) console.log(`| ${what} | ${value} | ${budget} | ${ok ? 'yes' : 'NO'} |`);
console.log('\nPlayer per SCORM version, gzipped:');
for (const p of playerSizes) console.log(`  ${p.version}: ${kb(p.bytes)}`);
console.log('\nCourse data per unit, gzipped:');
for (const d of data) console.log(`  ${d.unit.facts.id}: ${kb(d.bytes)}`);
