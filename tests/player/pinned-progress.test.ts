// Progress saved by the packages released before the question model was refactored must restore
// in today's: tests/fixtures/pinned holds a real unit as it was then, and progress-2026-12.json the
// suspend_data those packages wrote for it (the worst case, and a typical learner part-way through
// with a sitting taken and one open), with the content fingerprint they carried.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileCourse } from '../../src/compiler/index.ts';
import { decodeProgress, encodeProgress, type Progress } from '../../src/player/progress.ts';
import type { Response } from '../../src/shared/course.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const pinned = JSON.parse(readFileSync(`${ROOT}tests/fixtures/pinned/progress-2026-12.json`, 'utf8'));
const unit = compileCourse({ root: ROOT, contentDir: 'tests/fixtures/pinned' }).units[0];

/**
 * Progress as the released player held it: every response a list of strings (option keys; item
 * and right indices as digits, "" for a left not matched; the typed text alone).
 */
function released(p: Progress) {
  const strings = (r: Response | null) =>
    r === null ? null : typeof r === 'string' ? [r] : (r as (string | number | null)[]).map((x) => (x === null ? '' : String(x)));
  const checks = Object.fromEntries(Object.entries(p.checks).map(([id, r]) => [id, strings(r)]));
  const sittings = p.sittings.map((s) => ({ ...s, answers: s.answers.map(strings) }));
  return JSON.parse(JSON.stringify({ ...p, checks, sittings, seen: [...p.seen].sort((a, b) => a - b) }));
}

describe('progress saved by the released packages', () => {
  const saved = pinned[unit.facts.id];

  test('the content fingerprint is computed as it was', () => {
    expect(unit.fingerprint).toBe(saved.fingerprint);
  });

  test.each(['worst', 'typical'])('the %s case restores exactly and is saved again unchanged', (which) => {
    const progress = decodeProgress(unit, saved[which]);
    expect(released(progress)).toEqual(saved[`${which}Decoded`]);
    expect(progress.sittings.length).toBeGreaterThan(0);
    expect(encodeProgress(unit, progress)).toBe(saved[which]);
  });
});
