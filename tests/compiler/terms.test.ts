// Key terms (src/compiler/terms.ts) against tests/fixtures/terms/marked: the exact markup each
// page gains, where the glossary says each term is first used, and the exact diagnostics.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompileResult } from '../../src/compiler/index.ts';
import { proseFromHtml } from '../../src/compiler/readability.ts';
import type { Page, Unit } from '../../src/shared/course.ts';
import { compile, diagnosticLines } from './helpers.ts';

const DIR = 'tests/fixtures/terms';

const DEFINITIONS: Record<number, string> = {
  0: 'An organisation that sells goods or services.',
  2: 'Someone who buys or uses what an organisation offers.',
  3: 'How pleased a customer feels after being served.',
  5: 'Questions &amp; answers, such as a help page.',
  6: 'Money paid back to a customer.',
};

/** The markup the compiler puts round a term's use; `index` is the term's place in the glossary. */
const term = (written: string, index: number) =>
  `<button type="button" class="term" aria-expanded="false" aria-describedby="term-def-${index}">${written}</button>` +
  `<span class="term-def" id="term-def-${index}" role="tooltip">${DEFINITIONS[index]}</span>`;

const html = (page: Page) => page.blocks.flatMap((b) => (b.kind === 'html' ? [b.html] : []));

describe('tests/fixtures/terms/marked', () => {
  let result: CompileResult;
  let unit: Unit;
  let pages: Map<string, Page>;

  beforeAll(() => {
    result = compile(DIR, ['marked']);
    unit = result.units[0];
    pages = new Map([...unit.intro, ...unit.modules.flatMap((m) => m.pages)].map((p) => [p.id, p]));
  });

  it('warns of a term declared twice, whatever its case, and of a term no page uses', () => {
    expect(diagnosticLines(result)).toEqual([
      `${DIR}/marked/unit.md:28:11: warning: The key term "Customer" is declared twice in unit.md (first at line 18), so only the first definition is used. Remove one of them.`,
      `${DIR}/marked/unit.md:30:11: warning: The key term "hazard" is not used on any page, so learners meet it only in the glossary. Use it in the unit's teaching, or remove it from terms.`,
    ]);
  });

  it('keeps the first of two declarations and sorts the terms alphabetically for the glossary', () => {
    expect(unit.terms.map((t) => t.term)).toEqual(['business', 'complaint', 'customer', 'customer satisfaction', 'hazard', 'Q&A', 'refund']);
    expect(unit.terms.find((t) => t.term === 'customer')!.definition).toBe(DEFINITIONS[2]);
  });

  it('records the first page whose text uses each term, counting activities, and none for an unused term', () => {
    expect(Object.fromEntries(unit.terms.map((t) => [t.term, t.page ?? null]))).toEqual({
      business: 'intro',
      complaint: 'serving/complaints',
      customer: 'intro',
      'customer satisfaction': 'intro',
      hazard: null,
      'Q&A': 'serving',
      refund: 'serving',
    });
  });

  it('marks the longest term first, whatever its case', () => {
    expect(html(pages.get('intro')!)).toEqual([
      `<p>${term('Customer satisfaction', 3)} matters to every ${term('customer', 2)} and every ${term('business', 0)}.</p>`,
    ]);
  });

  it('marks the first use on each page only, with plurals and line breaks, never in a heading, a link or code', () => {
    expect(html(pages.get('serving')!)).toEqual([
      [
        '<h3>Customer satisfaction</h3>',
        `<p>Happy ${term('customers', 2)} come back, and ${term('customer\nsatisfaction', 3)} grows when ${term('businesses', 0)} listen. Customers notice.</p>`,
        '<h3>Refunds</h3>',
        `<p>Read <a href="https://www.gov.uk/">the refund rules</a> or search for <code>refund</code> in the ${term('Q&amp;A', 5)}.</p>`,
        '<ul>',
        `<li>A ${term('refund', 6)} is money paid back; nobody is refunded by accident.</li>`,
        '</ul>',
      ].join('\n'),
    ]);
    expect(html(pages.get('serving/complaints')!)).toEqual([`<p>Listen to the ${term('customer', 2)} first.</p>`]);
  });

  it('leaves activities as they are: a term in a question is used but not marked', () => {
    const question = pages.get('serving/complaints')!.blocks.find((b) => b.kind === 'question')!;
    expect(question.kind === 'question' && question.prompt).toBe('<p>What should you do first with a complaint?</p>');
  });

  it('keeps definitions out of the prose that reading figures are taken from', () => {
    expect(html(pages.get('serving/complaints')!).flatMap(proseFromHtml).map((p) => p.text)).toEqual(['Listen to the customer first.']);
  });
});
