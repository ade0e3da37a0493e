// The folders' boundaries, enforced: the player reaches the LMS only through src/lms and shares
// only src/shared; the LMS adapter imports nothing of ours; build-time code never imports the
// player; src/shared depends on nothing but the LMS adapter's types; src/results reads only
// the shared record shape.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

/** Every file of ours each file imports, as folders under src ("lms/types.ts"). */
const imports = files(SRC).map((file) => {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
  const ours = specifiers.filter((s) => s.startsWith('.')).map((s) => relative(SRC, resolve(dirname(file), s)));
  return { file: relative(SRC, file), ours };
});

const folder = (path: string) => path.split('/')[0];

function outside(from: string, allowed: (target: string) => boolean): string[] {
  return imports.filter((i) => folder(i.file) === from).flatMap((i) => i.ours.filter((t) => !allowed(t)).map((t) => `${i.file} -> ${t}`));
}

describe('the architecture', () => {
  it('finds imports to check', () => {
    expect(imports.length).toBeGreaterThan(80);
    expect(imports.find((i) => i.file === 'player/start.ts')?.ours).toContain('lms/index.ts');
  });

  it('the player reaches beyond itself only to src/lms and src/shared', () => {
    expect(outside('player', (t) => ['player', 'lms', 'shared'].includes(folder(t)))).toEqual([]);
  });

  it('the LMS adapter imports nothing of ours', () => {
    expect(outside('lms', (t) => folder(t) === 'lms')).toEqual([]);
  });

  it('src/shared imports only itself and the LMS adapter\'s types', () => {
    expect(outside('shared', (t) => folder(t) === 'shared' || t === 'lms/types.ts')).toEqual([]);
  });

  it('build-time code never imports the player or the preview LMS', () => {
    for (const from of ['compiler', 'package', 'guide']) {
      expect(outside(from, (t) => !['player', 'preview'].includes(folder(t)))).toEqual([]);
    }
  });

  it('the results reader is plain data work: it imports only itself and src/shared', () => {
    expect(imports.some((i) => folder(i.file) === 'results')).toBe(true);
    expect(outside('results', (t) => ['results', 'shared'].includes(folder(t)))).toEqual([]);
  });

  it('the preview LMS speaks to a course only through the SCORM API', () => {
    expect(outside('preview', (t) => ['preview', 'lms'].includes(folder(t)))).toEqual([]);
  });
});
