// renderBlock skips DOMPurify for HTML that marked wrote from markdown without raw HTML. That
// shortcut must give exactly what sanitising would have given.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/compiler/diagnostics.ts';
import { renderBlock, renderInline } from '../../src/compiler/markdown.ts';

const purify = createDOMPurify(new JSDOM('').window);
purify.setConfig({ ADD_ATTR: ['lang'] });
const marked = new Marked({ gfm: true, async: false });
const ctx = () => ({ diags: new Diagnostics(), path: '/nowhere/unit/01-m.md', at: { file: 'u/01-m.md', line: 1, col: 1 }, media: new Set<string>() });

const SAMPLES = [
  'The manager says, "It\'ll be ready soon" & smiles.',
  '## A heading\n\nText with **bold**, *emphasis*, ~~struck~~ and `code <b>`.',
  '- one\n- two\n\n1. first\n2. second\n\n> A quote\n> over two lines',
  '```\nconst a = 1 < 2;\n```\n\n---\n\nLine one  \nline two',
  'A no-break\u00a0space, an entity &mdash; typed, and a > sign.',
  '3. starts at three\n4. four',
  'Press <kbd>Enter</kbd> to go on.',
  'Say <span lang="cy">Croeso</span> and <em>mean it</em>.',
];

describe('rendering markdown', () => {
  it.each(SAMPLES)('renderBlock(%j) is what DOMPurify gives', (text) => {
    expect(renderBlock(text, ctx())).toBe(purify.sanitize(marked.parse(text) as string).trim());
  });

  it.each(SAMPLES)('renderInline(%j) is what DOMPurify gives', (text) => {
    expect(renderInline(text, ctx())).toBe(purify.sanitize(marked.parseInline(text) as string).trim());
  });

  it('still sanitises, and reports, raw HTML made only of tags marked writes itself', () => {
    const c = ctx();
    expect(renderBlock('<p>Unclosed <em>tag\n\nNext', c)).toBe(purify.sanitize(marked.parse('<p>Unclosed <em>tag\n\nNext') as string).trim());
    expect(renderBlock('Click <strong onclick="x()">here</strong>.', c)).toBe('<p>Click <strong>here</strong>.</p>');
    expect(c.diags.list.map((d) => `${d.line}:${d.col} ${d.message.split(' is ')[0]}`)).toEqual(['1:7 Raw HTML onclick="..."']);
  });
});
