// Markdown is rendered and sanitised here, at build time, so the learner's browser needs
// neither a markdown parser nor a sanitiser.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked, type Token } from 'marked';
import type { Diagnostics, Position } from './diagnostics.ts';

const marked = new Marked({ gfm: true, async: false });
const purify = createDOMPurify(new JSDOM('').window);
// Set once: passing a config on every call makes DOMPurify rebuild its allow-lists each time.
purify.setConfig({ ADD_ATTR: ['lang'] });

export interface RenderContext {
  diags: Diagnostics;
  /** Absolute path of the markdown file, for resolving relative links and images. */
  path: string;
  at: Position;
}

export function renderBlock(text: string, ctx: RenderContext): string {
  checkLinks(marked.lexer(text), text, ctx);
  return sanitise(marked.parse(text) as string, text, ctx);
}

export function renderInline(text: string, ctx: RenderContext): string {
  checkLinks(marked.Lexer.lexInline(text), text, ctx);
  return sanitise(marked.parseInline(text) as string, text, ctx);
}

/** Plain text of a short inline markdown string (for titles and SCORM descriptions). */
export function plainText(text: string): string {
  const html = marked.parseInline(text) as string;
  return decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]);
}

function sanitise(html: string, source: string, ctx: RenderContext): string {
  const clean = purify.sanitize(html);
  const removed = purify.removed
    .map((r) => ('element' in r ? `<${r.element.nodeName.toLowerCase()}>` : `${r.attribute?.name}="..."`))
    .filter((what) => what !== '<body>' && what !== '<#text>');
  if (removed.length > 0) {
    ctx.diags.error(
      lineOf(source, '<', ctx),
      `Raw HTML ${removed[0]} is removed when the page is sanitised, so learners would not see it. Write it in markdown instead, or delete it.`,
    );
  }
  return clean.trim();
}

function checkLinks(tokens: Token[], source: string, ctx: RenderContext): void {
  walk(tokens, (token) => {
    if (token.type !== 'link' && token.type !== 'image') return;
    const href = token.href ?? '';
    if (/^(https?:|mailto:|tel:|#)/i.test(href)) return;
    const target = resolve(dirname(ctx.path), decodeURI(href.split(/[?#]/)[0]));
    if (href.trim() === '' || !existsSync(target)) {
      const kind = token.type === 'image' ? 'Image' : 'Link';
      ctx.diags.error(
        lineOf(source, href || token.raw, ctx),
        `${kind} "${href}" points to a file that does not exist. Correct the path (it is relative to this markdown file) or add the file.`,
      );
    }
  });
}

function walk(tokens: Token[], visit: (t: Token & { href?: string }) => void): void {
  for (const t of tokens) {
    visit(t as Token & { href?: string });
    const nested = t as { tokens?: Token[]; items?: Token[] };
    if (nested.tokens) walk(nested.tokens, visit);
    if (nested.items) walk(nested.items, visit);
  }
}

/** Position of the first occurrence of `needle` in a text that starts at ctx.at. */
function lineOf(source: string, needle: string, ctx: RenderContext): Position {
  const index = Math.max(0, source.indexOf(needle));
  const before = source.slice(0, index).split('\n');
  const line = ctx.at.line + before.length - 1;
  const col = before.length === 1 ? ctx.at.col + index : before[before.length - 1].length + 1;
  return { file: ctx.at.file, line, col };
}
