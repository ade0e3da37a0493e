// Progress saved by the packages released before saved progress was kept item by item must
// restore in today's: tests/fixtures/pinned holds a real unit as it was then, and
// progress-2026-12.json the suspend_data those packages wrote for it (the worst case, and a
// typical learner part-way through with a sitting taken and one open), with the content
// fingerprint they carried and what it meant, read by the released player.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileCourse } from '../../src/compiler/index.ts';
import { metByV1Sittings } from '../../src/player/assessment.ts';
import { decodeProgress, encodeProgress, type Progress } from '../../src/player/progress.ts';
import { allPages } from '../../src/shared/activities.ts';
import type { Response } from '../../src/shared/course.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const pinned = JSON.parse(readFileSync(`${ROOT}tests/fixtures/pinned/progress-2026-12.json`, 'utf8'));
const unit = compileCourse({ root: ROOT, contentDir: 'tests/fixtures/pinned' }).units[0];

interface Released {
  seen: number[];
  checks: Record<string, string[]>;
  scenarios: Record<string, number[]>;
  reflections: Record<string, number>;
  sittings: { questions: string[]; answers: (string[] | null)[]; submitted: boolean; day: number }[];
}

/** A response as the released player held it: a list of strings (option keys, indices as digits, "" for no match, the typed text alone). */
function released(r: Response | null): string[] | null {
  if (r === null) return null;
  return typeof r === 'string' ? [r] : (r as (string | number | null)[]).map((x) => (x === null ? '' : String(x)));
}

describe('progress saved by the released packages', () => {
  const saved = pinned[unit.facts.id];

  test('the content fingerprint they carry is still computed as it was', () => {
    expect(unit.fingerprint).toBe(saved.fingerprint);
  });

  test.each(['worst', 'typical'])('the %s case restores: every page, answer, scenario, reflection and sitting', (which) => {
    const old: Released = saved[`${which}Decoded`];
    const p = decodeProgress(unit, saved[which], (sittings) => metByV1Sittings(unit.pool, sittings)) as Progress;
    expect(p).toBeDefined();
    const pages = allPages(unit);
    expect([...p.seen].sort()).toEqual(old.seen.map((i) => pages[i].id).sort());
    expect(Object.fromEntries(Object.entries(p.checks).map(([id, r]) => [id, released(r)]))).toEqual(old.checks);
    expect(p.scenarios).toEqual(old.scenarios);
    expect(p.reflections).toEqual(old.reflections);
    const submitted = old.sittings.filter((s) => s.submitted);
    expect(p.sat).toEqual(submitted.map((s) => s.day));
    expect([...p.used].sort()).toEqual([...new Set(submitted.flatMap((s) => s.questions))].sort());
    const open = old.sittings.find((s) => !s.submitted);
    expect(p.open && { questions: p.open.questions, answers: p.open.answers.map(released) }).toEqual(open && { questions: open.questions, answers: open.answers });
    expect(Object.keys(p.met).length).toBeGreaterThan(0);
    // Saved again, it takes today's form, which reads back the same.
    const again = encodeProgress(unit, p);
    expect(again.startsWith('2|')).toBe(true);
    expect(decodeProgress(unit, again, () => ({}))).toEqual(p);
  });
});
