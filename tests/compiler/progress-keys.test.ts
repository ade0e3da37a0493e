// The check that no two activity ids of a unit share a progress key (src/player/progress.ts
// stores answers under itemKey(id)), with a key function that makes collisions easy to plant.
// tests/fixtures/invalid/progress-key-clash has a real collision of itemKey itself.
import { describe, expect, it } from 'vitest';
import { Diagnostics, formatDiagnostic } from '../../src/compiler/diagnostics.ts';
import { checkProgressKeys } from '../../src/compiler/key-clashes.ts';
import { itemKey } from '../../src/shared/items.ts';

const at = (line: number) => ({ file: 'c/u/01-m.md', line, col: 1 });
/** Every id starting with the same letter gets the same key. */
const firstLetter = (id: string) => `${id[0]}000`;

function check(ids: string[]): string[] {
  const diags = new Diagnostics();
  checkProgressKeys(ids.map((id, i) => ({ id, at: at(10 * (i + 1)) })), diags, firstLetter);
  return diags.list.map(formatDiagnostic);
}

describe('checkProgressKeys', () => {
  it('accepts ids whose keys differ', () => {
    expect(check(['alpha', 'bravo', 'charlie'])).toEqual([]);
  });

  it('names both ids and where the first is, at the second', () => {
    expect(check(['alpha', 'bravo', 'apple'])).toEqual([
      `c/u/01-m.md:30:1: The ids "alpha" (at c/u/01-m.md:10) and "apple" have the same short key "a000" in the learner's saved progress, so one would overwrite the other's answers. Rename one of them.`,
    ]);
  });

  it('reports every later id that collides with the first', () => {
    const pairs = check(['alpha', 'apple', 'avocado']).map((line) => /^(\S+) The ids "(\w+)" .* and "(\w+)"/.exec(line)!.slice(1));
    expect(pairs).toEqual([
      ['c/u/01-m.md:20:1:', 'alpha', 'apple'],
      ['c/u/01-m.md:30:1:', 'alpha', 'avocado'],
    ]);
  });

  it('leaves an id used twice to the duplicate-id check', () => {
    expect(check(['alpha', 'alpha'])).toEqual([]);
  });

  it('uses itemKey by default, whose collisions do happen', () => {
    expect(itemKey('as-why-47831')).toBe(itemKey('kc-why'));
    const diags = new Diagnostics();
    checkProgressKeys([{ id: 'kc-why', at: at(9) }, { id: 'as-why-47831', at: at(14) }], diags);
    expect(diags.list.map((d) => d.message)).toEqual([
      `The ids "kc-why" (at c/u/01-m.md:9) and "as-why-47831" have the same short key "EOg" in the learner's saved progress, so one would overwrite the other's answers. Rename one of them.`,
    ]);
  });
});
