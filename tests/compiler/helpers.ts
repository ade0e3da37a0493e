// Shared by the compiler tests: the project root and a compile that returns what an author reads.
import { fileURLToPath } from 'node:url';
import { type CompileResult, compileCourse } from '../../src/compiler/index.ts';
import { formatDiagnostic } from '../../src/compiler/diagnostics.ts';

/** The project root: diagnostics name files relative to it, as `npm run check` does. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function compile(contentDir: string, only: string[] = [], root = ROOT): CompileResult {
  return compileCourse({ root, contentDir, only });
}

/** Diagnostics exactly as the CLI prints them: `file:line:col: message`. */
export function diagnosticLines(result: CompileResult): string[] {
  return result.diagnostics.map(formatDiagnostic);
}
