// A learner bot that knows the course only by the roles and names a screen reader hears: no CSS
// selectors, no ids. In both SCORM versions it starts from the cover, moves by the contents menu,
// answers every knowledge check, scenario and reflection, passes the assessment and reads the
// finish screen; the LMS records the pass. The answer key comes from the unit's data, but every
// answer is given by a control's role and name.
import type { Server } from 'node:http';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Question, Reflection, Scenario, Unit } from '../../src/shared/course.ts';
import { prepare } from './harness.ts';
import { lmsData, packageDir, unitOf, type Version } from './learner-helpers.ts';

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, base, browser } = await prepare('e2e-bot', 'tests/fixtures/valid'));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Markup as the words a screen reader says. */
const plain = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&#39;|&rsquo;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
/** A page's name in the contents: its title, and whether it has been viewed. */
const pageEntry = (title: string) => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*, viewed|\\s*, not viewed yet)?$`);

/** The course's frame in the LMS page, once it shows a first-level heading. */
async function courseIn(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
      if ((await frame.getByRole('heading', { level: 1 }).count()) > 0) return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('The course did not start in the LMS frame.');
}

async function heading(frame: Frame): Promise<string> {
  return (await frame.getByRole('heading', { level: 1 }).textContent())!.trim();
}

/** Waits until the page on screen has loaded what it shows. */
async function loaded(frame: Frame): Promise<void> {
  await frame.getByRole('main').getByRole('status').filter({ hasText: /^Loading/ }).waitFor({ state: 'detached', timeout: 10_000 });
}

/** Opens the contents menu and chooses an entry by its name (the nth of that name, where pages share one). */
async function viaContents(frame: Frame, name: RegExp | string, nth = 0): Promise<void> {
  await frame.getByRole('button', { name: 'Contents', exact: true }).click();
  const menu = frame.getByRole('navigation', { name: 'Course contents' });
  await menu.getByRole('button', typeof name === 'string' ? { name, exact: true } : { name }).nth(nth).click();
  await loaded(frame);
}

/** Gives the right answer to a question, within `scope`, by its controls' roles and names. */
async function answerRightly(scope: Locator, q: Question): Promise<void> {
  const prompt = q.description;
  if (q.type === 'single' || q.type === 'truefalse' || q.type === 'multiple') {
    const group = scope.getByRole('group', { name: prompt });
    for (const o of q.options.filter((o) => o.correct)) {
      await group.getByRole(q.type === 'multiple' ? 'checkbox' : 'radio', { name: plain(o.html), exact: true }).check();
    }
  } else if (q.type === 'order') {
    // Each item to the top in turn, last first: then they stand in the written (right) order.
    for (const item of [...q.items].reverse()) {
      const up = scope.getByRole('list', { name: prompt }).getByRole('button', { name: `Move up: ${item}` });
      while (await up.isEnabled()) await up.click();
    }
  } else if (q.type === 'match') {
    const group = scope.getByRole('group', { name: prompt });
    for (const pair of q.pairs) await group.getByRole('combobox', { name: pair.left }).selectOption({ label: pair.right });
  } else if (q.type === 'text') {
    await scope.getByRole('textbox', { name: prompt }).fill(q.answers[0]);
  }
}

/** Plays a scenario along its best choices to a good ending. */
async function playBest(main: Locator, s: Scenario): Promise<void> {
  await main.getByRole('button', { name: 'Start the scenario' }).click();
  let step = s.steps.find((st) => st.id === s.start)!;
  while (!step.outcome) {
    const best = step.choices.find((c) => c.best)!;
    await main.getByRole('button', { name: plain(best.html), exact: true }).click();
    await main.getByRole('button', { name: 'Continue' }).click();
    step = s.steps.find((st) => st.id === best.next)!;
  }
  await main.getByText('A good outcome').waitFor();
}

async function reflect(main: Locator, r: Reflection): Promise<void> {
  const words = Array.from({ length: r.minWords + 5 }, (_, i) => (i % 2 ? 'customer' : 'helped')).join(' ');
  await main.getByRole('textbox', { name: r.description }).fill(words);
  await main.getByRole('button', { name: 'Save reflection' }).click();
}

async function studyPage(frame: Frame, unit: Unit, pageId: string): Promise<void> {
  const page = [...unit.intro, ...unit.modules.flatMap((m) => m.pages)].find((p) => p.id === pageId)!;
  const main = frame.getByRole('main');
  for (const block of page.blocks) {
    if (block.kind === 'question') {
      const check = main.getByRole('region', { name: 'Knowledge check' }).filter({
        has: frame.getByRole(block.type === 'order' ? 'list' : block.type === 'text' ? 'textbox' : 'group', { name: block.description }),
      });
      await answerRightly(check, block);
      await check.getByRole('button', { name: 'Check answer' }).click();
      await check.getByText('Correct.').waitFor();
    } else if (block.kind === 'scenario') await playBest(main, block);
    else if (block.kind === 'reflection') await reflect(main, block);
  }
}

describe.each(['1.2', '2004'] as Version[])('SCORM %s', (version) => {
  test('a bot that reads only roles and names starts, moves by the contents, passes and sees the finish screen', async () => {
    // A phone's width: the contents fold away behind the "Contents" button.
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(`${base}/host/index.html?src=/pkg/${packageDir(version)}/index.html&scorm=${version}`);
      const frame = await courseIn(page);
      const unit = await unitOf(frame);
      expect(await heading(frame)).toBe(unit.facts.title);
      await frame.getByRole('main').getByRole('button', { name: 'Start', exact: true }).click();
      await loaded(frame);
      expect(await heading(frame)).toBe(unit.intro[0].title);

      // Escape closes the open contents and gives focus back to the button that opened it.
      const contents = frame.getByRole('button', { name: 'Contents', exact: true });
      await contents.click();
      expect(await contents.getAttribute('aria-expanded')).toBe('true');
      expect(await frame.getByRole('navigation', { name: 'Course contents' }).isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await contents.getAttribute('aria-expanded')).toBe('false');
      expect(await frame.getByRole('navigation', { name: 'Course contents' }).isVisible()).toBe(false);
      expect(await contents.evaluate((el) => el === document.activeElement)).toBe(true);

      // Every page, chosen by its name in the contents (last first, so the order is the bot's own).
      // Two pages may share a title (a module's untitled pages take its title): then the nth of that name.
      const pages = [...unit.intro, ...unit.modules.flatMap((m) => m.pages)];
      for (const [i, p] of [...pages.entries()].reverse()) {
        await viaContents(frame, pageEntry(p.title), pages.slice(0, i).filter((q) => q.title === p.title).length);
        expect(await heading(frame)).toBe(p.title);
        await studyPage(frame, unit, p.id);
      }

      await viaContents(frame, /^Assessment/);
      expect(await heading(frame)).toBe('Assessment');
      await frame.getByRole('button', { name: 'Start the assessment' }).click();
      await loaded(frame);
      const sitting = frame.getByRole('main').getByRole('region', { name: /^Question \d+ of \d+/ });
      const drawn = await sitting.count();
      expect(drawn).toBe(unit.assessment.perCriterion * unit.outcomes.flatMap((o) => o.criteria).filter((c) => !c.evidence).length);
      for (const region of await sitting.all()) {
        const said = plain((await region.textContent())!);
        const q = unit.pool.find((pq) => said.includes(pq.description))!;
        expect(q, `a drawn question is in the pool: ${said}`).toBeDefined();
        await answerRightly(region, q);
      }
      await frame.getByRole('button', { name: 'Submit answers' }).click();
      await expect.poll(() => frame.getByRole('status').filter({ hasText: 'You have passed' }).count()).toBe(1);

      await viaContents(frame, 'Finish');
      expect(await heading(frame)).toBe('Finish');
      const main = frame.getByRole('main');
      expect(await main.getByRole('status').textContent()).toContain("You have passed this unit's assessment.");
      expect(await main.getByRole('heading', { name: 'What your learning platform has recorded' }).isVisible()).toBe(true);
      const recorded = (await main.getByRole('list').first().getByRole('listitem').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
      expect(recorded).toEqual([
        `Pages viewed: ${pages.length} of ${pages.length}.`,
        'Assessment: passed, 100%.',
        '1 criterion is awaiting your assessor, who judges it from your work.',
      ]);
      expect(await main.getByRole('heading', { name: 'Pages you have not viewed yet' }).count()).toBe(0);

      await expect
        .poll(async () => {
          const { cmi } = await lmsData(page);
          return version === '1.2' ? cmi.core.lesson_status : `${cmi.completion_status}/${cmi.success_status}`;
        })
        .toBe(version === '1.2' ? 'passed' : 'completed/passed');
    } finally {
      await context.close();
    }
  }, 60_000);
});
