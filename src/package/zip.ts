import { zipSync, type Zippable } from 'fflate';

/** A file at a path inside a package or the output folder. */
export interface OutputFile {
  /** Relative, forward slashes, no "." or ".." segments. */
  path: string;
  data: Uint8Array;
}

const COMPRESSION_LEVEL = 9;

// fflate writes DOS times from the local-time getters, so the date is built from local
// components: any other Date would give different bytes in different time zones.
const fixedModificationTime = () => new Date(1980, 0, 1, 0, 0, 0);

/** Throws unless `path` is a plain relative path that cannot escape the folder it is unpacked into. */
export function assertSafePath(path: string): void {
  const segments = path.split('/');
  const unsafe =
    path.includes('\\') ||
    segments.some((segment) => segment === '' || segment === '.' || segment === '..');
  if (unsafe) {
    throw new Error(
      `"${path}" is not a relative path with forward slashes: rename it so it cannot point ` +
        'outside the package.',
    );
  }
}

/** Code-unit order: unlike localeCompare, the same on every machine. */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Files sorted by path in code-unit order; throws on a path given twice. */
export function sortedByPath<T extends { path: string }>(files: T[]): T[] {
  const sorted = [...files].sort((a, b) => byCodeUnits(a.path, b.path));
  sorted.forEach((file, i) => {
    if (i > 0 && sorted[i - 1].path === file.path) {
      throw new Error(`Two files would be written to "${file.path}": give one of them another name.`);
    }
  });
  return sorted;
}

/** A zip whose bytes depend only on the files: sorted entries, fixed times, fixed compression. */
export function deterministicZip(files: OutputFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of sortedByPath(files)) {
    assertSafePath(file.path);
    entries[file.path] = file.data;
  }
  return zipSync(entries, { level: COMPRESSION_LEVEL, mtime: fixedModificationTime() });
}
