// A learner writes a reflection in a SCORM 2004 LMS, then continues in a browser that has never
// seen the course (another computer): the LMS still holds the text as an interaction, so the
// reflection box shows it again instead of starting empty.
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Frame } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { prepare } from './harness.ts';
import { launchInLms, settled } from './learner-helpers.ts';

let server: Server;
let base: string;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  ({ server, base, browser } = await prepare('e2e-reflection-restore'));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

const TEXT = 'I helped a customer find the right size.\nThen I rang our other shop to hold one for her.';
/** SCORM 2004 keeps the text on one line, so that is the form that comes back. */
const ONE_LINE = TEXT.replace(/\s+/g, ' ');

async function openReflection(frame: Frame): Promise<void> {
  for (let n = 0; n < 30 && (await frame.locator('section.reflection').count()) === 0; n++) {
    await frame.getByRole('button', { name: /^Next/ }).click();
    await settled(frame);
  }
}

test('SCORM 2004: a reflection written on one computer is there on another', async () => {
  const first = await browser.newContext();
  contexts.push(first);
  const page = await first.newPage();
  let frame = await launchInLms(page, base, '2004');
  await openReflection(frame);
  await frame.locator('section.reflection textarea').fill(TEXT);
  await frame.getByRole('button', { name: 'Save reflection' }).click();
  // Wait until the test LMS has stored the interaction (it persists on each accepted Commit).
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('preview-lms:') && localStorage.getItem(k)!.includes('rang our other shop'))), { timeout: 15_000 })
    .toBe(true);

  // Another computer: the LMS's data, none of the course's own browser storage.
  const state = await first.storageState();
  const origins = state.origins.map((o) => ({ ...o, localStorage: o.localStorage.filter((item) => !item.name.startsWith('cs-')) }));
  expect(origins.flatMap((o) => o.localStorage.map((item) => item.name)).some((name) => name.startsWith('preview-lms:'))).toBe(true);
  const second = await browser.newContext({ storageState: { cookies: [], origins } });
  contexts.push(second);
  const later = await second.newPage();
  frame = await launchInLms(later, base, '2004');
  await openReflection(frame);
  await expect.poll(() => frame.locator('section.reflection textarea').inputValue()).toBe(ONE_LINE);
  // Kept in this browser's store from now on.
  const stored = await later.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cs-course:') && k.endsWith(':reflections')).map((k) => localStorage.getItem(k)));
  expect(stored.join('')).toContain(ONE_LINE);
}, 60_000);
