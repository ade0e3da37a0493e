// Every real unit in content/, in both SCORM versions: a learner opens the package in the test
// LMS, studies every page (answering each knowledge check), sits the assessment, answers every
// drawn question rightly and passes; the LMS records the pass and every call keeps the strict rules.
import { readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { quizCriteria, workplaceCriteria } from '../../src/shared/activities.ts';
import { prepare, ROOT } from './harness.ts';
import { begin, courseFrame, lmsData, settled, sitAssessment, studyAllPages, unitOf, type Version } from './learner-helpers.ts';
import { strictViolations } from './strict-calls.ts';

const UNITS = readdirSync(join(ROOT, 'content'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, base, browser } = await prepare('e2e-real', 'content'));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function open(page: Page, unit: string, version: Version): Promise<Frame> {
  const dir = `${unit}-${version === '1.2' ? 'scorm12' : 'scorm2004'}`;
  await page.goto(`${base}/host/index.html?src=/pkg/${dir}/index.html&scorm=${version}`);
  return courseFrame(page);
}

describe.each(['1.2', '2004'] as const)('SCORM %s', (version) => {
  test.each(UNITS)('%s: a learner studies every page and passes or, where observed at work, completes', async (unitId) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const frame = await begin(await open(page, unitId, version));
      const unit = await unitOf(frame);
      const quiz = quizCriteria(unit).length > 0;
      await studyAllPages(frame, unit);
      if (quiz) {
        await frame.getByRole('button', { name: 'Start the assessment' }).click();
        await settled(frame);
        await sitAssessment(frame, unit);
        await expect.poll(() => frame.locator('.result').textContent()).toContain('You have passed');
      }
      // Leave as a learner would: the page is hidden, then unloaded.
      await frame.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
      await page.waitForTimeout(300);
      const { cmi, calls } = await lmsData(page);
      const status = version === '1.2' ? cmi.core.lesson_status : `${cmi.completion_status}/${cmi.success_status}`;
      if (quiz) {
        expect(status).toBe(version === '1.2' ? 'passed' : 'completed/passed');
        const score = version === '1.2' ? cmi.core.score : cmi.score;
        expect([score.raw, score.min, score.max].map(Number)).toEqual([100, 0, 100]);
      } else {
        // Observed at work, not quizzed: every page read completes it; the pass is the assessor's.
        expect(status).toBe(version === '1.2' ? 'completed' : 'completed/unknown');
      }
      const objectives = Object.values(cmi.objectives.childArray ?? cmi.objectives) as { id: string }[];
      expect(objectives.length).toBe(quizCriteria(unit).length + workplaceCriteria(unit).length);
      expect(strictViolations(calls, version)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
