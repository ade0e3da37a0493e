// npm run build: every unit in content/ to SCORM packages, catalog and reports in dist/ (or --out).
import { join } from 'node:path';
import { compileCourse } from '../compiler/index.ts';
import { formatDiagnostic } from '../compiler/diagnostics.ts';
import { guideFiles, guideMediaFiles } from '../guide/index.ts';
import { printWorkbooks } from '../guide/workbook-pdf.ts';
import { writeDist } from '../package/write-dist.ts';
import { buildPlayers } from '../vite/player-build.ts';
import { parseArgsOrExit } from './args.ts';
import { exitOnFailure, orExit } from './fatal.ts';

const started = performance.now();
const options = parseArgsOrExit(process.argv.slice(2));
const result = orExit('The build', () => compileCourse({ root: process.cwd(), contentDir: options.content, only: options.units }));
const { units, diagnostics, media, legislation } = result;
for (const d of diagnostics) console.error(formatDiagnostic(d));
const errors = diagnostics.filter((d) => d.severity === 'error').length;
if (errors > 0) {
  console.error(`Build stopped: ${errors} content problem${errors === 1 ? '' : 's'}. Nothing was written; ${options.out} is as it was.`);
  process.exit(1);
}
if (units.length === 0) {
  console.error(`There are no units in ${options.content}. Add a unit folder with a unit.md (see README.md).`);
  process.exit(1);
}
const { packages, workbookPdfs, printSeconds } = await (async () => {
  const players = await buildPlayers(options.versions);
  // Tutor guides list the legislation register beside the unit.
  const guides = guideFiles(units, legislation, { modules: options.kinds.includes('module') });
  const guideMedia = await guideMediaFiles(guides, media);
  // The workbooks' PDFs, printed before anything is written, so dist is replaced in one go.
  const printStarted = performance.now();
  const workbookPdfs = options.pdf ? await printWorkbooks([...guides, ...guideMedia]) : { files: [], skipped: '--no-pdf was given.' };
  if (workbookPdfs.skipped) console.warn(`Workbook PDFs skipped (the HTML workbooks are built): ${workbookPdfs.skipped}`);
  const printSeconds = ((performance.now() - printStarted) / 1000).toFixed(1);
  const { packages } = await writeDist({
    units,
    versions: options.versions,
    kinds: options.kinds,
    players,
    outDir: options.out,
    media,
    extraFiles: [...guides, ...guideMedia, ...workbookPdfs.files],
  });
  return { packages, workbookPdfs, printSeconds };
})().catch((e: unknown) => exitOnFailure('The build', e));
for (const p of packages) console.log(`${p.path}  ${(p.bytes / 1024).toFixed(1)} KB  ${p.sha256.slice(0, 12)}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (workbookPdfs.files.length) console.log(`Printed ${workbookPdfs.files.length} workbook PDFs in ${printSeconds} s.`);
console.log(`Built ${packages.length} packages from ${units.length} units in ${seconds} s: ${join(options.out, 'index.html')} lists them.`);
