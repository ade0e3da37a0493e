import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sortedByPath, type OutputFile } from './zip.ts';

// Names starting with "." are editor and version-control droppings (.DS_Store, .gitkeep),
// never course assets.
const isHidden = (name: string) => name.startsWith('.');

/** False when nothing exists at `path`. */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

async function collect(root: string, prefix: string, into: OutputFile[]): Promise<void> {
  const names = (await readdir(join(root, prefix))).filter((name) => !isHidden(name));
  for (const name of names) {
    const path = prefix ? `${prefix}/${name}` : name;
    if (await isFolder(join(root, path))) await collect(root, path, into);
    else into.push({ path, data: new Uint8Array(await readFile(join(root, path))) });
  }
}

/** Every file under `folder`, by path relative to it, sorted; none when the folder does not exist. */
export async function readFolderFiles(folder: string): Promise<OutputFile[]> {
  if (!(await isFolder(folder))) return [];
  const files: OutputFile[] = [];
  await collect(folder, '', files);
  return sortedByPath(files);
}
