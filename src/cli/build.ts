// npm run build: every unit in content/ to SCORM packages, catalog and reports in dist/.
import { compileCourse } from '../compiler/index.ts';
import { formatDiagnostic } from '../compiler/diagnostics.ts';
import { writeDist } from '../package/write-dist.ts';
import { buildPlayer } from '../vite/player-build.ts';
import { parseArgs } from './args.ts';

const started = performance.now();
let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
const { units, diagnostics } = compileCourse({ root: process.cwd(), contentDir: options.content, only: options.units });
for (const d of diagnostics) console.error(formatDiagnostic(d));
const errors = diagnostics.filter((d) => d.severity === 'error').length;
if (errors > 0) {
  console.error(`Build stopped: ${errors} content problem${errors === 1 ? '' : 's'}. Nothing was written; dist/ is as it was.`);
  process.exit(1);
}
if (units.length === 0) {
  console.error('There are no units in content/. Add a unit folder with a unit.md (see README.md).');
  process.exit(1);
}
const player = await buildPlayer();
const { packages } = await writeDist({ units, versions: options.versions, split: options.split, player, outDir: options.out });
for (const p of packages) console.log(`${p.path}  ${(p.bytes / 1024).toFixed(1)} KB  ${p.sha256.slice(0, 12)}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Built ${packages.length} packages from ${units.length} units in ${seconds} s: dist/index.html lists them.`);
