// Fixtures for problems of the file system rather than of the text: a folder where a file should
// be, symbolic links that loop or point nowhere, and a file too large to read. They are made at test time in a temporary
// folder rather than committed, because git on Windows (and any zip of the repository) turns a
// symbolic link into a small text file, which would quietly make the fixture a different mistake,
// and a link that loops inside the repository trips tools that walk it. Each case is
// tests/fixtures/valid-more/minimal with one fault, in content/<case>/, named after its code.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';

const MINIMAL = join(ROOT, 'tests/fixtures/valid-more/minimal');

/** Each case's fault, given its unit folder and the content folder. */
const FAULTS: Record<string, (unit: string, content: string) => void> = {
  // unit.md is a folder: the unit is left out, reported once (not also as having no unit.md).
  'file-is-folder-unit': (unit) => {
    rmSync(join(unit, 'unit.md'));
    mkdirSync(join(unit, 'unit.md'));
    writeFileSync(join(unit, 'unit.md', 'notes.txt'), 'A folder where unit.md should be.\n');
  },
  'file-is-folder-module': (unit) => mkdirSync(join(unit, '02-more-service.md')),
  // quality.yaml of the content folder is a folder.
  'file-is-folder-quality': (_unit, content) => mkdirSync(join(content, 'quality.yaml')),
  'file-unreadable-loop': (unit) => symlinkSync('02-more-service.md', join(unit, '02-more-service.md')),
  'file-unreadable-dangling': (unit) => symlinkSync('gone.md', join(unit, '02-more-service.md')),
  // A unit folder that is a link to itself.
  'file-unreadable-folder-loop': (_unit, content) => symlinkSync('loop', join(content, 'loop')),
  'folder-unreadable-aids-loop': (unit) => symlinkSync('aids', join(unit, 'aids')),
  // Over the 1 MB a file may hold: too big to commit, so made here.
  'file-too-large': (unit) => writeFileSync(join(unit, '02-more-service.md'), `---\ntitle: More\n---\n\n${'Customers come back. '.repeat(60_000)}\n`),
};

export const FAULT_CASES = Object.keys(FAULTS);

/** A project root holding content/<case>/ for every case; `remove` deletes it. */
export function makeFileFaults(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'file-faults-'));
  const content = join(root, 'content');
  for (const [name, fault] of Object.entries(FAULTS)) {
    const unit = join(content, name);
    cpSync(MINIMAL, unit, { recursive: true });
    const unitMd = join(unit, 'unit.md');
    writeFileSync(unitMd, readFileSync(unitMd, 'utf8').replace('ref: minimal', `ref: ${name}`));
    fault(unit, content);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
