// `npm run dev`: the preview LMS hosts the live course; an edit to a unit's markdown appears in
// place (same page, same LMS session, no reload), and a content mistake shows in Vite's error
// overlay at its file and line.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { coursePlugin } from '../../src/vite/course-plugin.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/vite/static-site.ts';
import { ROOT } from './harness.ts';
import { begin } from './learner-helpers.ts';

const CONTENT = '.tmp/dev-hmr/content';
const PAGE = join(ROOT, CONTENT, 'fixture-basics/01-basics.md');

let server: ViteDevServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  rmSync(join(ROOT, '.tmp/dev-hmr'), { recursive: true, force: true });
  mkdirSync(join(ROOT, CONTENT), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/valid'), join(ROOT, CONTENT), { recursive: true });
  server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    plugins: [svelte(), coursePlugin(ROOT, CONTENT)],
    server: { host: '127.0.0.1', port: 0, open: false },
  });
  await server.listen();
  base = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function courseFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 300; i++) {
    const frame = page.frames().find((f) => f.url().includes('/__course/'));
    if (frame && (await frame.locator('main h1').count()) > 0) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('The course did not start in the preview LMS.');
}

const edit = (from: string, to: string) => {
  const text = readFileSync(PAGE, 'utf8');
  if (!text.includes(from)) throw new Error(`01-basics.md lacks ${JSON.stringify(from)}`);
  writeFileSync(PAGE, text.replace(from, to));
};

test('a markdown edit appears in place, and a mistake shows in the overlay at its file and line', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/src/preview/?scorm=2004`);
  const frame = await begin(await courseFrame(page));
  await frame.getByRole('button', { name: /^Next/ }).click();
  await expect.poll(() => frame.locator('main h1').textContent()).toBe('The basics');
  await frame.getByRole('button', { name: /^Next/ }).click();
  await expect.poll(() => frame.locator('main h1').textContent()).toBe('Why customers matter');
  await frame.locator('#q-kc-why input[value="a"]').check();
  await frame.locator('#q-kc-why').getByRole('button', { name: /^Check/ }).click();
  await frame.evaluate(() => ((window as unknown as { before: boolean }).before = true));

  edit('Customers come back when they are treated well.', 'Customers come back: edited live.');
  await expect.poll(() => frame.locator('main').textContent(), { timeout: 20_000 }).toContain('edited live');
  // Same document (no reload), same page, the answer kept, one LMS session.
  expect(await frame.evaluate(() => (window as unknown as { before?: boolean }).before)).toBe(true);
  expect(await frame.locator('main h1').textContent()).toBe('Why customers matter');
  expect(await frame.locator('#q-kc-why .feedback').count()).toBe(1);
  const calls = await page.evaluate(() => (window as unknown as { lmsHost: { calls: { method: string }[] } }).lmsHost.calls);
  expect(calls.filter((c) => c.method === 'Initialize')).toHaveLength(1);
  expect(calls.some((c) => c.method === 'Terminate')).toBe(false);

  edit('criteria: ["1.1", "1.10"]', 'criteria: ["1.1", "9.9"]');
  const overlay = page.locator('vite-error-overlay');
  await expect.poll(() => overlay.count(), { timeout: 20_000 }).toBe(1);
  const message = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
  expect(message).toContain(`${CONTENT}/fixture-basics/01-basics.md:3:19: Criterion "9.9" is not in unit.md.`);
  await page.close();
}, 90_000);
