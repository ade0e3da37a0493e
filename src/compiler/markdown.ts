// Markdown is rendered and sanitised here, at build time, so the learner's browser needs
// neither a markdown parser nor a sanitiser.
import { statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked, type Token } from 'marked';
import type { Diagnostics, Position } from './diagnostics.ts';
import { escapeRegExp } from '../shared/text.ts';
import { htmlText } from './readability.ts';
import { HTML_LIMIT, tooDeep } from './nesting.ts';

const marked = new Marked({ gfm: true, async: false });
// One purifier for the whole run. Set once: passing a config on every call makes DOMPurify
// rebuild its allow-lists each time.
const purify = createDOMPurify(new JSDOM('').window);
purify.setConfig({ ADD_ATTR: ['lang'] });

/** Folder of a package that holds the files a unit's markdown links to; paths under it mirror the unit folder. */
export const MEDIA_FOLDER = 'media';

export interface RenderContext {
  diags: Diagnostics;
  /** Absolute path of the markdown file, for resolving relative links and images. */
  path: string;
  /** Where the text's first character is. */
  at: Position;
  /** Columns before the text on its second and later lines (a "|" block's indentation); 0 when unset. */
  indent?: number;
  /** Collects the unit's local files that links and images point to, relative to the unit folder. */
  media: Set<string>;
  /** The unit folder, when the file is in a folder of it (a job aid); the file's own folder otherwise. */
  unitDir?: string;
}

export function renderBlock(text: string, ctx: RenderContext): string {
  return withinLimits(text, ctx, () => {
    const tokens = marked.lexer(text);
    checkLinks(tokens, text, ctx);
    return sanitise(marked.parser(tokens), tokens, text, ctx);
  });
}

export function renderInline(text: string, ctx: RenderContext): string {
  return withinLimits(text, ctx, () => {
    const tokens = marked.Lexer.lexInline(text);
    checkLinks(tokens, text, ctx);
    return sanitise(marked.Parser.parseInline(tokens), tokens, text, ctx);
  });
}

/** Plain text of a short inline markdown string (for titles and SCORM descriptions). */
export function plainText(text: string): string {
  // Text nested too deep to parse is reported where it is rendered; here its marks are dropped.
  const rough = () => text.replace(/[*_`<>[\]]/g, '').replace(/\s+/g, ' ').trim();
  if (tooDeep(text)) return rough();
  try {
    return htmlText(marked.parseInline(text) as string).replace(/\s+/g, ' ').trim();
  } catch (e) {
    if (e instanceof RangeError) return rough();
    throw e;
  }
}

/**
 * `render`'s HTML, or nothing once reported when the text nests deeper than nesting.ts allows,
 * checked before marked or DOMPurify see it. A stack overflow the check did not foresee is
 * reported the same way, rather than stopping the run.
 */
function withinLimits(text: string, ctx: RenderContext, render: () => string): string {
  const deep = tooDeep(text);
  if (deep) {
    const at = positionIn(text, deep.index, ctx);
    if (deep.code === 'marks-too-many') ctx.diags.report(at, 'marks-too-many', { limit: deep.limit });
    else ctx.diags.report(at, 'nesting-too-deep', deep);
    return '';
  }
  try {
    return render();
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    ctx.diags.report(ctx.at, 'nesting-too-deep', { what: 'quotes, lists, emphasis or HTML tags', limit: HTML_LIMIT });
    return '';
  }
}


// What marked writes for markdown without raw HTML: tags with no attributes, and text in which
// it escapes only & < > " and '. DOMPurify would remove nothing from it and serialise it the
// same, bar the quotes; but each call parses into a new jsdom document, which made sanitising
// most of the time `npm run check` took. Anything else (raw HTML, links, images, attributes,
// an entity the author typed, a no-break space) is sanitised.
const PLAIN_HTML = /^(?:[^<&\u00a0]|<\/?(?:p|em|strong|del|code|pre|blockquote|ul|ol|li|h[1-6]|br|hr)>|&(?:amp|lt|gt|quot|#39);)*$/;

function sanitise(html: string, tokens: Token[], source: string, ctx: RenderContext): string {
  // Without a tag DOMPurify returns its input as it is, quotes escaped or not.
  if (!html.includes('<')) return html.trim();
  if (!hasRawHtml(tokens) && PLAIN_HTML.test(html)) return html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim();
  const clean = purify.sanitize(html);
  const removed = purify.removed.map((r) =>
    'element' in r ? { tag: r.element.nodeName.toLowerCase() } : { attribute: r.attribute?.name ?? '' },
  );
  const first = removed.find((r) => r.tag !== 'body' && r.tag !== '#text');
  if (first) {
    const what = first.tag !== undefined ? `<${first.tag}>` : `${first.attribute}="..."`;
    ctx.diags.report(positionIn(source, removedIndex(source, first), ctx), 'raw-html-removed', { what });
  }
  return clean.trim();
}

function hasRawHtml(tokens: Token[]): boolean {
  let found = false;
  walk(tokens, (t) => {
    if (t.type === 'html') found = true;
  });
  return found;
}

/** Where the removed element, or the tag holding the removed attribute, is written. */
function removedIndex(source: string, removed: { tag?: string; attribute?: string }): number {
  const pattern =
    removed.tag !== undefined
      ? new RegExp(`<${escapeRegExp(removed.tag)}[\\s/>]`, 'i')
      : new RegExp(`<[a-z][^>]*\\s${escapeRegExp(removed.attribute ?? '')}[\\s=/>]`, 'i');
  const found = pattern.exec(source);
  return found ? found.index : source.indexOf('<');
}


function checkLinks(tokens: Token[], source: string, ctx: RenderContext): void {
  walk(tokens, (token) => {
    if (token.type !== 'link' && token.type !== 'image') return;
    const href = token.href ?? '';
    if (/^(https?:|mailto:|tel:|#)/i.test(href)) return;
    const kind = token.type === 'image' ? 'Image' : 'Link';
    const at = positionIn(source, Math.max(0, source.indexOf(href || token.raw)), ctx);
    const local = resolveLocal(href, kind, at, ctx);
    if (local) token.href = local.href;
  });
}

/**
 * A link or image to a file of the unit: its path in the unit folder ("images/till.svg") and its
 * href in a package; undefined, once reported, when it points outside the unit or nowhere.
 */
export function resolveLocal(href: string, kind: 'Link' | 'Image', at: Position, ctx: RenderContext): { file: string; href: string } | undefined {
  const [, path, suffix] = /^([^?#]*)(.*)$/.exec(href)!;
  const from = dirname(ctx.path);
  const unitFolder = ctx.unitDir ?? from;
  const inUnit = relative(unitFolder, resolve(from, decodePath(path)));
  if (path.trim() !== '' && (isAbsolute(path) || isAbsolute(inUnit) || inUnit.split(sep)[0] === '..')) {
    ctx.diags.report(at, 'link-outside-unit', { kind, href });
    return undefined;
  }
  if (path.trim() === '' || !isFile(resolve(unitFolder, inUnit))) {
    ctx.diags.report(at, 'link-missing', { kind, href });
    return undefined;
  }
  const file = inUnit.split(sep).join('/');
  ctx.media.add(file);
  return { file, href: mediaHref(file) + suffix };
}

/** The package path of one of a unit's files, as `listMedia` gives it, percent-encoded for an href. */
export function mediaHref(file: string): string {
  return [MEDIA_FOLDER, ...file.split('/')].map(encodeURIComponent).join('/');
}

// A "%" not followed by two hex digits is not an escape: the path is then taken as written.
function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function walk(tokens: Token[], visit: (t: Token & { href?: string }) => void): void {
  for (const t of tokens) {
    visit(t as Token & { href?: string });
    const nested = t as { tokens?: Token[]; items?: Token[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
    if (nested.tokens) walk(nested.tokens, visit);
    if (nested.items) walk(nested.items, visit);
    // Table cells.
    for (const cell of [...(nested.header ?? []), ...(nested.rows ?? []).flat()]) walk(cell.tokens, visit);
  }
}

/** Position in the markdown file of character `index` of a text that starts at ctx.at. */
function positionIn(source: string, index: number, ctx: RenderContext): Position {
  const before = source.slice(0, index).split('\n');
  const line = ctx.at.line + before.length - 1;
  const col = before.length === 1 ? ctx.at.col + index : (ctx.indent ?? 0) + before[before.length - 1].length + 1;
  return { file: ctx.at.file, line, col };
}
