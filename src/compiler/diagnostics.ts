// Every content problem is collected, never thrown, so an author sees all of them at once.

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: 'error' | 'warning';
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

  error(at: Position, message: string): void {
    this.list.push({ ...at, severity: 'error', message });
  }

  warning(at: Position, message: string): void {
    this.list.push({ ...at, severity: 'warning', message });
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
