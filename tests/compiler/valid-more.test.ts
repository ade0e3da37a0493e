// More valid units, for the edges of the authoring format the main fixture does not reach:
// - minimal: the unit every tests/fixtures/invalid case copies, before its one planted mistake;
// - rich: links and images that resolve, raw HTML that survives sanitising, code fences that
//   are not activities, a scenario loop with a way out, match/order/text/multiple questions;
// - synoptic: a unit with no outcomes of its own, assessing the other two.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompileResult } from '../../src/compiler/index.ts';
import type { Activity, ChoiceQuestion, MatchQuestion, TextQuestion, Reflection, Scenario, Unit } from '../../src/shared/course.ts';
import { compile, diagnosticLines, ROOT } from './helpers.ts';

const byId = (result: CompileResult, id: string): Unit => {
  const unit = result.units.find((u) => u.facts.id === id);
  if (!unit) throw new Error(`no unit ${id}`);
  return unit;
};
const activity = <T extends Activity>(unit: Unit, id: string): T => {
  const blocks = unit.modules.flatMap((m) => m.pages.flatMap((p) => p.blocks));
  const found = blocks.find((b) => b.kind !== 'html' && b.id === id);
  if (!found) throw new Error(`no activity ${id}`);
  return found as T;
};

describe('tests/fixtures/valid-more', () => {
  let result: CompileResult;
  beforeAll(() => {
    result = compile('tests/fixtures/valid-more');
  });

  it('compiles every unit with no diagnostics', () => {
    expect(diagnosticLines(result)).toEqual([]);
    expect(result.units.map((u) => u.facts.id)).toEqual(['minimal', 'rich', 'synoptic']);
  });

  it('compiles to the snapshotted course model', () => {
    expect(result.units).toMatchSnapshot();
  });

  it('keeps links and images that resolve, and HTML that survives sanitising', () => {
    const rich = byId(result, 'rich');
    expect(rich.intro[0].blocks).toEqual([
      {
        kind: 'html',
        html:
          '<p>Welcome. See the <a href="media/01-serving.md">first module</a> and the picture of a till:</p>\n' +
          '<p><img src="media/images/till.svg" alt="A till"></p>',
      },
    ]);
    const [first, refunds] = rich.modules[0].pages;
    const html = first.blocks.map((b) => (b.kind === 'html' ? b.html : '')).join('');
    expect(html).toContain('<abbr title="Consumer Rights Act">CRA</abbr>');
    expect(html).toContain('<span lang="cy">Croeso</span>');
    expect(refunds.blocks[0]).toEqual({
      kind: 'html',
      html: '<p>Read about <a href="https://www.legislation.gov.uk/ukpga/2015/15">the law</a> or <a href="#top">jump back</a>.</p>',
    });
  });

  it('lists the files that links and images point to, for the packages to carry under media/', () => {
    const folder = join(ROOT, 'tests/fixtures/valid-more/rich');
    expect(result.media).toEqual({
      minimal: [],
      rich: [
        { path: 'media/01-serving.md', source: join(folder, '01-serving.md') },
        { path: 'media/images/till.svg', source: join(folder, 'images/till.svg') },
      ],
      synoptic: [],
    });
  });

  it('treats only question, scenario and reflection fences as activities', () => {
    const rich = byId(result, 'rich');
    const first = rich.modules[0].pages[0];
    expect(first.blocks.map((b) => b.kind)).toEqual(['html']);
    const html = first.blocks[0].kind === 'html' ? first.blocks[0].html : '';
    expect(html).toContain('<pre><code class="language-markdown">```question\nid: not-a-block\n```\n</code></pre>');
    expect(html).toContain('<pre><code>A tilde code block, kept as code.\n</code></pre>');
  });

  it('splits pages at "##" and "---", and reads every question type', () => {
    const rich = byId(result, 'rich');
    expect(rich.modules[0].pages.map((p) => [p.id, p.title])).toEqual([
      ['serving', 'Serving customers'],
      ['serving/refunds', 'Refunds'],
      ['serving-2', 'Serving customers'],
    ]);
    expect(activity<ChoiceQuestion>(rich, 'kc-refund').options.map((o) => [o.key, o.html, o.correct])).toEqual([
      ['a', 'It lasts <em>30 days</em>.', true],
      ['b', 'It needs a receipt in every case.', false],
      ['c', 'It applies to faulty goods.', true],
    ]);
    expect(activity<TextQuestion>(rich, 'kc-why').answers).toEqual(['Come back', 'Return']);
    expect(rich.pool.map((q) => [q.id, q.type, q.criteria])).toEqual([
      ['as-match', 'match', ['rich:1.1']],
      ['as-order', 'order', ['rich:1.1', 'rich:1.10']],
      ['as-refund', 'single', ['rich:1.10']],
    ]);
    expect((rich.pool[0] as MatchQuestion).pairs).toEqual([
      { left: 'Customer', right: 'Someone who buys' },
      { left: 'Colleague', right: 'Someone you work with' },
    ]);
  });

  it('accepts a scenario loop that has a way out, and partial endings', () => {
    const scenario = activity<Scenario>(byId(result, 'rich'), 'sc-queue');
    expect(scenario.steps.map((s) => [s.id, s.outcome ?? null, s.choices.map((c) => c.next)])).toEqual([
      ['greet', null, ['good-end', 'waiting']],
      ['waiting', null, ['partial-end', 'waiting']],
      ['good-end', 'good', []],
      ['partial-end', 'partial', []],
    ]);
  });

  it('gives a reflection 50 words by default, and reads facts written as numbers as text', () => {
    const rich = byId(result, 'rich');
    expect(activity<Reflection>(rich, 'rf-serve').minWords).toBe(50);
    expect(rich.facts.credits).toBe('2');
    expect(rich.facts.title).toBe('Rich fixture with every kind of block');
    expect(rich.assessment).toEqual({ perCriterion: 2, attempts: 1 });
  });

  it('resolves a synoptic unit\'s references into the units it draws on', () => {
    const synoptic = byId(result, 'synoptic');
    expect(synoptic.facts.synoptic).toEqual(['minimal', 'rich']);
    expect(synoptic.outcomes).toEqual([]);
    expect(synoptic.modules).toEqual([]);
    expect(synoptic.pool.map((q) => [q.id, q.criteria])).toEqual([
      ['syn-1', ['minimal:1.1', 'rich:1.1']],
      ['syn-2', ['minimal:1.1', 'rich:1.1', 'rich:2.1']],
      ['syn-3', ['rich:2.1']],
    ]);
    expect(synoptic.external).toEqual({
      'minimal:1.1': { unitTitle: 'Fixture minimal', outcomeId: '1', text: 'State why customers matter' },
      'rich:1.1': { unitTitle: 'Rich fixture with every kind of block', outcomeId: '1', text: 'State why customers matter' },
      'rich:2.1': { unitTitle: 'Rich fixture with every kind of block', outcomeId: '2', text: 'Serve a customer in your workplace' },
    });
  });

  it('still reads every unit when only one is kept, for cross-unit references', () => {
    const only = compile('tests/fixtures/valid-more', ['synoptic']);
    expect(diagnosticLines(only)).toEqual([]);
    expect(only.units.map((u) => u.facts.id)).toEqual(['synoptic']);
    expect(only.units[0]).toEqual(byId(result, 'synoptic'));
  });
});
