import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isFolder } from './read-folder.ts';
import { assertSafePath, type OutputFile } from './zip.ts';

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
async function swapInto(outDir: string, staged: string, aside: string): Promise<void> {
  const hadPrevious = await isFolder(outDir);
  if (hadPrevious) await rename(outDir, aside);
  try {
    await rename(staged, outDir);
  } catch (error) {
    if (hadPrevious) await rename(aside, outDir);
    throw error;
  }
}

/**
 * Runs `fill` on a fresh folder beside `outDir` and swaps it in only when `fill` succeeds;
 * on failure `outDir` stays as it was. Nothing is left beside it either way.
 */
export async function replaceFolder<T>(outDir: string, fill: (folder: string) => Promise<T>): Promise<T> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  // Beside outDir, hence on the same file system: rename never falls back to a copy.
  const workspace = await mkdtemp(join(parent, `.${basename(outDir)}-staging-`));
  try {
    // Made by mkdir, not mkdtemp, so it gets the usual permissions rather than owner-only ones.
    const staged = join(workspace, 'next');
    await mkdir(staged);
    const result = await fill(staged);
    await swapInto(outDir, staged, join(workspace, 'previous'));
    return result;
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}
