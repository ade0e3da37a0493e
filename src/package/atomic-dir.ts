import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { assertSafePath, type OutputFile } from './zip.ts';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Writes the files under `folder`, creating sub-folders as needed. */
export async function writeOutputFiles(folder: string, files: OutputFile[]): Promise<void> {
  for (const file of files) {
    assertSafePath(file.path);
    const target = join(folder, ...file.path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.data);
  }
}

// POSIX has no portable way to exchange two folders in one step: the old folder is moved
// aside, the new one moved in, and the old one restored if that fails.
async function swapInto(outDir: string, staged: string): Promise<void> {
  const previous = `${staged}-previous`;
  const hadPrevious = await exists(outDir);
  if (hadPrevious) await rename(outDir, previous);
  try {
    await rename(staged, outDir);
  } catch (error) {
    if (hadPrevious) await rename(previous, outDir);
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

/**
 * Runs `fill` on a fresh sibling folder of `outDir` and swaps it in only when `fill` succeeds;
 * on failure `outDir` stays as it was and the sibling is removed.
 */
export async function replaceFolder<T>(outDir: string, fill: (folder: string) => Promise<T>): Promise<T> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  // Same parent, hence the same file system: rename cannot fall back to a copy.
  const staged = await mkdtemp(join(parent, `.${basename(outDir)}-staging-`));
  try {
    const result = await fill(staged);
    await swapInto(outDir, staged);
    return result;
  } catch (error) {
    await rm(staged, { recursive: true, force: true });
    throw error;
  }
}
