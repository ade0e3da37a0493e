// A learner takes one module's own package in the test LMS: its cover names the unit it belongs
// to and its version, it opens on the module's first page (the unit's introduction is left out),
// and the assessment, the record and the LMS's objectives hold the module's criteria alone.
import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileCourse } from '../../src/compiler/index.ts';
import { splitByModule } from '../../src/package/split.ts';
import { prepare, ROOT } from './harness.ts';
import { courseFrame, lmsData, settled, sitAssessment, studyAllPages } from './learner-helpers.ts';
import { questionRef } from '../../src/shared/items.ts';
import { strictViolations } from './strict-calls.ts';

let server: Server;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const whole = compileCourse({ root: ROOT, contentDir: 'tests/fixtures/valid' }).units.find((u) => u.facts.id === 'fixture-basics')!;
// The module teaching 1.1 and 1.10; 2.1 (workplace) is the other module's.
const basics = splitByModule(whole).find((u) => u.facts.id === 'fixture-basics-basics')!;

beforeAll(async () => {
  // The real build command with no --split: both kinds of package.
  ({ server, base, browser } = await prepare('e2e-module'));
  context = await browser.newContext();
  context.setDefaultTimeout(5000);
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('a module package in the LMS (SCORM 2004)', () => {
  test('is studied and passed on its own criteria only', async () => {
    await page.goto(`${base}/host/index.html?src=/pkg/fixture-basics-basics-scorm2004/index.html&scorm=2004`);
    const frame = await courseFrame(page);
    const facts = await frame.locator('main dl.facts').textContent();
    expect(facts).toContain(`Module of${whole.facts.title}`);
    expect(facts).toContain(`Version${whole.facts.version}`);
    expect(await frame.locator('main ul').first().locator('li').allTextContents()).toEqual(
      basics.outcomes.flatMap((o) => o.criteria.map((c) => c.text)),
    );
    await frame.locator('main').getByRole('button', { name: 'Start' }).click();
    await settled(frame);
    expect(await frame.locator('main h1').textContent()).toBe(whole.modules[0].pages[0].title);

    await studyAllPages(frame, whole);
    await frame.getByRole('button', { name: 'Start the assessment' }).click();
    await sitAssessment(frame, whole);
    await expect.poll(() => frame.locator('.result').textContent()).toContain('You have passed');
    await frame.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.waitForTimeout(300);

    const { cmi, calls } = await lmsData(page);
    expect(`${cmi.completion_status}/${cmi.success_status}`).toBe('completed/passed');
    const objectives = Object.values(cmi.objectives.childArray ?? cmi.objectives) as { id: string }[];
    expect(objectives.map((o) => o.id).sort()).toEqual(['fx-basics_1.1', 'fx-basics_1.10']);
    // The sitting, one interaction in 2004, answered only questions on the module's criteria.
    const interactions = (cmi.interactions.childArray ?? Object.values(cmi.interactions)) as { id: string; learner_response: string }[];
    const sitting = interactions.find((i) => i.id === 'sitting-1')!;
    const refs = [...sitting.learner_response.matchAll(/Q-[A-Z0-9]+/g)].map((m) => m[0]);
    const ownRefs = new Set(whole.pool.filter((q) => q.criteria.every((c) => ['fx-basics:1.1', 'fx-basics:1.10'].includes(c))).map((q) => questionRef(q.id)));
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => !ownRefs.has(ref))).toEqual([]);
    expect(strictViolations(calls, '2004')).toEqual([]);
  }, 90_000);
});

describe('the catalog of both kinds', () => {
  test('lists the module packages under their unit, and has no accessibility violations axe can find', async () => {
    await page.goto(`${base}/dist/index.html`);
    const files = await page.locator('#unit-fixture-basics a[href^="packages/"]').allTextContents();
    expect(files).toEqual(
      ['fixture-basics', 'fixture-basics-basics', 'fixture-basics-practice'].flatMap((id) => [`${id}-scorm12.zip`, `${id}-scorm2004.zip`]),
    );
    expect(await page.locator('#unit-fixture-basics a[href="fixture-basics/answer-key-basics.html"]').count()).toBe(2);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }, 60_000);
});
