// Format 2 gained an optional eleventh part, the time spent: strings saved before it (ten parts)
// must still read, unchanged, and save again byte for byte until time is added.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileCourse } from '../../src/compiler/index.ts';
import { decodeProgress, encodeProgress, type Progress } from '../../src/player/progress.ts';
import { allPages, quizCriteria } from '../../src/shared/activities.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const pinned = JSON.parse(readFileSync(`${ROOT}tests/fixtures/pinned/progress-format2-2026-12.json`, 'utf8'));
const unit = compileCourse({ root: ROOT, contentDir: 'tests/fixtures/pinned' }).units[0];
const saved: Record<string, string> = pinned[unit.facts.id];
const decode = (text: string) => decodeProgress(unit, text, () => ({})) as Progress;

describe('format 2 saved before the time spent was kept', () => {
  test.each(['worst', 'typical'])('the %s case has ten parts, reads without a time, and saves again unchanged', (which) => {
    const text = saved[which];
    expect(text.split('|')).toHaveLength(10);
    const p = decode(text);
    expect(p).toBeDefined();
    expect(p.time).toBeUndefined();
    expect(encodeProgress(unit, p)).toBe(text);
  });

  test('the worst case keeps every page, criterion and sitting', () => {
    const p = decode(saved.worst);
    expect(p.seen.size).toBe(allPages(unit).length);
    expect(Object.keys(p.met).sort()).toEqual([...quizCriteria(unit)].sort());
    expect(p.sat).toHaveLength(unit.assessment.attempts - 1);
    expect(p.open?.answers.every((a) => a !== null)).toBe(true);
  });

  test('with time added, it gains one part of whole minutes that reads back', () => {
    const p = { ...decode(saved.typical), time: { teaching: 95 * 60 + 20, assessment: 14 * 60 + 40 } };
    const text = encodeProgress(unit, p);
    expect(text).toBe(`${saved.typical}|2n.f`);
    expect(decode(text).time).toEqual({ teaching: 95 * 60, assessment: 15 * 60 });
  });

  test('a time that rounds to no minutes is left out; a damaged time is damaged progress', () => {
    expect(encodeProgress(unit, { ...decode(saved.typical), time: { teaching: 20, assessment: 0 } })).toBe(saved.typical);
    expect(decodeProgress(unit, `${saved.typical}|2n`, () => ({}))).toBeUndefined();
    expect(decodeProgress(unit, `${saved.typical}|2n.f|x`, () => ({}))).toBeUndefined();
  });
});
