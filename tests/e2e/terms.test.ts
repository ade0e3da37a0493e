// Key terms in the built fixture package, standalone: a term's definition shows on keyboard focus
// and on a tap, Escape hides it without moving focus, it stays inside a 320 px screen, and the
// glossary lists every term, links to its first use, and leaves progress alone.
import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { prepare } from './harness.ts';
import { begin, packageDir, settled } from './learner-helpers.ts';

let server: Server;
let base: string;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  ({ server, base, browser } = await prepare('e2e-terms'));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});
afterEach(async () => {
  await context?.close();
});

const DEFINITION = 'Someone who buys or uses what an organisation offers.';

async function open(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${base}/pkg/${packageDir('2004')}/index.html`);
  await expect.poll(() => page.locator('main h1').textContent()).toBe('Fixture unit for tests');
  return page;
}

/** The first module page, whose text uses the term "customer". */
async function toTermPage(page: Page): Promise<void> {
  await begin(page);
  await page.getByRole('button', { name: /^Next/ }).click();
  await settled(page);
  await expect.poll(() => page.locator('main h1').textContent()).toBe('The basics');
}

async function audit(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

const focusedIsTerm = (page: Page) => page.evaluate(() => document.activeElement?.matches('main button.term') ?? false);

test('a term reached by keyboard shows its definition, and Escape hides it without moving focus', async () => {
  const page = await open();
  await toTermPage(page);
  const term = page.locator('main button.term');
  const definition = page.locator('#term-def-0');
  expect(await term.textContent()).toBe('customer');
  expect(await term.getAttribute('aria-describedby')).toBe('term-def-0');
  expect(await definition.textContent()).toBe(DEFINITION);
  await expect.poll(() => definition.isVisible()).toBe(false);
  for (let i = 0; i < 10 && !(await focusedIsTerm(page)); i++) await page.keyboard.press('Tab');
  expect(await focusedIsTerm(page)).toBe(true);
  await expect.poll(() => definition.isVisible()).toBe(true);
  expect(await term.getAttribute('aria-expanded')).toBe('true');
  await audit(page, 'page with a definition open');
  await page.keyboard.press('Escape');
  await expect.poll(() => definition.isVisible()).toBe(false);
  expect(await term.getAttribute('aria-expanded')).toBe('false');
  expect(await focusedIsTerm(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => definition.isVisible()).toBe(true);
  await page.keyboard.press('Tab');
  await expect.poll(() => definition.isVisible()).toBe(false);
});

test('at 320 px a tap shows the definition inside the screen, and the glossary lists every term', async () => {
  const page = await open({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  await toTermPage(page);
  await page.locator('main button.term').tap();
  const definition = page.locator('#term-def-0');
  await expect.poll(() => definition.isVisible()).toBe(true);
  const box = (await definition.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await audit(page, 'page with terms at 320 px');
  await page.locator('main button.term').tap();
  await expect.poll(() => definition.isVisible()).toBe(false);

  const viewed = await page.locator('#progress-text').textContent();
  await page.getByRole('button', { name: 'Contents', exact: true }).click();
  await page.locator('nav').getByRole('button', { name: 'Key terms' }).click();
  await expect.poll(() => page.locator('main h1').textContent()).toBe('Key terms');
  expect(await page.locator('main dt').allTextContents()).toEqual(['customer']);
  expect((await page.locator('main dd').textContent())!.replace(/\s+/g, ' ').trim()).toBe(`${DEFINITION} First used in The basics.`);
  expect(await page.locator('#progress-text').textContent()).toBe(viewed);
  await audit(page, 'glossary at 320 px');

  // A returning learner starts at the cover; the glossary is in the contents.
  await page.reload();
  await expect.poll(() => page.locator('main h2').first().textContent()).toBe('Welcome back');
  await page.getByRole('button', { name: 'Contents', exact: true }).click();
  await page.locator('nav').getByRole('button', { name: 'Key terms' }).click();
  await expect.poll(() => page.locator('main h1').textContent()).toBe('Key terms');
  await page.locator('main').getByRole('button', { name: 'The basics' }).click();
  await expect.poll(() => page.locator('main h1').textContent()).toBe('The basics');
});
