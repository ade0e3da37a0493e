// The short answer key: every pool question once, by criterion, with the reference the learner
// and the LMS know it by and its right answer; one page per unit and per packaged module, linked
// from the tutor guide, which opens with the unit's version.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { guideFiles } from '../../src/guide/index.ts';
import { keyOrder, questionLine, renderShortAnswerKey } from '../../src/guide/short-answer-key.ts';
import { renderTutorGuide, versionLine } from '../../src/guide/tutor-guide.ts';
import type { Question, Unit } from '../../src/shared/course.ts';
import { questionRef } from '../../src/shared/items.ts';
import { compile } from '../compiler/helpers.ts';

const units = [...compile('tests/fixtures/valid').units, ...compile('tests/fixtures/valid-more').units];
const unitOf = (id: string) => units.find((u) => u.facts.id === id)!;
const basics = unitOf('fixture-basics');
const rich = unitOf('rich');

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const parse = (html: string) => new JSDOM(html).window.document;

/** The key's rows as [ref, criteria, question, right answer, LMS records]. */
function rowsOf(html: string): string[][] {
  return [...parse(html).querySelectorAll('table.short-key tbody tr')].map((tr) => [...tr.children].map((cell) => squash(cell.textContent)));
}

describe('the short answer key of a unit', () => {
  const rows = rowsOf(renderShortAnswerKey(basics));

  it('lists every pool question once, by its reference', () => {
    expect(rows.map((row) => row[0]).sort()).toEqual(basics.pool.map((q) => questionRef(q.id)).sort());
    expect(new Set(rows.map((row) => row[0])).size).toBe(basics.pool.length);
  });

  it('orders the questions by criterion, as the specification lists them, keeping pool order within one', () => {
    // The pool interleaves 1.1 and 1.10; the key groups them, 1.1 first.
    expect(rows.map((row) => [row[0], row[1]])).toEqual([
      [questionRef('as-why-1'), '1.1'],
      [questionRef('as-why-2'), '1.1'],
      [questionRef('as-why-3'), '1.1'],
      [questionRef('as-refund-1'), '1.10'],
      [questionRef('as-refund-2'), '1.10'],
      [questionRef('as-refund-3'), '1.10'],
    ]);
  });

  it('gives each question’s right answer in words and as the LMS records it', () => {
    const byRef = new Map(rows.map((row) => [row[0], row]));
    for (const q of basics.pool) {
      const [, , prompt, answer, recorded] = byRef.get(questionRef(q.id))!;
      expect(prompt).toBe(q.description);
      if ('options' in q) {
        const right = q.options.filter((o) => o.correct);
        expect(answer).toBe(right.map((o) => squash(parse(`<p>${o.html}</p>`).body.textContent)).join('; '));
        expect(recorded).toBe(right.map((o) => o.key).join(', '));
      }
      if (q.type === 'text') {
        expect(answer).toBe(q.answers[0]);
        expect(recorded).toBe(q.answers.join(' / '));
      }
    }
  });

  it('ends a question cut short for the LMS at a word', () => {
    const long = { ...basics.pool[0], description: `${'word '.repeat(49)}wor` };
    expect(long.description).toHaveLength(248);
    expect(questionLine({ ...long, description: `${long.description}dy` })).toBe(`${'word '.repeat(49).trim()} …`);
    expect(questionLine(long)).toBe(long.description);
  });

  it('writes order and match answers in full, under the first of several criteria', () => {
    const byRef = new Map(rowsOf(renderShortAnswerKey(rich)).map((row) => [row[0], row]));
    const order = rich.pool.find((q) => q.type === 'order') as Question & { items: string[] };
    const match = rich.pool.find((q) => q.type === 'match') as Question & { pairs: { left: string; right: string }[] };
    expect(byRef.get(questionRef(order.id))![1]).toBe('1.1, 1.10');
    expect(byRef.get(questionRef(order.id))![3]).toBe(order.items.join(', then '));
    expect(byRef.get(questionRef(match.id))![3]).toBe(match.pairs.map((p) => `${p.left}: ${p.right}`).join('; '));
    expect(keyOrder(rich).map((q) => q.id)).toEqual(['as-match', 'as-order', 'as-refund']);
  });

  it('is a page for tutors, marked as holding the answers, with the unit’s version and compact print styles', () => {
    const document = parse(renderShortAnswerKey(basics));
    expect(document.documentElement.lang).toBe('en-GB');
    expect(document.querySelector('h1')!.textContent).toBe('Answer key: Fixture unit for tests');
    expect(squash(document.querySelector('header')!.textContent)).toContain(`Version ${basics.facts.version}. For tutors and assessors: do not share it with learners.`);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelector('style')!.textContent).toMatch(/@media print \{\s*body \{ font-size: 8\.5pt;/);
    expect([...document.querySelectorAll('table.short-key thead th')].map((th) => th.getAttribute('scope'))).toEqual(Array(5).fill('col'));
  });
});

describe('the short answer key of a module', () => {
  it('holds only the questions of the module’s criteria, as its package does', () => {
    const withTwo: Unit = { ...basics, modules: basics.modules.map((m, i) => (i === 0 ? { ...m, criteria: ['fx-basics:1.10'] } : m)) };
    const rows = rowsOf(renderShortAnswerKey(withTwo, withTwo.modules[0]));
    expect(rows.map((row) => row[0])).toEqual(['as-refund-1', 'as-refund-2', 'as-refund-3'].map(questionRef));
    expect(squash(parse(renderShortAnswerKey(withTwo, withTwo.modules[0])).querySelector('h1')!.textContent)).toBe(
      `Answer key: Fixture unit for tests: ${withTwo.modules[0].title}`,
    );
  });

  it('says so when the module’s criteria are all judged by the assessor', () => {
    const practice = basics.modules[1];
    const document = parse(renderShortAnswerKey(basics, practice));
    expect(document.querySelector('table.short-key')).toBeNull();
    expect(squash(document.querySelector('main')!.textContent)).toContain('There are no assessment questions here');
  });

  it('is written beside the tutor guide, for every module packaged on its own unless module packages are not built', () => {
    const paths = (modules: boolean) => guideFiles([basics], undefined, { modules }).map((file) => file.path);
    expect(paths(true)).toEqual([
      'fixture-basics/tutor-guide.html',
      'fixture-basics/evidence-sheet.html',
      'fixture-basics/answer-key.html',
      'fixture-basics/workbook.html',
      'fixture-basics/answer-key-basics.html',
      'fixture-basics/answer-key-practice.html',
    ]);
    expect(paths(false)).toEqual(['fixture-basics/tutor-guide.html', 'fixture-basics/evidence-sheet.html', 'fixture-basics/answer-key.html', 'fixture-basics/workbook.html']);
  });
});

describe('the tutor guide’s first page', () => {
  const guide = parse(renderTutorGuide(basics));

  it('gives the unit’s version with its newest release', () => {
    expect(squash(guide.querySelector('header p.version')!.textContent)).toBe(versionLine(basics));
    const release = basics.facts.changes.find((change) => change.version === basics.facts.version);
    expect(versionLine(basics)).toBe(
      release ? `Version ${basics.facts.version}, released ${release.date}: ${release.note}` : `Version ${basics.facts.version}.`,
    );
    expect(versionLine({ ...basics, facts: { ...basics.facts, version: '9', changes: [] } })).toBe('Version 9.');
  });

  it('gives each assessment question the reference the answer key lists', () => {
    for (const q of basics.pool) {
      expect(squash(guide.getElementById(`item-${q.id}`)!.querySelector('.where')!.textContent)).toBe(`In the assessment pool, ref. ${questionRef(q.id)}`);
    }
  });

  it('links the short answer key', () => {
    expect(guide.querySelector('header a[href="answer-key.html"]')!.textContent).toBe('Short answer key');
  });
});
