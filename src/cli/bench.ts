// npm run bench: this build's figures against the design's budgets.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { compileCourse } from '../compiler/index.ts';
import { encodeProgress } from '../player/progress.ts';
import { worstCaseProgress } from '../player/worst-case.ts';
import type { Unit } from '../shared/course.ts';
import { SCORM_VERSIONS } from '../shared/scorm.ts';
import { renderPlayerHtml } from '../package/player-html.ts';
import { scorm2004 } from '../lms/scorm2004.ts';
import { worstCaseLmsValues } from '../player/worst-case.ts';
import { MOODLE_CALL_BUDGET, moodleCallBytes } from '../preview/moodle-model.ts';
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

const playerSizes = SCORM_VERSIONS.map((version) => {
  const files = players[version]!.files;
  const page = new TextDecoder().decode(files.find((f) => f.path === 'index.html')!.data);
  // What the launch page loads: its template (with the inlined CSS) and the files it names. Chunks
  // loaded only when the learner asks (saving the record as data) are counted on their own.
  const atLaunch = files.filter((f) => f.path === 'index.html' || page.includes(f.path));
  const later = files.filter((f) => /\.(js|css)$/.test(f.path) && !atLaunch.includes(f));
  return {
    version,
    bytes: atLaunch.filter((f) => /\.(js|css|html)$/.test(f.path)).reduce((n, f) => n + gz(f.data), 0),
    later: later.map((f) => ({ path: f.path, bytes: gz(f.data) })),
  };
}).sort((a, b) => b.bytes - a.bytes);
// The launch page each package opens with: player template, inlined CSS and the unit's outline
// with its introduction; modules and the pool are fetched later.
const template = new TextDecoder().decode(players['2004']!.files.find((f) => f.path === 'index.html')!.data);
const data = units.map((u) => ({ unit: u, bytes: gz(renderPlayerHtml(template, u, '2004')) })).sort((a, b) => b.bytes - a.bytes);
// What Moodle's SCORM 2004 runtime would send on each call for the unit's worst-case learner.
const moodle = units
  .map((u) => ({ id: u.facts.id, bytes: moodleCallBytes(worstCaseLmsValues(u, scorm2004)) }))
  .sort((a, b) => b.bytes - a.bytes);
const zip = [...packages].sort((a, b) => b.bytes - a.bytes)[0];
const suspend = units.map((u) => ({ id: u.facts.id, chars: worstSuspendData(u) })).sort((a, b) => b.chars - a.chars)[0];

console.log('Measuring in Chromium: first content in an LMS frame, then Lighthouse (about a minute)...');
const largest = [...units].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0];
const largestZip = packages.find((p) => p.path.includes(`${largest.facts.id}-scorm2004`))!;
const browser = await measureInBrowser(readFileSync(`${OUT}/${largestZip.path}`), largest, '2004');
const ratio = browser.frame.courseMs / browser.frame.staticMs;
// A unit ten times the largest: its first content must paint as fast.
const huge = tenTimes(largest);
const { packages: hugePackages } = await writeDist({ units: [huge], versions: ['2004'], kinds: ['unit'], players, outDir: `${OUT}-x10` });
const hugeBrowser = await measureInBrowser(readFileSync(`${OUT}-x10/${hugePackages[0].path}`), huge, '2004', 7, false);
const hugeRatio = hugeBrowser.frame.courseMs / hugeBrowser.frame.staticMs;
const score = (n: number) => n.toFixed(2);

const rows: [string, string, string, boolean][] = [
  [`player JS + CSS at launch, gzipped (larger: SCORM ${playerSizes[0].version})`, kb(playerSizes[0].bytes), 'at most 34 KB', playerSizes[0].bytes <= 34 * 1024],
  [`launch page (outline and first page), gzipped (largest: ${data[0].unit.facts.id})`, kb(data[0].bytes), 'at most 20 KB', data[0].bytes <= 20 * 1024],
  [
    `Moodle 2004 resend, worst case, per call (${moodle[0].id})`,
    kb(moodle[0].bytes),
    `at most ${kb(MOODLE_CALL_BUDGET)}`,
    moodle[0].bytes <= MOODLE_CALL_BUDGET,
  ],
  [`largest zip (${zip.path})`, kb(zip.bytes), 'at most 300 KB', zip.bytes <= 300 * 1024],
  [`worst-case suspend_data (${suspend.id})`, `${suspend.chars} chars`, 'at most 1,500', suspend.chars <= 1500],
  [
    `first content in an LMS frame (${largest.facts.id}, median of ${browser.frame.runs})`,
    `${ratio.toFixed(2)} x static (${browser.frame.courseMs.toFixed(0)} ms vs ${browser.frame.staticMs.toFixed(0)} ms)`,
    'at most 1.3 x',
    ratio <= 1.3,
  ],
  [
    `first content in an LMS frame, a unit ten times ${largest.facts.id} (median of ${hugeBrowser.frame.runs})`,
    `${hugeRatio.toFixed(2)} x static (${hugeBrowser.frame.courseMs.toFixed(0)} ms vs ${hugeBrowser.frame.staticMs.toFixed(0)} ms)`,
    'at most 1.3 x',
    hugeRatio <= 1.3,
  ],
  ['full build, every unit, both versions', `${buildSeconds.toFixed(1)} s`, 'under 15 s', buildSeconds < 15],
  [
    'Lighthouse (mobile), course in the LMS frame',
    `performance ${score(browser.lighthouseFramed!.performance)}, accessibility ${score(browser.lighthouseFramed!.accessibility)}`,
    'at least 0.97 and 1.00',
    browser.lighthouseFramed!.performance >= 0.97 && browser.lighthouseFramed!.accessibility >= 1,
  ],
  [
    'Lighthouse (mobile), course page on its own',
    `performance ${score(browser.lighthouseAlone!.performance)}, accessibility ${score(browser.lighthouseAlone!.accessibility)}`,
    'at least 0.97 and 1.00',
    browser.lighthouseAlone!.performance >= 0.97 && browser.lighthouseAlone!.accessibility >= 1,
  ],
];
console.log('\n| what | this build | budget | within |\n|---|---|---|---|');
for (const [what, value, budget, ok] of rows) console.log(`| ${what} | ${value} | ${budget} | ${ok ? 'yes' : 'NO'} |`);
console.log('\nPlayer per SCORM version, gzipped:');
for (const p of playerSizes) {
  console.log(`  ${p.version}: ${kb(p.bytes)} at launch${p.later.map((l) => `; ${l.path} ${kb(l.bytes)} when asked for`).join('')}`);
}
console.log('\nLaunch page per unit, gzipped:');
for (const d of data) console.log(`  ${d.unit.facts.id}: ${kb(d.bytes)}`);
console.log('\nMoodle 2004 resend per call, worst case, per unit:');
for (const m of moodle) console.log(`  ${m.id}: ${kb(m.bytes)}`);

/** The unit with its modules and pool repeated ten times, under new ids. */
function tenTimes(unit: Unit): Unit {
  const copies = Array.from({ length: 10 }, (_, k) => k);
  return {
    ...unit,
    facts: { ...unit.facts, id: `${unit.facts.id}-x10` },
    modules: copies.flatMap((k) =>
      unit.modules.map((m) => ({ ...m, id: `${m.id}-x${k}`, title: `${m.title} (${k + 1})`, pages: m.pages.map((p) => ({ ...p, id: `${p.id}-x${k}` })) })),
    ),
    pool: copies.flatMap((k) => unit.pool.map((q) => ({ ...q, id: `${q.id}-x${k}` }))),
  };
}
