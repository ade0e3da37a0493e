// A learner takes a built package inside the test LMS, in both SCORM versions, and we read back
// what the LMS recorded.
import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, test } from 'vitest';
import { prepare } from './harness.ts';
import {
  answer,
  begin,
  findQuestion,
  launchInLms,
  lmsData,
  packageDir,
  relaunch,
  settled,
  sitAssessment,
  studyAllPages,
  unitOf,
  type Version,
} from './learner-helpers.ts';
import { strictViolations } from './strict-calls.ts';

let server: Server;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, base, browser } = await prepare());
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

const statusOf = (cmi: Record<string, any>, version: Version) =>
  version === '1.2' ? cmi.core.lesson_status : `${cmi.completion_status}/${cmi.success_status}`;

for (const version of ['1.2', '2004'] as Version[]) {
  describe(`SCORM ${version}`, () => {
    test('a learner studies every page, passes, and the LMS records it all', async () => {
      const frame = await launchInLms(page, base, version);
      const unit = await unitOf(frame);
      expect(await frame.locator('main h1').textContent()).toBe(unit.intro[0].title);
      await studyAllPages(frame, unit);
      await frame.getByRole('button', { name: 'Start the assessment' }).click();
      await sitAssessment(frame, unit);
      await expect.poll(() => frame.locator('.result').textContent()).toContain('You have passed');
      await frame.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await page.waitForTimeout(200);
      await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
      await page.waitForTimeout(300);
      const { cmi, calls } = await lmsData(page);
      expect(statusOf(cmi, version)).toBe(version === '1.2' ? 'passed' : 'completed/passed');
      const score = version === '1.2' ? cmi.core.score : cmi.score;
      expect([score.raw, score.min, score.max].map(Number)).toEqual([100, 0, 100]);
      if (version === '2004') expect(Number(cmi.score.scaled)).toBe(1);
      const objectives = Object.values(cmi.objectives.childArray ?? cmi.objectives) as any[];
      expect(objectives.length).toBe(3);
      const interactions = (cmi.interactions.childArray ?? Object.values(cmi.interactions)) as any[];
      // Knowledge checks are practice and not sent; 1.2 records each assessment answer, 2004 the sitting as one.
      const ids = interactions.map((i) => i.id);
      if (version === '1.2') expect(ids.filter((id) => /^Q-/.test(id))).toHaveLength(2);
      else expect(ids.filter((id) => /^sitting-/.test(id))).toEqual(['sitting-1']);
      expect(ids.some((id) => /^kc-/.test(id))).toBe(false);
      expect(strictViolations(calls, version)).toEqual([]);
      expect(calls.some((c) => /Finish|Terminate/.test(c.method))).toBe(true);
    });

    test('a learner fails a criterion, retakes only that one with a fresh question, and passes', async () => {
      let frame = await launchInLms(page, base, version);
      const unit = await unitOf(frame);
      await studyAllPages(frame, unit);
      await frame.getByRole('button', { name: 'Start the assessment' }).click();
      const first = await sitAssessment(frame, unit, ['fx-basics:1.1']);
      await expect.poll(() => frame.locator('.result').textContent()).toContain('met 1 of 2 criteria');
      let { cmi } = await lmsData(page);
      expect(statusOf(cmi, version)).toBe(version === '1.2' ? 'incomplete' : 'incomplete/unknown');
      await frame.getByRole('button', { name: 'Retake the criteria not yet met' }).click();
      const retake = await frame.locator('section.question').evaluateAll((els) => els.map((e) => e.id.slice(2)));
      expect(retake).toHaveLength(1);
      expect(findQuestion(unit, retake[0]).criteria).toEqual(['fx-basics:1.1']);
      expect(first).not.toContain(retake[0]);
      await sitAssessment(frame, unit);
      await expect.poll(() => frame.locator('.result').textContent()).toContain('You have passed');
      frame = await relaunch(page);
      ({ cmi } = await lmsData(page));
      expect(statusOf(cmi, version)).toBe(version === '1.2' ? 'passed' : 'completed/passed');
    });

    test('a learner who closes mid-module and mid-assessment resumes exactly', async () => {
      let frame = await launchInLms(page, base, version);
      const unit = await unitOf(frame);
      await frame.getByRole('button', { name: /^Next/ }).click();
      await frame.getByRole('button', { name: /^Next/ }).click();
      const heading = await frame.locator('main h1').textContent();
      const q = findQuestion(unit, 'kc-why');
      await answer(frame, q, false);
      await frame.locator('#q-kc-why').getByRole('button', { name: /^Check/ }).click();
      frame = await relaunch(page);
      expect(await frame.locator('main h1').textContent()).toBe(heading);
      await expect.poll(() => frame.locator('#q-kc-why .feedback').textContent()).toContain('Not quite');
      await frame.getByRole('button', { name: /Assessment/ }).click();
      await frame.getByRole('button', { name: 'Start the assessment' }).click();
      const drawn = await frame.locator('section.question').evaluateAll((els) => els.map((e) => e.id.slice(2)));
      const firstQ = findQuestion(unit, drawn[0]);
      await answer(frame, firstQ, true);
      await page.waitForTimeout(100);
      frame = await relaunch(page);
      expect(await frame.locator('main h1').textContent()).toBe('Assessment');
      expect(await frame.locator('section.question').evaluateAll((els) => els.map((e) => e.id.slice(2)))).toEqual(drawn);
      if (firstQ.type !== 'text') {
        const checked = await frame.locator(`#q-${firstQ.id} input:checked`).count();
        expect(checked).toBeGreaterThan(0);
      } else {
        expect(await frame.locator(`#q-${firstQ.id} input`).inputValue()).toBe(firstQ.answers[0]);
      }
    });

    test('LMS failures are retried with a calm notice, and nothing is lost', async () => {
      let frame = await launchInLms(page, base, version);
      await page.getByLabel('Simulate LMS failure').check();
      await frame.getByRole('button', { name: /^Next/ }).click();
      await expect.poll(() => frame.locator('.notice').textContent(), { timeout: 10_000 }).toMatch(/\w/);
      const during = await frame.locator('main h1').textContent();
      await page.getByLabel('Simulate LMS failure').uncheck();
      await expect.poll(() => frame.locator('.notice').count(), { timeout: 15_000 }).toBe(0);
      frame = await relaunch(page);
      expect(await frame.locator('main h1').textContent()).toBe(during);
    });
  });
}

test('with no LMS the course runs standalone, says so, and keeps progress in the browser', async () => {
  await page.goto(`${base}/pkg/${packageDir('2004')}/index.html`);
  await expect.poll(() => page.locator('.notice').textContent()).toContain('browser');
  await begin(page);
  await page.getByRole('button', { name: /^Next/ }).click();
  const heading = await page.locator('main h1').textContent();
  await page.reload();
  await expect.poll(() => page.locator('main h2').first().textContent()).toBe('Welcome back');
  await begin(page);
  expect(await page.locator('main h1').textContent()).toBe(heading);
});

test('every kind of page has no WCAG 2.2 A/AA violation, at 320 px wide too', async () => {
  await page.goto(`${base}/pkg/${packageDir('2004')}/index.html`);
  const unit = await unitOf(page);
  const audit = async (what: string) => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  };
  await audit('cover');
  await begin(page);
  await audit('introduction');
  for (const p of unit.modules.flatMap((m) => m.pages)) {
    await page.getByRole('button', { name: /^Next/ }).click();
    await settled(page);
    for (const s of await page.locator('section.question').all()) {
      const q = findQuestion(unit, (await s.getAttribute('id'))!.slice(2));
      await answer(page.mainFrame(), q, false);
      await s.getByRole('button', { name: /^Check/ }).click();
    }
    if (await page.getByRole('button', { name: 'Start the scenario' }).count()) await page.getByRole('button', { name: 'Start the scenario' }).click();
    await audit(`page ${p.id}`);
  }
  await page.getByRole('button', { name: /^Next/ }).click();
  await audit('assessment start');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await settled(page);
  await audit('assessment sitting');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await audit('assessment results');
  await page.setViewportSize({ width: 320, height: 640 });
  await audit('results at 320 px');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(overflow).toBe(false);
  await page.getByRole('button', { name: 'Contents', exact: true }).click();
  await page.locator('nav').getByRole('button', { name: 'My record' }).click();
  await audit('my record');
}, 90_000);
