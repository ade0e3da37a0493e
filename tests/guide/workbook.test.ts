// The learner workbook's HTML: one page per unit holding its teaching with blocks printed open,
// each activity to do in pen and its answer at the back, the job aids, observation records and
// key terms, with one h1, no skipped heading level and ids unique across the whole unit.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { guideFiles, guideMediaFiles } from '../../src/guide/index.ts';
import { renderTutorGuide } from '../../src/guide/tutor-guide.ts';
import { printedOrder } from '../../src/guide/workbook-items.ts';
import { renderWorkbook } from '../../src/guide/workbook.ts';
import { renderCatalog } from '../../src/package/catalog.ts';
import type { Activity, OrderQuestion, MatchQuestion, Question, Reflection, Scenario, Unit } from '../../src/shared/course.ts';
import { compile } from '../compiler/helpers.ts';

const basics = compile('tests/fixtures/valid').units.find((u) => u.facts.id === 'fixture-basics')!;
const blocks = compile('tests/fixtures/blocks');
const showcase = blocks.units[0];
const more = compile('tests/fixtures/valid-more').units;
const rich = more.find((u) => u.facts.id === 'rich')!;
const synoptic = more.find((u) => u.facts.id === 'synoptic')!;

const parse = (html: string) => new JSDOM(html).window.document;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const plain = (html: string) => squash(parse(`<body>${html}</body>`).body.textContent);
const activities = (unit: Unit): Activity[] =>
  [...unit.intro, ...unit.modules.flatMap((m) => m.pages)].flatMap((p) => p.blocks.filter((b): b is Activity => b.kind !== 'html'));
const find = <T extends Activity>(unit: Unit, id: string) => activities(unit).find((a) => a.id === id) as T;

/** Text of the letters' items in the order the letters give them. */
function itemsByLetters(list: Element, letters: string[]): string[] {
  const byLetter = new Map([...list.querySelectorAll('li')].map((li) => [squash(li.querySelector('.key')!.textContent).replace('.', ''), squash(li.textContent).replace(/^[a-h]\. /, '')]));
  return letters.map((l) => byLetter.get(l)!);
}

describe.each([
  ['fixture-basics', basics],
  ['showcase', showcase],
  ['rich', rich],
  ['synoptic', synoptic],
])('the workbook of %s', (_, unit) => {
  const doc = parse(renderWorkbook(unit));

  it('is one English page with no script, one h1 and no heading level skipped', () => {
    expect(doc.documentElement.lang).toBe('en-GB');
    expect(doc.querySelectorAll('script, button, input, details, summary')).toHaveLength(0);
    expect([...doc.querySelectorAll('h1')].map((h) => h.textContent)).toEqual([`Workbook: ${unit.facts.title}`]);
    const levels = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1] + 1);
    expect(skips).toEqual([]);
  });

  it('keeps every id unique and every reference to an id pointing at one', () => {
    const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const refs = [...doc.querySelectorAll('[aria-labelledby], [aria-describedby]')].flatMap((el) =>
      `${el.getAttribute('aria-labelledby') ?? ''} ${el.getAttribute('aria-describedby') ?? ''}`.split(/\s+/).filter(Boolean),
    );
    expect(refs.filter((ref) => !doc.getElementById(ref))).toEqual([]);
  });

  it('has every page of the teaching, in order, then each activity in pen and its answer at the back', () => {
    const titles = [...doc.querySelectorAll('h3.page-title')].map((h) => h.textContent);
    expect(titles).toEqual([...unit.intro, ...unit.modules.flatMap((m) => m.pages)].map((p) => p.title));
    const answers = doc.getElementById('answers')!;
    for (const activity of activities(unit)) {
      const body = doc.getElementById(`do-${activity.id}`)!;
      expect(body, activity.id).not.toBeNull();
      expect(body.compareDocumentPosition(answers) & 4, activity.id).toBeTruthy();
      const answer = doc.getElementById(`answer-${activity.id}`);
      if (activity.kind === 'reflection' && !activity.model) expect(answer).toBeNull();
      else expect(answers.compareDocumentPosition(answer!) & 4 && answers.parentElement!.contains(answer), activity.id).toBeTruthy();
    }
  });
});

describe('knowledge checks', () => {
  const doc = parse(renderWorkbook(basics));

  it('prints the options with a box to tick, and the right one and every option’s feedback at the back', () => {
    const q = find<Question & { type: 'single' }>(basics, 'kc-why');
    const body = doc.getElementById('do-kc-why')!.parentElement!;
    expect(squash(body.querySelector('.prompt')!.textContent)).toBe(plain(q.prompt));
    expect([...body.querySelectorAll('ul.options li')].map((li) => squash(li.textContent))).toEqual(q.options.map((o) => `${o.key}. ${plain(o.html)}`));
    expect(body.querySelectorAll('ul.options .box')).toHaveLength(q.options.length);
    const back = squash(doc.getElementById('answer-kc-why')!.parentElement!.textContent);
    expect(back).toContain('Answer: a. Customers come back.');
    for (const o of q.options) expect(back).toContain(`${o.key}. ${o.correct ? 'Right' : 'Not right'}. ${plain(o.feedback)}`);
  });

  it('shuffles the items to put in order, and the letters at the back give the right order', () => {
    const q = find<OrderQuestion>(basics, 'kc-order');
    const list = doc.getElementById('do-kc-order')!.parentElement!.querySelector('ul.options')!;
    const shown = [...list.querySelectorAll('li')].map((li) => squash(li.textContent).replace(/^[a-h]\. /, ''));
    expect(shown).not.toEqual(q.items);
    expect([...shown].sort()).toEqual([...q.items].sort());
    const answer = squash(doc.getElementById('answer-kc-order')!.parentElement!.querySelector('p:not(.asked)')!.textContent);
    const letters = /^Answer: ([a-h](?:, [a-h])*):/.exec(answer)![1].split(', ');
    expect(itemsByLetters(list, letters)).toEqual(q.items);
    expect(answer).toContain(q.items.join(', then '));
    expect(squash(doc.getElementById('answer-kc-order')!.parentElement!.textContent)).toContain(plain(q.feedback.correct));
  });

  it('lists the matches lettered and shuffled, and the back gives each item its letter', () => {
    const q = find<MatchQuestion>(basics, 'kc-match');
    const box = doc.getElementById('do-kc-match')!.parentElement!;
    expect([...box.querySelectorAll('table.match tbody th')].map((th) => squash(th.textContent))).toEqual(q.pairs.map((p, i) => `${i + 1}. ${p.left}`));
    const matches = box.querySelector('ul.options')!;
    const answer = squash(doc.getElementById('answer-kc-match')!.parentElement!.textContent);
    q.pairs.forEach((pair, i) => {
      const letter = new RegExp(`${i + 1}\\. ${pair.left}: ([a-h])\\. `).exec(answer)![1];
      expect(itemsByLetters(matches, [letter])).toEqual([pair.right]);
    });
  });

  it('leaves a line for a typed answer and gives every accepted answer at the back', () => {
    const q = find<Question & { type: 'text' }>(rich, 'kc-why');
    const doc = parse(renderWorkbook(rich));
    expect(doc.getElementById('do-kc-why')!.parentElement!.querySelector('.write-line')).not.toBeNull();
    expect(squash(doc.getElementById('answer-kc-why')!.parentElement!.textContent)).toContain(`Answer: ${q.answers.join(' or ')}`);
  });

  it('prints in an order of its own that a build repeats', () => {
    expect(printedOrder('kc-order', 3)).toEqual(printedOrder('kc-order', 3));
    for (const n of [2, 3, 5, 8]) expect(printedOrder(`x${n}`, n)).not.toEqual([...Array(n).keys()]);
  });
});

describe('case studies and reflections', () => {
  const doc = parse(renderWorkbook(rich));

  it('tells a scenario part by part along its best route, and names the best choice and why at the back', () => {
    const s = find<Scenario>(rich, 'sc-queue');
    const body = doc.getElementById('do-sc-queue')!.parentElement!;
    expect(body.querySelectorAll('h5')).toHaveLength(1);
    const choices = body.querySelector('ul.options')!;
    const back = doc.getElementById('answer-sc-queue')!.parentElement!;
    const bestLine = squash(back.querySelector('p')!.textContent);
    const letter = /^Best choice: ([a-h])\./.exec(bestLine)![1];
    const best = s.steps.find((step) => step.id === s.start)!.choices.find((c) => c.best)!;
    expect(itemsByLetters(choices, [letter])).toEqual([plain(best.html)]);
    expect(squash(back.textContent)).toContain(plain(best.feedback));
    expect(squash(back.textContent)).toContain('How it ends Everyone is served quickly.');
  });

  it('gives a reflection its prompt, what to include and ruled space, and what a good answer covers at the back', () => {
    const r = find<Reflection>(rich, 'rf-serve');
    const body = doc.getElementById('do-rf-serve')!.parentElement!;
    expect(squash(body.querySelector('.prompt')!.textContent)).toBe(plain(r.prompt));
    expect(squash(body.textContent)).toContain(plain(r.guidance));
    // Eight handwritten words a line, and two spare: at least six lines.
    expect(body.querySelectorAll('.writing .rule')).toHaveLength(Math.max(6, Math.ceil(r.minWords / 8) + 2));
    expect(squash(doc.getElementById('answer-rf-serve')!.parentElement!.textContent)).toContain(plain(r.model));
  });
});

describe('blocks, figures and job aids', () => {
  const doc = parse(renderWorkbook(showcase));

  it('prints accordions, cards and tabs open as headed parts, and keeps pictures’ alt text and descriptions', () => {
    expect(squash(doc.querySelector('.accordion .part h4')!.textContent)).toBe('What is a complaint?');
    expect(squash(doc.querySelector('.accordion .part')!.textContent)).toContain('A customer telling you something went wrong.');
    expect([...doc.querySelectorAll('.tab-panel h4')].map((h) => h.textContent)).toEqual(['Phone', 'Email', 'Face to face']);
    const card = doc.querySelector('.cards-myth .card')!;
    expect(squash(card.querySelector('.card-front')!.textContent)).toBe('Myth You need a receipt to return goods.');
    expect(squash(card.querySelector('.card-back')!.textContent)).toBe('FactAny proof of purchase will do.');
    const img = doc.querySelector('figure img')!;
    expect(img.getAttribute('alt')).toBe('A worker behind a counter greets a customer, both smiling.');
    expect(img.getAttribute('src')).toBe('media/images/counter.svg');
    expect(img.hasAttribute('loading')).toBe(false);
    expect(squash(doc.querySelector('.long-description')!.textContent)).toContain('The worker stands behind the counter.');
    expect(doc.querySelectorAll('svg[role="img"] > title')).toHaveLength(5);
  });

  it('has the pictures it shows written beside it', async () => {
    const written = (await guideMediaFiles(guideFiles([showcase]), blocks.media)).map((file) => file.path);
    expect(written).toEqual(['showcase/media/images/counter.svg', 'showcase/media/images/pattern.svg']);
  });

  it('prints each job aid under its title', () => {
    const aid = doc.getElementById('aid-who-to-refer')!;
    expect(aid.textContent).toBe('Who to refer to');
    expect([...aid.parentElement!.querySelectorAll('ol.steps h4')].map((h) => h.textContent)).toEqual(['Try to solve it', 'Your supervisor']);
  });
});

describe('observation records and links', () => {
  it('gives each workplace criterion a checklist table with date, assessor and signature', () => {
    const doc = parse(renderWorkbook(basics));
    const table = doc.querySelector('#records ~ .record table.checklist')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['The assessor sees that you', 'Met (yes or no)', 'Date', 'Assessor', 'Signature']);
    expect([...table.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['Greets the customer and finds out what they need']);
  });

  it('prints a synoptic unit’s simulation with a table for each criterion observed', () => {
    const ref = Object.keys(synoptic.external)[0];
    const unit: Unit = { ...synoptic, observation: { title: 'At the counter (simulation)', brief: '<p>Serve two customers.</p>', criteria: [{ ref, checklist: ['Greets the customer'] }] } };
    const records = parse(renderWorkbook(unit)).getElementById('records')!.parentElement!;
    expect(squash(records.textContent)).toContain('At the counter (simulation) Serve two customers.');
    expect([...records.querySelectorAll('table.checklist tbody th')].map((th) => th.textContent)).toEqual(['Greets the customer']);
  });

  it('is written for every unit, and linked from the tutor guide and the catalog', () => {
    expect(guideFiles([basics]).map((f) => f.path)).toContain('fixture-basics/workbook.html');
    expect(parse(renderTutorGuide(basics)).querySelector('header a[href="workbook.html"]')).not.toBeNull();
    const catalog = parse(renderCatalog({ units: [basics], packages: [], outputs: ['fixture-basics/workbook.html', 'fixture-basics/workbook.pdf'] }));
    expect(catalog.querySelector('a[href="fixture-basics/workbook.html"]')).not.toBeNull();
    expect(catalog.querySelector('a[href="fixture-basics/workbook.pdf"]')).not.toBeNull();
    expect(parse(renderCatalog({ units: [basics], packages: [] })).querySelector('a[href$="workbook.html"]')).toBeNull();
  });
});
