// The tutor guide and evidence sheet printed by Chromium on A4: the PDF is made, outcomes and the
// sheet start new pages, and at the printed width nothing sticks out past the page's edge.
// Screenshots of the print layout are left in .tmp/guide-print/ to look at.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderEvidenceSheet } from '../../src/guide/evidence-sheet.ts';
import { renderShortAnswerKey } from '../../src/guide/short-answer-key.ts';
import { renderTutorGuide, type LegislationEntry } from '../../src/guide/tutor-guide.ts';
import type { Unit } from '../../src/shared/course.ts';
import { compile } from '../compiler/helpers.ts';
import { chromiumPath, ROOT } from './harness.ts';

const OUT = join(ROOT, '.tmp/guide-print');
/** A4 less the guide's 15 mm side margins, in CSS pixels (96 per inch). */
const PRINT_WIDTH = Math.floor(((210 - 2 * 15) / 25.4) * 96);

const REGISTER: LegislationEntry[] = [
  { title: 'Consumer Rights Act', year: 2015, status: 'In force', replaced: 'Sale of Goods Act 1979, for consumers', reviewed: '1 March 2026' },
  { title: 'Equality Act', year: 2010, status: 'In force', reviewed: '1 March 2026' },
];

const units: Unit[] = [...compile('tests/fixtures/valid').units, ...compile('tests/fixtures/valid-more').units];
const fixture = units.find((u) => u.facts.id === 'fixture-basics')!;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  for (const unit of units) {
    mkdirSync(join(OUT, unit.facts.id), { recursive: true });
    writeFileSync(join(OUT, unit.facts.id, 'tutor-guide.html'), renderTutorGuide(unit, REGISTER));
    writeFileSync(join(OUT, unit.facts.id, 'evidence-sheet.html'), renderEvidenceSheet(unit));
    writeFileSync(join(OUT, unit.facts.id, 'answer-key.html'), renderShortAnswerKey(unit));
  }
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
});

async function open(unit: Unit, file: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: PRINT_WIDTH, height: 1123 });
  await page.goto(pathToFileURL(join(OUT, unit.facts.id, file)).href);
}

/** Pages of a PDF: Chromium writes each page's dictionary uncompressed. */
async function pdfPages(): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  writeFileSync(join(OUT, 'last.pdf'), pdf);
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Elements reaching past the printed width, or holding content wider than themselves. */
function overflowing(): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + el.className : ''}`;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) found.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < -0.5 || box.right > width + 0.5) found.push(`${name(el)} spans ${box.left}..${box.right} of ${width}`);
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) found.push(`${name(el)} holds ${el.scrollWidth} in ${el.clientWidth}`);
    }
    return found;
  });
}

describe('printing the fixture unit’s tutor guide on A4', () => {
  test('makes a PDF with the first page, a page per outcome, the register and the sheet', async () => {
    await open(fixture, 'tutor-guide.html');
    // Facts and rules, outcome 1 (its answer key runs over pages), outcome 2, register, sheet.
    expect(await pdfPages()).toBeGreaterThanOrEqual(2 + fixture.outcomes.length + 2);
    await page.screenshot({ path: join(OUT, 'tutor-guide-print.png'), fullPage: true });
  });

  test('starts each outcome, the register and the sheet on a new page', async () => {
    await open(fixture, 'tutor-guide.html');
    const breaks = await page.evaluate(() =>
      [...document.querySelectorAll('section.outcome, section.register, section.sheet')].map((s) => getComputedStyle(s).breakBefore),
    );
    expect(breaks).toEqual(['page', 'page', 'page', 'page']);
  });

  test('keeps every element within the printed width', async () => {
    await open(fixture, 'tutor-guide.html');
    expect(await overflowing()).toEqual([]);
  });

  test('leaves out the contents and links meant for the screen, and repeats table headings', async () => {
    await open(fixture, 'tutor-guide.html');
    const shown = await page.evaluate(() => ({
      contents: getComputedStyle(document.querySelector('nav.contents')!).display,
      thead: getComputedStyle(document.querySelector('table.evidence thead')!).display,
    }));
    expect(shown).toEqual({ contents: 'none', thead: 'table-header-group' });
  });

  test('prints the evidence sheet on its own on one page with room to write', async () => {
    await open(fixture, 'evidence-sheet.html');
    expect(await pdfPages()).toBe(1);
    expect(await overflowing()).toEqual([]);
    const heights = await page.evaluate(() =>
      [...document.querySelectorAll('table.evidence td.blank, table.declarations td')].map((td) => td.getBoundingClientRect().height),
    );
    // 11 mm and 14 mm at 96 px per inch: room for a handwritten reference, date or signature.
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(41);
    await page.screenshot({ path: join(OUT, 'evidence-sheet-print.png'), fullPage: true });
  });
});

describe('printing the short answer key', () => {
  test('fits the fixture unit’s six questions on one page, within the printed width', async () => {
    await open(fixture, 'answer-key.html');
    expect(await pdfPages()).toBe(1);
    expect(await overflowing()).toEqual([]);
    // Small but readable: 8 pt is 10.67 CSS pixels.
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('table.short-key td')!).fontSize));
    expect(size).toBeGreaterThanOrEqual(10.5);
    expect(size).toBeLessThanOrEqual(12);
    await page.screenshot({ path: join(OUT, 'answer-key-print.png'), fullPage: true });
  });
});

describe('reading the guide on screen', () => {
  test.each(['tutor-guide.html', 'evidence-sheet.html', 'answer-key.html'])('%s has no accessibility violations axe can find', async (file) => {
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(pathToFileURL(join(OUT, fixture.facts.id, file)).href);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe.each(units.filter((u) => u !== fixture).map((u) => [u.facts.id, u] as const))('printing %s', (_, unit) => {
  test('the guide, the sheet and the answer key fit the printed width', async () => {
    for (const file of ['tutor-guide.html', 'evidence-sheet.html', 'answer-key.html']) {
      await open(unit, file);
      expect(await pdfPages()).toBeGreaterThan(0);
      expect(await overflowing(), file).toEqual([]);
    }
  });
});
