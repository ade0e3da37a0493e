// npm run check: content diagnostics only.
import { compileCourse } from '../compiler/index.ts';
import { formatDiagnostic } from '../compiler/diagnostics.ts';
import { parseArgsOrExit } from './args.ts';
import { orExit } from './fatal.ts';

const started = performance.now();
const options = parseArgsOrExit(process.argv.slice(2));
const result = orExit('The check', () => compileCourse({ root: process.cwd(), contentDir: options.content, only: options.units }));
const { units, diagnostics } = result;
for (const d of diagnostics) console.error(formatDiagnostic(d));
const errors = diagnostics.filter((d) => d.severity === 'error').length;
const warnings = diagnostics.length - errors;
const ms = Math.round(performance.now() - started);
console.log(`${units.length} units checked in ${ms} ms: ${errors} errors, ${warnings} warnings.`);
process.exitCode = errors > 0 ? 1 : 0;
