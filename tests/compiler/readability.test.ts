// Reading levels against tests/fixtures/quality/reading, with the measuring helpers one by one.
import { describe, expect, it } from 'vitest';
import { renderBlock } from '../../src/compiler/markdown.ts';
import { Diagnostics } from '../../src/compiler/diagnostics.ts';
import { figuresOf, proseFromHtml, proseFromMarkdown, sentencesOf, syllables } from '../../src/compiler/readability.ts';
import { compile, diagnosticLines } from './helpers.ts';

const PAGES = 'tests/fixtures/quality/reading/l1-reading/01-pages.md';

describe('reading levels', () => {
  it('warns about a page over its target, and reports a page or a sentence far over it', () => {
    expect(diagnosticLines(compile('tests/fixtures/quality/reading'))).toEqual([
      `${PAGES}:24:1: warning: The page \"A page over the target\" reads above its target for Level 1: 15.3 words a sentence (10 at most). Its longest sentences: line 27 (17 words) \"Then say what you will do about it,\u2026\", line 26 (16 words) \"When a customer comes to the counter with\u2026\", line 28 (14 words) \"If you cannot help yourself, find a colleague\u2026\". Split long sentences and prefer short, everyday words.`,
      `${PAGES}:44:1: The page \"A page far over the target\" reads far above Level 1: 89.7% long words (40% at most), reading ease -158 (20 at least). Its longest sentences: line 46 (22 words) \"Organisational communication considerations necessitate comprehensive understanding of interpersonal\u2026\", line 49 (7 words) \"Consequently, representatives should continuously demonstrate exceptional professionalism.\". Rewrite it in shorter sentences and plainer words.`,
      `${PAGES}:52:1: warning: The page \"One long sentence\" reads above its target for Level 1: 13 words a sentence (10 at most). Its longest sentences: line 54 (36 words) \"When the customer who has been waiting in\u2026\", line 54 (2 words) \"Say hello.\", line 56 (1 word) \"Smile.\". Split long sentences and prefer short, everyday words.`,
      `${PAGES}:54:12: This sentence has 36 words, more than the 25 allowed at Level 1: \"When the customer who has been waiting in\u2026\". Split it into shorter sentences, or make a list of it.`,
    ]);
  });

  it('checks nothing where the content folder sets no targets', () => {
    expect(diagnosticLines(compile('tests/fixtures/valid'))).toEqual([]);
  });
});

describe('sentences', () => {
  const sentences = (markdown: string) => sentencesOf(proseFromMarkdown(markdown, 1)).map((s) => s.text);

  it('does not end a sentence at an abbreviation or inside a number', () => {
    expect(sentences('Mr Khan sells kettles, toasters, etc. to people. A kettle costs £19.50, e.g. on offer, and a toaster £1.5 more. See No. 5 and the Health and Safety at Work etc. Act 1974. Done.')).toEqual([
      'Mr Khan sells kettles, toasters, etc. to people.',
      'A kettle costs £19.50, e.g. on offer, and a toaster £1.5 more.',
      'See No. 5 and the Health and Safety at Work etc. Act 1974.',
      'Done.',
    ]);
  });

  it('keeps quoted questions inside their sentence', () => {
    expect(sentences('"Can I help?" she asked. He said "No." Then he left.')).toEqual(['"Can I help?" she asked.', 'He said "No."', 'Then he left.']);
  });

  it('makes each list item and table cell its own sentence, and leaves out headings, table headers and code', () => {
    const md = ['### Heading', 'You need:', '- a smile', '- a greeting', '', '| Act | Meaning |', '|---|---|', '| Equality Act 2010 | Treat people fairly |', '', '```', 'code here', '```'].join('\n');
    expect(sentences(md)).toEqual(['You need:', 'a smile', 'a greeting', 'Equality Act 2010', 'Treat people fairly']);
  });

  it('reads the text of links and emphasis, and keeps each sentence\'s source position', () => {
    const s = sentencesOf(proseFromMarkdown('**Say** [hello](https://example.com).\n- Then *smile*. Then wave.', 7));
    expect(s.map((x) => [x.text, x.line, x.col])).toEqual([
      ['Say hello.', 7, 3],
      ['Then smile.', 8, 3],
      ['Then wave.', 8, 17],
    ]);
  });

  it('measures the rendered HTML the same as its markdown', () => {
    const md = 'Customers notice everything. They notice how you look.\n\n- greeting customers with a smile\n- giving them your **full** attention\n\n| Act | Meaning |\n|---|---|\n| Equality Act 2010 | Treat people fairly. |';
    const html = renderBlock(md, { diags: new Diagnostics(), path: '/tmp/x.md', at: { file: 'x.md', line: 1, col: 1 }, media: new Set<string>() });
    expect(figuresOf(sentencesOf(proseFromHtml(html)))).toEqual(figuresOf(sentencesOf(proseFromMarkdown(md, 1))));
  });
});

describe('syllables', () => {
  it.each([
    ['the', 1], ['shop', 1], ['makes', 1], ['asked', 1], ['whole', 1], ['service', 2], ['table', 2], ['people', 2],
    ['wanted', 2], ['boxes', 2], ['places', 2], ['precious', 2], ['customer', 3], ['media', 3], ['actual', 3],
    ['various', 3], ['behaviour', 3], ['experience', 4], ['organisation', 5], ['short-term', 2], ['GDPR', 1], ['2015', 1],
  ])('%s has %i', (word, expected) => {
    expect(syllables(word)).toBe(expected);
  });
});

describe('figures', () => {
  it('computes Flesch Reading Ease and Flesch-Kincaid grade from the counts', () => {
    // 2 sentences, 7 words, 10 syllables (o-pen, cus-tom-ers): 206.835 - 1.015 * 3.5 - 84.6 * 10 / 7 = 82.4;
    // 0.39 * 3.5 + 11.8 * 10 / 7 - 15.59 = 2.6. One long word in seven is 14.3%.
    expect(figuresOf(sentencesOf(proseFromMarkdown('The shop is open. Customers come back.', 1)))).toEqual({
      words: 7, sentences: 2, wordsPerSentence: 3.5, longWords: 14.3, readingEase: 82.4, grade: 2.6,
    });
  });
});
