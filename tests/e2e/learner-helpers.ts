// What a learner does, as Playwright steps, and what the test LMS recorded.
import type { Frame, Page } from 'playwright-core';
import type { Question, Unit } from '../../src/shared/course.ts';
import type { Call } from '../../src/preview/lms-host.ts';

import type { ScormVersion } from '../../src/shared/scorm.ts';
import { compileCourse } from '../../src/compiler/index.ts';
import { ROOT } from './harness.ts';

export type Version = ScormVersion;
export const packageDir = (version: Version) => `fixture-basics-${version === '1.2' ? 'scorm12' : 'scorm2004'}`;

/** Opens the package in the test LMS and leaves its cover for the first page (or where the learner left off). */
export async function launchInLms(page: Page, base: string, version: Version, extra = ''): Promise<Frame> {
  await page.goto(`${base}/host/index.html?src=/pkg/${packageDir(version)}/index.html&scorm=${version}${extra}`);
  return begin(await courseFrame(page));
}

/** From the cover: "Start" for a new learner, "Continue where you left off" for one returning. */
export async function begin<F extends Frame | Page>(frame: F): Promise<F> {
  const go = frame.locator('main').getByRole('button', { name: /^(Start|Continue where you left off)$/ });
  await go.click();
  await settled(frame);
  return frame;
}

/** Waits until the page on screen has loaded its module or the assessment its questions. */
export async function settled(frame: Frame | Page): Promise<void> {
  await frame.locator('main [role="status"]', { hasText: /^Loading/ }).waitFor({ state: 'detached', timeout: 10_000 });
}

export async function courseFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => new URL(f.url()).pathname.startsWith('/pkg/'));
    if (frame && (await frame.locator('main h1').count()) > 0) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('The course did not start in the LMS frame.');
}

const compiled = new Map<string, Unit[]>();

/**
 * The whole unit on screen, every module and the pool: the launch page holds only an outline, so it is
 * compiled again from the content its package was built from.
 */
export async function unitOf(frame: Frame | Page): Promise<Unit> {
  const { id } = (JSON.parse((await frame.locator('#course-data').textContent())!) as Unit).facts;
  for (const content of ['tests/fixtures/valid', 'tests/fixtures/blocks', 'content']) {
    if (!compiled.has(content)) compiled.set(content, compileCourse({ root: ROOT, contentDir: content }).units);
    const unit = compiled.get(content)!.find((u) => u.facts.id === id);
    if (unit) return unit;
  }
  throw new Error(`No content holds unit ${id}.`);
}

/** Answers a question on screen, rightly or wrongly, using the answer key in the unit data. */
export async function answer(frame: Frame, q: Question, right: boolean): Promise<void> {
  const box = frame.locator(`#q-${q.id}`);
  if (q.type === 'single' || q.type === 'truefalse' || q.type === 'multiple') {
    const keys = q.options.filter((o) => o.correct === right).map((o) => o.key);
    // Right: every correct option; wrong: one incorrect option.
    for (const key of right ? keys : keys.slice(0, 1)) await box.locator(`input[value="${key}"]`).check();
  } else if (q.type === 'order') {
    const target = right ? q.items : [...q.items].reverse();
    for (let i = 0; i < target.length; i++) {
      const shown = await box.locator('.order li .text').allTextContents();
      for (let j = shown.indexOf(target[i]); j > i; j--) await box.getByRole('button', { name: `Move up: ${target[i]}` }).click();
    }
  } else if (q.type === 'match') {
    const selects = box.locator('select');
    for (let i = 0; i < q.pairs.length; i++) await selects.nth(i).selectOption(String(right ? i : (i + 1) % q.pairs.length));
  } else {
    await box.locator('input[type="text"]').fill(right && q.type === 'text' ? q.answers[0] : 'something else');
  }
}

/** Walks every page from the current one to the assessment, answering knowledge checks rightly. */
export async function studyAllPages(frame: Frame, unit: Unit): Promise<void> {
  for (let n = 0; n < 100; n++) {
    if ((await frame.locator('main h1').textContent()) === 'Assessment') return;
    for (const section of await frame.locator('section.question').all()) {
      const id = (await section.getAttribute('id'))!.slice(2);
      const q = findQuestion(unit, id);
      await answer(frame, q, true);
      await section.getByRole('button', { name: /^Check/ }).click();
      await section.locator('.feedback.good').waitFor();
    }
    await frame.getByRole('button', { name: /^Next/ }).click();
    await settled(frame);
  }
  throw new Error('Never reached the assessment.');
}

export function findQuestion(unit: Unit, id: string): Question {
  const all = [...unit.pool, ...[...unit.intro, ...unit.modules.flatMap((m) => m.pages)].flatMap((p) => p.blocks)];
  return all.find((b) => b.kind === 'question' && b.id === id) as Question;
}

/** Answers the open sitting: wrong for questions on the given criteria, right for the rest. */
export async function sitAssessment(frame: Frame, unit: Unit, wrongFor: string[] = []): Promise<string[]> {
  const ids: string[] = [];
  for (const section of await frame.locator('section.question').all()) {
    const id = (await section.getAttribute('id'))!.slice(2);
    const q = findQuestion(unit, id);
    ids.push(id);
    await answer(frame, q, !q.criteria.some((c) => wrongFor.includes(c)));
  }
  await frame.getByRole('button', { name: 'Submit answers' }).click();
  // A question left unanswered asks for a second Submit: say which, instead of timing out.
  const warning = frame.locator('.warning', { hasText: 'unanswered' });
  await Promise.race([frame.locator('.result').waitFor(), warning.waitFor()]);
  if (await warning.count()) throw new Error(`Unanswered after answering: ${await warning.textContent()} (${ids.join(', ')})`);
  return ids;
}

export async function lmsData(page: Page): Promise<{ cmi: Record<string, any>; calls: Call[] }> {
  return page.evaluate(() => {
    const host = (window as any).lmsHost;
    return { cmi: host.cmi(), calls: host.calls };
  });
}

export async function relaunch(page: Page): Promise<Frame> {
  await page.getByRole('button', { name: 'Relaunch (resume)' }).click();
  await page.waitForTimeout(300);
  return begin(await courseFrame(page));
}
