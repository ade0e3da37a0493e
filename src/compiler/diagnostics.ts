// Every content problem is collected, never thrown, so an author sees all of them at once.
import { type ArgsOf, type Code, MESSAGES } from './messages.ts';

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: 'error' | 'warning';
  /** Which problem it is, by a name that never changes (messages.ts). */
  code: Code;
  /** What happened and why, then what to do. */
  message: string;
}

export interface Position {
  file: string;
  line: number;
  col: number;
}

export class Diagnostics {
  readonly list: Diagnostic[] = [];

  report<C extends Code>(at: Position, code: C, args: ArgsOf<C>): void {
    const { severity, message } = MESSAGES[code] as { severity: Diagnostic['severity']; message: (a: ArgsOf<C>) => string };
    this.list.push({ file: at.file, line: at.line, col: at.col, severity, code, message: message(args) });
  }

  get errorCount(): number {
    return this.list.filter((d) => d.severity === 'error').length;
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const tag = d.severity === 'warning' ? 'warning: ' : '';
  return `${d.file}:${d.line}:${d.col}: ${tag}${d.message}`;
}

/** Sorted by file, then position, so output is stable whatever order checks ran in. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message),
  );
}
