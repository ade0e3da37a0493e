// The learner workbook as the real build writes it for the fixture unit: the HTML passes axe, the
// PDF is tagged, has a sensible number of pages and reads in order (teaching, then the answers at
// the back); the catalog links both. The workbooks of the other fixtures (figures, diagrams,
// blocks, a synoptic unit) are rendered straight to files and pass axe too.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderWorkbook } from '../../src/guide/workbook.ts';
import type { Question, Reflection } from '../../src/shared/course.ts';
import { compile } from '../compiler/helpers.ts';
import { prepare, ROOT } from './harness.ts';

const NAME = 'e2e-workbook';
const DIST = join(ROOT, '.tmp', NAME, 'dist');
const OTHERS = join(ROOT, '.tmp', NAME, 'others');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const unit = compile('tests/fixtures/valid').units.find((u) => u.facts.id === 'fixture-basics')!;
const others = [...compile('tests/fixtures/blocks').units, ...compile('tests/fixtures/valid-more').units];
const pages = [...unit.intro, ...unit.modules.flatMap((m) => m.pages)];
const check = pages.flatMap((p) => p.blocks).find((b): b is Question => b.kind === 'question' && b.id === 'kc-why')!;
const reflection = pages.flatMap((p) => p.blocks).find((b): b is Reflection => b.kind === 'reflection')!;

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, browser } = await prepare(NAME, 'tests/fixtures/valid', []));
  page = await (await browser.newContext()).newPage();
  for (const other of others) {
    mkdirSync(join(OTHERS, other.facts.id), { recursive: true });
    writeFileSync(join(OTHERS, other.facts.id, 'workbook.html'), renderWorkbook(other));
  }
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const pdf = join(DIST, unit.facts.id, 'workbook.pdf');

async function audit(file: string): Promise<string[]> {
  await page.goto(pathToFileURL(file).href);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the fixture unit’s workbook, as the build writes it', () => {
  test('the HTML has no accessibility violations axe can find', async () => {
    expect(await audit(join(DIST, unit.facts.id, 'workbook.html'))).toEqual([]);
  });

  test('the PDF is tagged, has bookmarks and runs to a sensible number of pages', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    // Bookmarks from the headings, for finding a module in a PDF reader.
    expect(readFileSync(pdf).toString('latin1')).toContain('/Outlines');
    const pageCount = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    // Contents and about, introduction, two modules, key terms, answers: each starts a page.
    expect(pageCount).toBeGreaterThanOrEqual(6);
    expect(pageCount).toBeLessThanOrEqual(14);
  });

  test('the PDF reads the teaching first, then each answer after the Answers heading', () => {
    const text = squash(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    const answers = text.lastIndexOf('Answers Module 1: The basics');
    expect(answers).toBeGreaterThan(0);
    const [teaching, back] = [text.slice(0, answers), text.slice(answers)];
    expect(teaching).toContain(pages[0].title);
    expect(teaching).toContain(check.prompt.replace(/<[^>]+>/g, ''));
    expect(teaching).toContain(reflection.description);
    expect(teaching).not.toContain('Answer: a. Customers come back.');
    expect(back).toContain('Answer: a. Customers come back.');
    expect(back).toContain('Yes, loyal customers return.');
  });

  test('the catalog links the workbook and its PDF', () => {
    const catalog = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(catalog).toContain(`href="${unit.facts.id}/workbook.html"`);
    expect(catalog).toContain(`href="${unit.facts.id}/workbook.pdf"`);
  });
});

describe.each(others.map((u) => [u.facts.id, u.facts.id] as const))('the workbook of %s', (_, id) => {
  test('has no accessibility violations axe can find', async () => {
    expect(await audit(join(OTHERS, id, 'workbook.html'))).toEqual([]);
  });
});
