// The tutor guide and evidence sheet of the fixture unit: every criterion with its teaching,
// items, answers and feedback, the scenario map, reflections, workplace criteria and rules;
// the sheet's rows; and that neither ever lands in a learner's package.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { guideFiles } from '../../src/guide/index.ts';
import { renderEvidenceSheet } from '../../src/guide/evidence-sheet.ts';
import { renderTutorGuide, type LegislationEntry } from '../../src/guide/tutor-guide.ts';
import { pageActivities } from '../../src/shared/activities.ts';
import type { Question, Reflection, Scenario, Unit } from '../../src/shared/course.ts';
import { compile } from '../compiler/helpers.ts';
import { fixtureSynopticUnit, fixtureUnit } from '../package/fixture-unit.ts';
import { listFiles, readZip, tempFolder, text, writeFixtureDist } from '../package/dist-helpers.ts';

const compiled = compile('tests/fixtures/valid');
const unit = compiled.units.find((u) => u.facts.id === 'fixture-basics')!;

const parse = (html: string) => new JSDOM(html).window.document;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** Visible text of sanitised HTML, as it reads in the guide. */
const plain = (html: string) => squash(parse(`<body>${html}</body>`).body.textContent);

const guide = parse(renderTutorGuide(unit));
const criterionSection = (ref: string) => guide.getElementById(`criterion-${ref.replace(/[^A-Za-z0-9]+/g, '-')}`)!.closest('section')!;
const item = (id: string) => guide.getElementById(`item-${id}`)!;
const allCriteria = unit.outcomes.flatMap((o) => o.criteria.map((c) => ({ ...c, outcome: o, ref: `${unit.facts.ref}:${c.id}` })));
const questions = (u: Unit) => [...pageActivities(u).filter((a): a is Question => a.kind === 'question'), ...u.pool];

function expectAnswerKey(q: Question, box: Element) {
  const boxText = squash(box.textContent);
  expect(boxText).toContain(plain(q.prompt));
  const rows = [...box.querySelectorAll('table.answers tbody tr')].map((tr) => [...tr.children].map((c) => squash(c.textContent)));
  if (q.type === 'single' || q.type === 'multiple' || q.type === 'truefalse') {
    expect(rows).toEqual(q.options.map((o) => [`${o.key}. ${plain(o.html)}`, o.correct ? '✓ Correct' : 'Wrong', plain(o.feedback)]));
    expect([...box.querySelectorAll('tr.correct')]).toHaveLength(q.options.filter((o) => o.correct).length);
    return;
  }
  if (q.type === 'order') expect(rows).toEqual(q.items.map((item, i) => [String(i + 1), item]));
  if (q.type === 'match') expect(rows).toEqual(q.pairs.map((p) => [p.left, p.right]));
  if (q.type === 'text') expect(rows).toEqual(q.answers.map((a) => [a]));
  const feedback = [...box.querySelectorAll('dl.feedback dd')].map((dd) => squash(dd.textContent));
  expect(feedback).toEqual('feedback' in q ? [plain(q.feedback.correct), plain(q.feedback.incorrect)] : []);
}

describe('tutor guide of the fixture unit', () => {
  it('compiles the fixture without errors', () => {
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(unit).toBeDefined();
  });

  it('is a complete English page with no script, titled after the unit', () => {
    expect(guide.documentElement.lang).toBe('en-GB');
    expect(guide.title).toBe('Tutor guide: Fixture unit for tests');
    expect(guide.querySelectorAll('script')).toHaveLength(0);
    expect(guide.querySelector('h1')!.textContent).toBe('Tutor guide: Fixture unit for tests');
    expect(guide.querySelector('style')!.textContent).toMatch(/@page \{ size: A4;/);
  });

  it('states the unit facts and lists its modules with their pages', () => {
    const facts = [...guide.querySelectorAll('dl.facts')[0].querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]);
    expect(facts).toEqual([
      ['Level', '2'],
      ['Credit value', '1'],
      ['Guided learning hours', '5'],
      ['Unit code', 'FX/000/0001'],
      ['Purpose', unit.facts.purpose],
    ]);
    const modules = [...guide.querySelectorAll('table.modules tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(modules).toEqual([
      ['1. The basics', '5', '1.1, 1.10', 'The basics; Why customers matter; The basics'],
      ['2. Your own practice', '5', '2.1', 'Your own practice'],
    ]);
  });

  it('gives each outcome its own section holding each of its criteria, in order', () => {
    const outcomes = [...guide.querySelectorAll('section.outcome')];
    expect(outcomes.map((s) => s.querySelector('h2')!.textContent)).toEqual(['Learning outcome 1: Know the basics', 'Learning outcome 2: Be able to reflect']);
    expect(outcomes.map((s) => [...s.querySelectorAll('section.criterion > h3')].map((h) => h.textContent))).toEqual([
      ['1.1 State why customers matter', '1.10 Describe a refund right'],
      ['2.1 Reflect on own practice'],
    ]);
  });

  it('lists under each criterion the modules and pages that teach it', () => {
    for (const c of allCriteria) {
      const taught = squash(criterionSection(c.ref).querySelector('h4 + ul')!.textContent);
      for (const module of unit.modules.filter((m) => m.criteria.includes(c.ref))) {
        expect(taught).toContain(`${module.title}: ${module.pages.map((p) => p.title).join('; ')}`);
      }
    }
  });

  it('shows every knowledge check and assessment question under its criterion with its answers and feedback', () => {
    const all = questions(unit);
    expect(all.map((q) => q.id).sort()).toEqual(['as-refund-1', 'as-refund-2', 'as-refund-3', 'as-why-1', 'as-why-2', 'as-why-3', 'kc-match', 'kc-order', 'kc-why']);
    for (const q of all) {
      const box = item(q.id);
      expect(box, q.id).not.toBeNull();
      expect(box.closest('section.criterion')).toBe(criterionSection(q.criteria[0]));
      expect(box.querySelector('h5')!.textContent).toMatch(unit.pool.includes(q) ? /^Assessment question / : /^Knowledge check /);
      expectAnswerKey(q, box);
    }
  });

  it('maps the scenario: every step, each choice with where it leads and its feedback, every ending', () => {
    const s = pageActivities(unit).find((a): a is Scenario => a.kind === 'scenario')!;
    const box = item(s.id);
    expect(box.closest('section.criterion')).toBe(criterionSection('fx-basics:1.10'));
    expect(squash(box.querySelector('h5')!.textContent)).toBe('Scenario sc-refund: A refund at the till');
    expect(squash(box.textContent)).toContain('1 decision point, 2 endings (1 good, 1 poor). Best route: greet → good-end.');
    for (const step of s.steps) {
      const label = guide.getElementById(`step-${s.id}-${step.id}`)!;
      expect(squash(label.textContent)).toBe(
        `Step ${step.id}${step.id === s.start ? ' (start)' : ''}${step.outcome ? `: ending, ${step.outcome} outcome` : ''}`,
      );
      const entry = label.closest('li')!;
      expect(squash(entry.textContent)).toContain(plain(step.html));
      const rows = [...entry.querySelectorAll('table.choices tbody tr')];
      expect(rows).toHaveLength(step.choices.length);
      step.choices.forEach((choice, i) => {
        const cells = rows[i].children;
        expect(squash(cells[0].firstElementChild!.textContent)).toBe(plain(choice.html));
        expect(cells[0].querySelector('.mark')?.textContent ?? null).toBe(choice.best ? '✓ Best choice' : null);
        expect(cells[1].querySelector('a')!.getAttribute('href')).toBe(`#step-${s.id}-${choice.next}`);
        expect(squash(cells[2].textContent)).toBe(plain(choice.feedback));
      });
    }
  });

  it('shows each reflection with its prompt, word count and assessor guidance', () => {
    const r = pageActivities(unit).find((a): a is Reflection => a.kind === 'reflection')!;
    const box = item(r.id);
    expect(box.closest('section.criterion')).toBe(criterionSection('fx-basics:2.1'));
    const boxText = squash(box.textContent);
    for (const part of [plain(r.prompt), `At least ${r.minWords} words.`, 'What an assessor looks for', plain(r.guidance)]) {
      expect(boxText).toContain(part);
    }
  });

  it('says which criteria need workplace evidence, and the assessment rules', () => {
    const rules = guide.getElementById('rules')!.closest('section')!;
    const text = squash(rules.textContent);
    expect(text).toContain('draws 1 question for each of the 2 criteria assessed online, from a pool of 6 questions');
    expect(text).toContain('Learners have 3 sittings, the first included.');
    expect(text).toContain('The unit is passed when every criterion assessed online is met.');
    expect([...rules.querySelectorAll('ul:last-of-type li')].map((li) => squash(li.textContent))).toEqual(['2.1 Reflect on own practice']);
    expect(squash(criterionSection('fx-basics:2.1').textContent)).toContain('Workplace evidence: judged by the assessor');
    expect(squash(criterionSection('fx-basics:1.1').textContent)).toContain('Assessed online: 1 question drawn per sitting from the 3 questions below.');
  });

  it('writes a shared activity in full once and links to it from its other criteria', () => {
    const twice = structuredClone(unit);
    const why = twice.pool.find((q) => q.id === 'as-why-1')!;
    why.criteria = ['fx-basics:1.1', 'fx-basics:1.10'];
    const doc = parse(renderTutorGuide(twice));
    expect(doc.querySelectorAll('#item-as-why-1')).toHaveLength(1);
    const see = [...doc.querySelectorAll('p.see')].find((p) => p.textContent!.includes('as-why-1'))!;
    expect(see.closest('section.criterion')!.querySelector('h3')!.textContent).toBe('1.10 Describe a refund right');
    expect(see.querySelector('a')!.getAttribute('href')).toBe('#item-as-why-1');
  });

  it('escapes plain text from the unit', () => {
    const odd = structuredClone(unit);
    odd.facts.title = 'Fish & chips <script>alert(1)</script>';
    odd.outcomes[0].criteria[0].text = 'Say "why" <b>';
    const doc = parse(renderTutorGuide(odd));
    expect(doc.querySelectorAll('script, b')).toHaveLength(0);
    expect(doc.title).toBe('Tutor guide: Fish & chips <script>alert(1)</script>');
    expect(doc.getElementById('criterion-fx-basics-1-1')!.textContent).toBe('1.1 Say "why" <b>');
  });

  it('has a header cell with a scope for every table header', () => {
    for (const th of guide.querySelectorAll('th')) expect(['col', 'row', 'rowgroup']).toContain(th.getAttribute('scope'));
  });
});

describe('legislation register', () => {
  const register: LegislationEntry[] = [
    { title: 'Consumer Rights Act', year: 2015, status: 'In force', replaced: 'Sale of Goods Act 1979 (for consumers)', reviewed: '1 March 2026' },
    { title: 'Data Protection Act', year: 1998, status: 'Repealed', replacedBy: 'Data Protection Act 2018', reviewed: '1 March 2026' },
  ];

  it('is listed as a table when given', () => {
    const doc = parse(renderTutorGuide(unit, register));
    const section = doc.getElementById('legislation')!.closest('section')!;
    expect(doc.getElementById('legislation')!.textContent).toBe('Legislation named in this course');
    const rows = [...section.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Consumer Rights Act', '2015', 'In force', 'Replaced Sale of Goods Act 1979 (for consumers)', '1 March 2026'],
      ['Data Protection Act', '1998', 'Repealed', 'Replaced by Data Protection Act 2018', '1 March 2026'],
    ]);
  });

  it('is left out when not given', () => {
    expect(guide.getElementById('legislation')).toBeNull();
  });
});

describe('evidence tracking sheet', () => {
  const criteriaRows = (doc: Document) => [...doc.querySelectorAll('table.evidence tbody tr')].filter((tr) => tr.querySelector('th[scope="row"]'));

  it.each([
    ['in the guide', guide],
    ['on its own', parse(renderEvidenceSheet(unit))],
  ])('has one row per criterion with blank evidence type, reference and date %s', (_, doc) => {
    const heads = [...doc.querySelectorAll('table.evidence thead th')].map((th) => th.textContent);
    expect(heads).toEqual(['Assessment criterion', 'Assessed by', 'Evidence type', 'Portfolio reference', 'Date']);
    const rows = criteriaRows(doc);
    expect(rows.map((tr) => squash(tr.querySelector('th')!.textContent))).toEqual(allCriteria.map((c) => `${c.id} ${c.text}`));
    expect(rows.map((tr) => tr.querySelector('td')!.textContent)).toEqual(['Online assessment', 'Online assessment', 'Workplace evidence']);
    for (const tr of rows) expect([...tr.querySelectorAll('td.blank')].map((td) => td.textContent)).toEqual(['', '', '']);
    const groups = [...doc.querySelectorAll('table.evidence th[scope="rowgroup"]')].map((th) => th.textContent);
    expect(groups).toEqual(['Learning outcome 1: Know the basics', 'Learning outcome 2: Be able to reflect']);
    const signers = [...doc.querySelectorAll('table.declarations tbody th strong')].map((s) => s.textContent);
    expect(signers).toEqual(['Learner', 'Assessor', 'Internal verifier']);
    expect([...doc.querySelectorAll('table.declarations thead th')].map((th) => th.textContent)).toEqual([
      'Role and declaration',
      'Name',
      'Signature',
      'Date',
    ]);
  });

  it('holds no answers when printed on its own', () => {
    const sheet = renderEvidenceSheet(unit);
    expect(parse(sheet).querySelector('h1')!.textContent).toBe('Evidence tracking sheet: Fixture unit for tests');
    for (const q of questions(unit)) expect(sheet).not.toContain(q.id);
  });

  it('lists a synoptic unit’s criteria by the unit and outcome they come from', () => {
    const synoptic = fixtureSynopticUnit();
    const doc = parse(renderEvidenceSheet(synoptic));
    const expected = Object.keys(synoptic.external).length;
    expect(criteriaRows(doc)).toHaveLength(expected);
    expect(expected).toBeGreaterThan(0);
    for (const th of doc.querySelectorAll('table.evidence th[scope="rowgroup"]')) expect(th.textContent).toMatch(/, learning outcome /);
  });
});

describe('guides in the output folder', () => {
  it('are written per unit, linked from the catalog, and never put in a package', async () => {
    const units = [fixtureUnit(), fixtureSynopticUnit()];
    const outDir = join(await tempFolder(), 'dist');
    await writeFixtureDist(outDir, { extraFiles: guideFiles(units) });
    const files = await listFiles(outDir);
    for (const u of units) {
      expect(files).toContain(`${u.facts.id}/tutor-guide.html`);
      expect(files).toContain(`${u.facts.id}/evidence-sheet.html`);
    }
    const catalog = parse(await readFile(join(outDir, 'index.html'), 'utf8'));
    const links = [...catalog.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const u of units) expect(links).toEqual(expect.arrayContaining([`${u.facts.id}/tutor-guide.html`, `${u.facts.id}/evidence-sheet.html`]));
    const zips = files.filter((f) => f.endsWith('.zip'));
    expect(zips.length).toBeGreaterThan(0);
    for (const zip of zips) {
      const entries = await readZip(join(outDir, zip));
      for (const [path, data] of Object.entries(entries)) {
        expect(path).not.toMatch(/tutor-guide|evidence-sheet/);
        expect(text(data), `${zip}: ${path}`).not.toMatch(/Tutor guide|Evidence tracking sheet/);
      }
    }
  });
});
