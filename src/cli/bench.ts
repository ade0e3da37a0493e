// npm run bench: this build's figures against the design's budgets.
import { gzipSync } from 'node:zlib';
import { compileCourse } from '../compiler/index.ts';
import { encodeProgress } from '../player/progress.ts';
import { worstCaseProgress } from '../player/worst-case.ts';
import type { Unit } from '../shared/course.ts';
import { writeDist } from '../package/write-dist.ts';
import { buildPlayer } from '../vite/player-build.ts';

const gz = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function worstSuspendData(unit: Unit): number {
  return encodeProgress(unit, worstCaseProgress(unit)).length;
}

const started = performance.now();
const { units, diagnostics } = compileCourse({ root: process.cwd() });
if (diagnostics.some((d) => d.severity === 'error')) throw new Error('Content has errors: run npm run check.');
const player = await buildPlayer();
const { packages } = await writeDist({ units, versions: ['1.2', '2004'], split: false, player, outDir: '.tmp/bench-dist' });
const buildSeconds = (performance.now() - started) / 1000;

const playerBytes = player.files.filter((f) => /\.(js|css)$/.test(f.path)).reduce((n, f) => n + gz(f.data), 0);
const data = units.map((u) => ({ id: u.facts.id, bytes: gz(JSON.stringify(u)) })).sort((a, b) => b.bytes - a.bytes);
const zip = [...packages].sort((a, b) => b.bytes - a.bytes)[0];
const suspend = units.map((u) => ({ id: u.facts.id, chars: worstSuspendData(u) })).sort((a, b) => b.chars - a.chars)[0];

const rows: [string, string, string, boolean][] = [
  ['player JS + CSS, gzipped', kb(playerBytes), 'at most 30 KB', playerBytes <= 30 * 1024],
  [`course data, gzipped (largest: ${data[0].id})`, kb(data[0].bytes), 'at most 40 KB', data[0].bytes <= 40 * 1024],
  [`largest zip (${zip.path})`, kb(zip.bytes), 'at most 300 KB', zip.bytes <= 300 * 1024],
  [`worst-case suspend_data (${suspend.id})`, `${suspend.chars} chars`, 'at most 1,500', suspend.chars <= 1500],
  ['full build, every unit, both versions', `${buildSeconds.toFixed(1)} s`, 'under 15 s', buildSeconds < 15],
];
console.log('| what | this build | budget | within |\n|---|---|---|---|');
for (const [what, value, budget, ok] of rows) console.log(`| ${what} | ${value} | ${budget} | ${ok ? 'yes' : 'NO'} |`);
console.log('\nCourse data per unit, gzipped:');
for (const d of data) console.log(`  ${d.id}: ${kb(d.bytes)}`);
console.log('\nNot measured yet: first-content ratio in an LMS frame, Lighthouse scores.');
