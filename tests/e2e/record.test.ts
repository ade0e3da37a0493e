// A learner takes the fixture unit (knowledge checks, a scenario to its ending, a reflection, the
// assessment), then opens My record, inside the test LMS and standalone: it shows the criteria
// met with the date, the scenario's outcome and the reflection's text, prints, and saves as a
// file holding the same record.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { JSDOM } from 'jsdom';
import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Scenario, Unit } from '../../src/shared/course.ts';
import { prepare } from './harness.ts';
import { answer, begin, courseFrame, findQuestion, launchInLms, packageDir, settled, sitAssessment, unitOf } from './learner-helpers.ts';

let server: Server;
let base: string;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  ({ server, base, browser } = await prepare('e2e-record'));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});
afterEach(async () => {
  await context?.close();
});

const REFLECTION = 'A customer could not find the size she wanted.\nI rang our other shop, which had one, and asked them to hold it for her.';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Plays a scenario from its start, taking the best choice each time, to its ending. */
async function playBest(section: Locator, s: Scenario): Promise<void> {
  await section.getByRole('button', { name: 'Start the scenario' }).click();
  let step = s.steps.find((st) => st.id === s.start)!;
  while (!step.outcome) {
    const best = step.choices.findIndex((c) => c.best);
    // Choices are shown in an order of their own: find the best one by its words.
    const shown = await section.locator('button.choice').evaluateAll((els, html) => {
      const want = document.createElement('template');
      want.innerHTML = html;
      return els.findIndex((el) => el.textContent!.trim() === want.content.textContent!.trim());
    }, step.choices[best].html);
    await section.locator('button.choice').nth(shown).click();
    await section.getByRole('button', { name: 'Continue' }).click();
    step = s.steps.find((st) => st.id === step.choices[best].next)!;
  }
  await expect.poll(() => section.locator('.verdict').textContent()).toContain('A good outcome');
}

/** Every page up to the assessment: knowledge checks answered rightly, scenarios played, reflections saved. */
async function takeEveryActivity(frame: Frame, unit: Unit): Promise<void> {
  const activities = [...unit.intro, ...unit.modules.flatMap((m) => m.pages)].flatMap((p) => p.blocks);
  for (let n = 0; n < 100; n++) {
    if ((await frame.locator('main h1').textContent()) === 'Assessment') return;
    for (const section of await frame.locator('section.question').all()) {
      await answer(frame, findQuestion(unit, (await section.getAttribute('id'))!.slice(2)), true);
      await section.getByRole('button', { name: /^Check/ }).click();
      await section.locator('.feedback.good').waitFor();
    }
    for (const section of await frame.locator('section.scenario').all()) {
      const id = (await section.getAttribute('id'))!.slice(3);
      await playBest(section, activities.find((b): b is Scenario => b.kind === 'scenario' && b.id === id)!);
    }
    for (const section of await frame.locator('section.reflection').all()) {
      await section.locator('textarea').fill(REFLECTION);
      await section.getByRole('button', { name: 'Save reflection' }).click();
    }
    await frame.getByRole('button', { name: /^Next/ }).click();
    await settled(frame);
  }
  throw new Error('Never reached the assessment.');
}

async function passAndOpenRecord(frame: Frame, unit: Unit): Promise<Locator> {
  await takeEveryActivity(frame, unit);
  await frame.getByRole('button', { name: 'Start the assessment' }).click();
  await sitAssessment(frame, unit);
  await expect.poll(() => frame.locator('.result').textContent()).toContain('You have passed');
  await frame.getByRole('button', { name: /^Next/ }).click();
  await expect.poll(() => frame.locator('main h1').textContent()).toBe('Finish');
  await frame.getByRole('button', { name: /^Next/ }).click();
  await expect.poll(() => frame.locator('main h1').textContent()).toBe('My record');
  return frame.locator('#record');
}

/** The date the record shows for a sitting taken now: the learner's own calendar day. */
const dateIn = (timeZone: string, when = new Date()) =>
  when.toLocaleDateString('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' });

async function expectRecordOfSession(record: Locator, date: string): Promise<void> {
  const rows = await record.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
  expect(rows).toEqual([
    ['1.1 State why customers matter', `Met on ${date}`],
    ['1.10 Describe a refund right', `Met on ${date}`],
    ['2.1 Reflect on own practice', 'Awaiting your assessor (reflection saved)'],
  ]);
  expect(await record.locator('h2 + ul li').allTextContents()).toEqual(['A refund at the till: Good outcome']);
  expect(await record.locator('section.reflection .text').textContent()).toBe(REFLECTION);
}

/** Clicks Save and returns the file the browser downloaded, as a document. */
async function savedRecord(page: Page, frame: Frame): Promise<{ name: string; doc: Document }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: 'Save my record as a file' }).click(),
  ]);
  const html = readFileSync(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), doc: new JSDOM(html).window.document };
}

async function expectSavedSameAsShown(page: Page, frame: Frame, record: Locator): Promise<void> {
  const { name, doc } = await savedRecord(page, frame);
  expect(name).toBe('my-record-fixture-basics.html');
  expect(doc.documentElement.lang).toBe('en-GB');
  expect(doc.title).toBe('My record: Fixture unit for tests');
  expect(doc.querySelector('h1')!.textContent).toBe('My record: Fixture unit for tests');
  const saved = doc.getElementById('record')!;
  expect(squash(saved.textContent)).toBe(squash(await record.textContent()));
  expect(saved.querySelector('section.reflection .text')!.textContent).toBe(REFLECTION);
  expect(saved.querySelectorAll('script')).toHaveLength(0);
  // Styled as on screen: the player's own rules travel with it, so the reflection keeps its lines.
  expect(doc.querySelector('style')!.textContent).toMatch(/\.text\.svelte-\w+ \{[^}]*white-space: pre-wrap/);
}

describe('My record', () => {
  test('inside the LMS shows the session, and saves it as a file with the same content', async () => {
    context = await browser.newContext({ timezoneId: 'Europe/London' });
    context.setDefaultTimeout(5000);
    const page = await context.newPage();
    const frame = await launchInLms(page, base, '2004');
    const record = await passAndOpenRecord(frame, await unitOf(frame));
    await expectRecordOfSession(record, dateIn('Europe/London'));
    // The LMS's name for the learner heads a record for a portfolio; standalone has none.
    expect(await record.locator('p').first().textContent()).toBe('Learner: Test Learner');
    await expectSavedSameAsShown(page, frame, record);
  }, 90_000);

  test('standalone, far from UTC, shows the same, prints only the record, and saves it', async () => {
    context = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
    context.setDefaultTimeout(5000);
    // 03:00 in London is still the evening before in Los Angeles: the record gives the learner's day.
    await context.clock.setFixedTime(new Date('2026-11-22T03:00:00Z'));
    const page = await context.newPage();
    await page.goto(`${base}/pkg/${packageDir('1.2')}/index.html`);
    const frame = await begin(await courseFrame(page));
    const record = await passAndOpenRecord(frame, await unitOf(frame));
    await expectRecordOfSession(record, '21 November 2026');
    expect(await record.textContent()).not.toContain('Learner:');
    await expectSavedSameAsShown(page, frame, record);

    await page.evaluate(() => {
      (window as any).printed = 0;
      window.print = () => (window as any).printed++;
    });
    await frame.getByRole('button', { name: 'Print my record' }).click();
    expect(await page.evaluate(() => (window as any).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['header.top', 'nav#menu', '.pager', '.actions'].map((sel) => getComputedStyle(document.querySelector(sel)!).display),
    );
    expect(hidden).toEqual(['none', 'none', 'none', 'none']);
    expect(await record.isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 90_000);
});

describe('the built output folder', () => {
  test('has each unit’s tutor guide and evidence sheet, linked from the catalog', async () => {
    const catalog = await (await fetch(`${base}/dist/index.html`)).text();
    expect(catalog).toContain('href="fixture-basics/tutor-guide.html"');
    expect(catalog).toContain('href="fixture-basics/evidence-sheet.html"');
    const guide = await fetch(`${base}/dist/fixture-basics/tutor-guide.html`);
    expect(guide.status).toBe(200);
    expect(await guide.text()).toContain('<h1>Tutor guide: Fixture unit for tests</h1>');
    const sheet = await fetch(`${base}/dist/fixture-basics/evidence-sheet.html`);
    expect(await sheet.text()).toContain('<h1 id="evidence-sheet">Evidence tracking sheet: Fixture unit for tests</h1>');
  });
});
