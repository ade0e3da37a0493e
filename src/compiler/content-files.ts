// Reading the content folder without ever throwing: a folder where a file should be, a symbolic
// link that loops or points nowhere, a file that cannot be opened or is not UTF-8 each become a
// diagnostic at that file. Text is handed on with its line endings made "\n" and any byte order
// mark removed, so a file saved on Windows compiles exactly as the same file saved elsewhere.
import { isUtf8 } from 'node:buffer';
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { Diagnostics } from './diagnostics.ts';

/**
 * Largest markdown or YAML file read, in bytes: eight times the largest assessment pool so far,
 * and small enough that no file can make a check take minutes.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/** What a path holds, following symbolic links; "broken" with the reason when it cannot be followed. */
export type PathKind = { kind: 'missing' } | { kind: 'file' } | { kind: 'folder' } | { kind: 'broken'; reason: string };

export function kindOf(path: string): PathKind {
  try {
    lstatSync(path);
  } catch {
    return { kind: 'missing' };
  }
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? { kind: 'folder' } : { kind: 'file' };
  } catch (e) {
    return { kind: 'broken', reason: reasonOf(e) };
  }
}

/** Why a path could not be read, in words an author can act on. */
export function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ELOOP') return 'it is a symbolic link that leads round in a loop';
  if (code === 'ENOENT') return 'it is a symbolic link to something that does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission to read it is denied';
  if (code === 'ENOTDIR') return 'part of its path is a file, not a folder';
  if (code === 'EISDIR') return 'it is a folder';
  return code ?? (e instanceof Error ? e.message : String(e));
}

/**
 * The text of a content file, or undefined once reported: a folder, a broken link or a file that
 * cannot be opened. Text that is not UTF-8 is reported and still returned (with replacement
 * characters), so the file's other problems are found in the same run.
 */
export function readContentFile(path: string, file: string, diags: Diagnostics): string | undefined {
  const at = { file, line: 1, col: 1 };
  const found = kindOf(path);
  if (found.kind === 'folder') {
    diags.report(at, 'file-is-folder', { file });
    return undefined;
  }
  if (found.kind !== 'file') {
    diags.report(at, 'file-unreadable', { file, reason: found.kind === 'broken' ? found.reason : 'it does not exist' });
    return undefined;
  }
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) {
      diags.report(at, 'file-too-large', { file, limit: `${MAX_FILE_BYTES / 1024 / 1024} MB` });
      return undefined;
    }
    bytes = readFileSync(path);
  } catch (e) {
    diags.report(at, 'file-unreadable', { file, reason: reasonOf(e) });
    return undefined;
  }
  const text = normalise(bytes.toString('utf8'));
  if (!isUtf8(bytes)) {
    // Decoding put U+FFFD where the first byte that is not UTF-8 was.
    const index = Math.max(0, text.indexOf('\uFFFD'));
    const before = text.slice(0, index).split('\n');
    diags.report({ file, line: before.length, col: before[before.length - 1].length + 1 }, 'file-not-utf8', { file });
  }
  return text;
}

/** "\r\n" and a lone "\r" as "\n", and no byte order mark. */
export function normalise(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * The names in a folder, sorted, or undefined once reported (a broken link, a file, no permission).
 * A folder that is simply absent is not a problem here: the caller decides whether it is needed.
 */
export function listFolder(path: string, shownAs: string, diags: Diagnostics): string[] | undefined {
  const found = kindOf(path);
  if (found.kind === 'missing') return undefined;
  const at = { file: shownAs, line: 1, col: 1 };
  if (found.kind !== 'folder') {
    diags.report(at, 'folder-unreadable', { folder: shownAs, reason: found.kind === 'file' ? 'it is a file' : found.reason });
    return undefined;
  }
  try {
    return readdirSync(path).sort();
  } catch (e) {
    diags.report(at, 'folder-unreadable', { folder: shownAs, reason: reasonOf(e) });
    return undefined;
  }
}
