// Every figure, diagram and block kind, in the showcase fixture unit, at 1280 and 320 px: each
// page has no WCAG 2.2 A/AA violation and fits the screen, and each block works by keyboard.
// Screenshots at 320 px go to .tmp/showcase-shots/ for a person to look at.
import { mkdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page as CoursePage } from '../../src/shared/course.ts';
import { prepare, ROOT } from './harness.ts';
import { answer, begin, findQuestion, settled, unitOf } from './learner-helpers.ts';

const PACKAGE = 'showcase-scorm2004';
const SHOTS = join(ROOT, '.tmp', 'showcase-shots');
/** Every kind the fixture must show, so a kind dropped from it fails here. */
const KINDS = [
  'figure', 'decorative figure', 'long description', 'flow', 'cycle', 'pyramid', 'matrix', 'timeline',
  'callout key', 'callout law', 'callout work', 'tabs', 'accordion', 'steps', 'cards', 'cards myth', 'scenario dialogue',
];

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, base, browser } = await prepare('e2e-showcase', 'tests/fixtures/blocks'));
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

// Legacy mode runs axe in the page itself, without opening a blank page for every audit: the
// course is one frame, so nothing is missed, and it takes a fraction of the time.
async function audit(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

/**
 * The smallest text each diagram on the page draws, in CSS pixels as shown: a diagram scales down
 * to the screen, so a wide one shrinks its text. A floor, not a target: the matrix draws its axis
 * labels near it at 320 px.
 */
const MIN_TEXT = 8;
async function smallestText(page: Page): Promise<[string, number][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('main figure svg')].map((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const sizes = [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')) * scale);
      return [svg.getAttribute('class')!.replace('diagram-', ''), Math.min(...sizes)] as [string, number];
    }),
  );
}

async function fits(page: Page, what: string): Promise<void> {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(wide, `${what} is wider than the screen`).toBeLessThanOrEqual(0);
}

/** Presses Tab until the element named `name` has focus: it can be reached by keyboard. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
  }
  throw new Error(`"${name}" cannot be reached with the Tab key.`);
}

/** Works each kind on the page by keyboard and returns the kinds it found. */
async function exercise(page: Page, p: CoursePage): Promise<string[]> {
  const html = p.blocks.map((b) => (b.kind === 'html' ? b.html : '')).join('');
  const found: string[] = [];
  const main = page.locator('main');
  // Pictures with alt text and diagrams are images named by their alt; a decorative picture is not one.
  const named = [...html.matchAll(/<img [^>]*alt="([^"]+)"/g), ...html.matchAll(/<title id="[^"]+">([^<]+)<\/title>/g)].map((m) => m[1].replace(/&#39;/g, "'"));
  await expect.poll(() => main.getByRole('img').count()).toBe(named.length);
  for (const name of named) await expect.poll(() => main.getByRole('img', { name, exact: true }).isVisible()).toBe(true);
  if (/<img [^>]*alt="[^"]+"/.test(html)) found.push('figure');
  if (html.includes('alt=""')) {
    expect(await main.locator('img[alt=""]').count()).toBe(1);
    found.push('decorative figure');
  }
  for (const kind of ['flow', 'cycle', 'pyramid', 'matrix', 'timeline']) {
    const svg = main.locator(`figure svg.diagram-${kind}`);
    if ((await svg.count()) === 0) continue;
    expect(await svg.getAttribute('role')).toBe('img');
    // The SVG's name is its title, the alt text.
    const title = await svg.locator('title').textContent();
    expect(await main.getByRole('img', { name: title!, exact: true }).evaluate((e) => e.tagName.toLowerCase())).toBe('svg');
    found.push(kind);
  }
  for (const summary of ['Description of the picture', 'Description of the diagram']) {
    if (!html.includes(summary)) continue;
    await page.locator('main h1').focus();
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    const details = main.locator('details.long-description', { hasText: summary });
    await expect.poll(() => details.getAttribute('open')).toBe('');
    await expect.poll(() => details.locator('p').first().isVisible()).toBe(true);
    found.push('long description');
  }
  for (const variant of ['key', 'law', 'work']) {
    const note = main.getByRole('note').and(main.locator(`.callout-${variant}`));
    if ((await note.count()) === 0) continue;
    expect(await note.textContent()).toMatch({ key: /^Key point/, law: /^The law now.*Law checked on \d+ \w+ \d{4}/, work: /^At work/ }[variant]!);
    found.push(`callout ${variant}`);
  }
  if (html.includes('class="tabs"')) {
    const tabs = main.getByRole('tab');
    const names = await tabs.allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(2);
    const selected = async () => (await tabs.evaluateAll((els) => els.map((e) => e.getAttribute('aria-selected')))).indexOf('true');
    const focused = () => page.evaluate(() => (document.activeElement?.getAttribute('role') === 'tab' ? document.activeElement.textContent : null));
    const panel = () => main.getByRole('tabpanel').textContent();
    await tabs.first().focus();
    expect(await selected()).toBe(0);
    const first = await panel();
    await page.keyboard.press('ArrowRight');
    expect([await selected(), await focused()]).toEqual([1, names[1]]);
    expect(await panel()).not.toBe(first);
    expect(await main.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(await tabs.nth(1).getAttribute('id'));
    await page.keyboard.press('End');
    expect(await selected()).toBe(names.length - 1);
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toBe(0);
    await page.keyboard.press('ArrowLeft');
    expect(await selected()).toBe(names.length - 1);
    await page.keyboard.press('Home');
    expect([await selected(), await focused()]).toEqual([0, names[0]]);
    // Only the selected tab is in the Tab order; Tab goes on to its panel.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
    found.push('tabs');
  }
  const toggles: [string, string][] = [
    ['accordion', '.accordion details'],
    ['cards', 'ul.cards:not(.cards-myth) details'],
    ['cards myth', 'ul.cards-myth details'],
  ];
  for (const [kind, selector] of toggles) {
    const items = main.locator(selector);
    const count = await items.count();
    if (count === 0) continue;
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      const back = item.locator('.accordion-body, .card-back');
      expect(await back.isVisible()).toBe(false);
      await item.locator('summary').focus();
      // Enter opens the first, Space the others: both work on a native summary.
      await page.keyboard.press(i === 0 ? 'Enter' : 'Space');
      await expect.poll(() => back.isVisible()).toBe(true);
      if (kind === 'cards myth') expect(await item.textContent()).toMatch(/^Myth .*Fact/);
    }
    await items.first().locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => items.first().locator('.accordion-body, .card-back').isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    found.push(kind);
  }
  const steps = main.locator('ol.steps');
  if ((await steps.count()) > 0) {
    expect(await steps.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    expect(await steps.getByRole('heading', { level: 3 }).count()).toBe(await steps.getByRole('listitem').count());
    found.push('steps');
  }
  for (const q of await main.locator('section.question').all()) {
    await answer(page.mainFrame(), findQuestion(await unitOf(page), (await q.getAttribute('id'))!.slice(2)), true);
    await q.getByRole('button', { name: 'Check answer' }).click();
    await q.locator('.feedback.good').waitFor();
  }
  for (const block of p.blocks) {
    if (block.kind !== 'scenario') continue;
    const first = block.steps.find((s) => s.id === block.start)!;
    const best = first.choices.find((c) => c.best)!;
    await main.getByRole('button', { name: 'Start the scenario' }).focus();
    await page.keyboard.press('Enter');
    expect(await main.locator('.dialogue .who').first().textContent()).toBe(`${first.says[0].speaker} (${first.says[0].role})`);
    await main.getByRole('button', { name: best.html.replace(/<[^>]+>/g, ''), exact: true }).focus();
    await page.keyboard.press('Enter');
    await main.getByRole('button', { name: 'Continue' }).focus();
    await page.keyboard.press('Enter');
    await tabTo(page, 'What has happened so far');
    await page.keyboard.press('Enter');
    const transcript = main.locator('details.transcript ol');
    await expect.poll(() => transcript.isVisible()).toBe(true);
    expect((await transcript.getByRole('listitem').allTextContents()).map((t) => t.trim())).toEqual([
      `${first.says[0].speaker}: ${first.says[0].line}`,
      `You: ${best.html.replace(/<[^>]+>/g, '')}`,
    ]);
    found.push('scenario dialogue');
  }
  return found;
}

describe.each([1280, 320])('at %i px', (width) => {
  test('every page has no WCAG 2.2 A/AA violation, fits the screen, and each block works by keyboard', async () => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(`${base}/pkg/${PACKAGE}/index.html`);
      const unit = await unitOf(page);
      await audit(page, 'cover');
      await fits(page, 'cover');
      await begin(page);
      const found = new Set<string>();
      const pages = [...unit.intro, ...unit.modules.flatMap((m) => m.pages)];
      for (const [n, p] of pages.entries()) {
        if (n > 0) {
          await page.getByRole('button', { name: /^Next/ }).click();
          await settled(page);
        }
        expect(await page.locator('main h1').textContent()).toBe(p.title);
        for (const kind of await exercise(page, p)) found.add(kind);
        await audit(page, p.id);
        await fits(page, p.id);
        if (width === 320) {
          for (const [kind, size] of await smallestText(page)) expect(size, `${p.id}: text of the ${kind} diagram at 320 px`).toBeGreaterThanOrEqual(MIN_TEXT);
          // From the top, so the sticky header is where a learner sees it.
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({ path: join(SHOTS, `${String(n).padStart(2, '0')}-${p.id.replace(/\//g, '-')}.png`), fullPage: true });
        }
      }
      expect([...found].sort()).toEqual([...KINDS].sort());
      await page.goto(`${base}/pkg/${PACKAGE}/aids/${unit.aids[0].id}.html`);
      await audit(page, 'job aid');
      await fits(page, 'job aid');
      if (width === 320) await page.screenshot({ path: join(SHOTS, 'job-aid.png'), fullPage: true });
    } finally {
      await context.close();
    }
  }, 90_000);
});
