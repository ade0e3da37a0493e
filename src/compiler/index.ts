// The compiler's file-system side: finds unit folders, reads their files, and runs the pure
// parsing and checking steps over them. Everything else in src/compiler works on strings.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Unit } from '../shared/course.ts';
import { type Diagnostic, Diagnostics, sortDiagnostics } from './diagnostics.ts';
import { finishUnit, type UnitRegistry } from './rules.ts';
import { type DraftUnit, type FileText, MODULE_FILE, readUnitFolder } from './unit-folder.ts';

export interface CompileResult {
  units: Unit[];
  diagnostics: Diagnostic[];
  /** Every file read, so a watcher knows what to watch. */
  files: string[];
}

export interface CompileOptions {
  /** Project root: diagnostics name files relative to it. */
  root: string;
  /** Folder of unit folders, relative to root. */
  contentDir?: string;
  /** Unit folder names to keep; all when empty. Every unit is still read, for cross-unit references. */
  only?: string[];
}

export function compileCourse({ root, contentDir = 'content', only = [] }: CompileOptions): CompileResult {
  const diags = new Diagnostics();
  const base = join(root, contentDir);
  const files: string[] = [];
  const read = (path: string): FileText => {
    files.push(path);
    return { file: relative(root, path), path, text: readFileSync(path, 'utf8') };
  };
  const folders = existsSync(base)
    ? readdirSync(base).filter((name) => statSync(join(base, name)).isDirectory()).sort()
    : [];
  for (const name of only) {
    if (!folders.includes(name)) {
      diags.error({ file: join(contentDir, name), line: 1, col: 1 }, `There is no unit folder "${name}". Choose one of: ${folders.join(', ')}.`);
    }
  }
  const drafts: DraftUnit[] = [];
  for (const name of folders) {
    const dir = join(base, name);
    const entries = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
    const draft = readUnitFolder(
      relative(root, dir),
      {
        unit: entries.includes('unit.md') ? read(join(dir, 'unit.md')) : undefined,
        assessment: entries.includes('assessment.md') ? read(join(dir, 'assessment.md')) : undefined,
        modules: entries.filter((f) => MODULE_FILE.test(f)).map((f) => read(join(dir, f))),
        unknown: entries
          .filter((f) => f !== 'unit.md' && f !== 'assessment.md' && !MODULE_FILE.test(f))
          .map((f) => ({ file: relative(root, join(dir, f)), path: join(dir, f), text: '' })),
      },
      diags,
    );
    if (draft) drafts.push(draft);
  }
  const registry: UnitRegistry = new Map(
    drafts.map((d) => [d.unitFile.facts.ref, { title: d.unitFile.facts.title, outcomes: d.unitFile.outcomes }]),
  );
  const units = drafts.map((d) => finishUnit(d, registry, diags));
  const keep = (id: string) => only.length === 0 || only.includes(id);
  const inKept = (file: string) => only.length === 0 || only.some((u) => file.startsWith(join(contentDir, u) + '/') || file === join(contentDir, u));
  return {
    units: units.filter((u) => keep(u.facts.id)),
    diagnostics: sortDiagnostics(diags.list.filter((d) => inKept(d.file))),
    files,
  };
}
