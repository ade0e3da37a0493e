// `figure` and `diagram` blocks: a picture from the unit folder, or a diagram drawn from text at
// build time, each with alt text that carries its meaning, an optional caption, and an optional
// long description the learner can open. Both become plain HTML in the page.
import { extname, resolve } from 'node:path';
import type { Node, YAMLMap } from 'yaml';
import { escapeHtml } from '../shared/text.ts';
import { drawCycle, drawFlow, drawMatrix, drawPyramid, drawTimeline, type Drawn, STYLE } from './diagrams.ts';
import type { Diagnostics } from './diagnostics.ts';
import { FIGURE_TYPES, imageSize } from './image-size.ts';
import { plainText, renderBlock, renderInline, resolveLocal, type RenderContext } from './markdown.ts';
import type { SourceText, TextRole } from './source-text.ts';
import type { VisualPart } from './source.ts';
import { YamlReader } from './yaml-reader.ts';

export const DIAGRAM_KINDS = ['flow', 'cycle', 'pyramid', 'matrix', 'timeline'] as const;
type DiagramKind = (typeof DIAGRAM_KINDS)[number];

/** How many items each kind can draw legibly at 320 px. */
const ITEMS: Record<'cycle' | 'pyramid' | 'timeline', [number, number]> = { cycle: [3, 8], pyramid: [2, 7], timeline: [2, 8] };

export interface Visual {
  html: string;
  texts: SourceText[];
}

interface Ctx {
  r: YamlReader;
  map: YAMLMap;
  what: string;
  id: string;
  diags: Diagnostics;
  render: (node: Node | null | undefined) => RenderContext;
  texts: SourceText[];
}

/** A figure or diagram block as HTML; undefined when it cannot be drawn (reported). */
export function parseVisual(part: VisualPart, base: Omit<RenderContext, 'at' | 'indent'>): Visual | undefined {
  const { diags } = base;
  const r = new YamlReader(part.yaml, diags, `this ${part.kind} block`);
  if (!r.root) return undefined;
  const texts: SourceText[] = [];
  const ctx: Ctx = {
    r,
    map: r.root,
    what: `the ${part.kind} at line ${part.at.line}`,
    id: `${part.kind === 'figure' ? 'fig' : 'dg'}-${part.at.line}`,
    diags,
    render: (node) => ({ ...base, ...r.textAt(node) }),
    texts,
  };
  const picture = part.kind === 'figure' ? figure(ctx) : diagram(ctx);
  if (picture === undefined) return undefined;
  return { html: frame(ctx, picture), texts };
}

function note(c: Ctx, role: TextRole, key: string): void {
  const text = c.r.sourceText(role, c.r.node(c.map, key));
  if (text) c.texts.push(text);
}

/** The alt text: required, written as plain text; "" only for a decorative picture. */
function altOf(c: Ctx, decorativeAllowed: boolean): string | undefined {
  const node = c.r.node(c.map, 'alt');
  if (node === undefined) {
    c.diags.report(c.r.at(c.map), 'figure-no-alt', { what: c.what });
    return undefined;
  }
  const alt = c.r.string(c.map, 'alt', c.what, false) ?? '';
  if (alt === '' && !decorativeAllowed) c.diags.report(c.r.at(node), 'diagram-empty-alt', { what: c.what });
  note(c, 'prose', 'alt');
  return plainText(alt);
}

function figure(c: Ctx): string | undefined {
  const { r, map } = c;
  r.onlyKnown(map, ['src', 'alt', 'caption', 'description'], c.what);
  const src = r.string(map, 'src', c.what);
  const alt = altOf(c, true);
  if (src === undefined || alt === undefined) return undefined;
  const at = r.textAt(r.node(map, 'src')).at;
  const ext = extname(src.replace(/[?#].*$/, '')).toLowerCase();
  if (!FIGURE_TYPES.includes(ext)) {
    c.diags.report(at, 'figure-type', { src, types: FIGURE_TYPES });
    return undefined;
  }
  const ctx = c.render(r.node(map, 'src'));
  const local = resolveLocal(src, 'Image', at, ctx);
  if (!local) return undefined;
  const size = imageSize(resolve(ctx.unitDir ?? resolve(ctx.path, '..'), local.file));
  if (!size) {
    c.diags.report(at, 'figure-unreadable', { src });
    return undefined;
  }
  return `<img src="${escapeHtml(local.href)}" alt="${escapeHtml(alt)}" width="${size.width}" height="${size.height}" loading="lazy" decoding="async">`;
}

function diagram(c: Ctx): string | undefined {
  const { r, map } = c;
  const kind = r.string(map, 'kind', c.what) as DiagramKind | undefined;
  if (kind !== undefined && !DIAGRAM_KINDS.includes(kind)) {
    c.diags.report(r.at(r.node(map, 'kind')), 'diagram-kind-unknown', { what: c.what, kind, kinds: DIAGRAM_KINDS });
    return undefined;
  }
  const fields: Record<DiagramKind, string[]> = { flow: ['dot'], cycle: ['items'], pyramid: ['items'], timeline: ['items'], matrix: ['x', 'y', 'cells'] };
  r.onlyKnown(map, ['kind', 'alt', 'caption', 'description', ...(kind ? fields[kind] : ['dot', 'items', 'x', 'y', 'cells'])], c.what);
  const alt = altOf(c, false);
  if (kind === undefined || alt === undefined) return undefined;
  const drawn = draw(c, kind);
  if (!drawn) return undefined;
  // Ids inside the drawing (its arrowhead) are made unique to it: a page may show several.
  const body = drawn.body.replace(/id="arrow"/g, `id="${c.id}-arrow"`).replace(/url\(#arrow\)/g, `url(#${c.id}-arrow)`);
  const size = kind === 'flow' ? { width: Math.round(drawn.width * (4 / 3)), height: Math.round(drawn.height * (4 / 3)) } : drawn;
  return (
    `<svg class="diagram-${kind}" viewBox="0 0 ${drawn.width} ${drawn.height}" width="${size.width}" height="${size.height}" role="img" aria-labelledby="${c.id}-alt" font-family="${escapeHtml(STYLE.font)}">` +
    `<title id="${c.id}-alt">${escapeHtml(alt)}</title>${body}</svg>`
  );
}

function draw(c: Ctx, kind: DiagramKind): Drawn | undefined {
  const { r, map } = c;
  if (kind === 'flow') {
    const dot = r.string(map, 'dot', c.what);
    if (dot === undefined) return undefined;
    const drawn = drawFlow(dot);
    if ('body' in drawn) return drawn;
    const { at } = r.textAt(r.node(map, 'dot'));
    c.diags.report({ ...at, line: at.line + drawn.line - 1 }, 'diagram-dot-invalid', { what: c.what, reason: drawn.reason });
    return undefined;
  }
  if (kind === 'matrix') return matrix(c);
  const nodes = r.list(map, 'items', c.what) ?? [];
  const [min, max] = ITEMS[kind];
  if (nodes.length < min || nodes.length > max) {
    c.diags.report(r.at(r.node(map, 'items') ?? map), 'diagram-item-count', { what: c.what, kind, count: nodes.length, min, max });
    return undefined;
  }
  for (const node of nodes) c.texts.push(...[r.sourceText('prose', node)].filter((t) => t !== undefined));
  if (kind === 'timeline') {
    const items = nodes.flatMap((node, i) => {
      const iw = `item ${i + 1} of ${c.what}`;
      const im = r.map(node, iw);
      if (!im) return [];
      r.onlyKnown(im, ['when', 'what'], iw);
      const when = r.string(im, 'when', iw);
      const what = r.string(im, 'what', iw);
      for (const key of ['when', 'what']) c.texts.push(...[r.sourceText('prose', r.node(im, key))].filter((t) => t !== undefined));
      return when !== undefined && what !== undefined ? [{ when: plainText(when), what: plainText(what) }] : [];
    });
    return items.length === nodes.length ? drawTimeline(items) : undefined;
  }
  const items = (r.stringList(map, 'items', c.what) ?? []).map((i) => plainText(i.value));
  if (items.length !== nodes.length) return undefined;
  return kind === 'cycle' ? drawCycle(items) : drawPyramid(items);
}

function matrix(c: Ctx): Drawn | undefined {
  const { r, map } = c;
  const axis = (key: 'x' | 'y') => {
    const aw = `"${key}" of ${c.what}`;
    if (!r.has(map, key)) {
      r.diags.report(r.at(map), 'field-missing', { what: c.what, key, needs: 'text' });
      return undefined;
    }
    const am = r.map(r.node(map, key), aw);
    if (!am) return undefined;
    r.onlyKnown(am, ['label', 'low', 'high'], aw);
    const [label, low, high] = ['label', 'low', 'high'].map((k) => r.string(am, k, aw));
    return label !== undefined && low !== undefined && high !== undefined ? { label: plainText(label), low: plainText(low), high: plainText(high) } : undefined;
  };
  const x = axis('x');
  const y = axis('y');
  const cells = (r.stringList(map, 'cells', c.what) ?? []).map((i) => plainText(i.value));
  for (const node of r.list(map, 'cells', c.what, false) ?? []) c.texts.push(...[r.sourceText('prose', node)].filter((t) => t !== undefined));
  if (r.has(map, 'cells') && cells.length !== 4) {
    c.diags.report(r.at(r.node(map, 'cells')), 'diagram-item-count', { what: c.what, kind: 'matrix', count: cells.length, min: 4, max: 4 });
    return undefined;
  }
  return x && y && cells.length === 4 ? drawMatrix({ x, y, cells }) : undefined;
}

/** The picture in a figure, with its caption and long description. */
function frame(c: Ctx, picture: string): string {
  const { r, map } = c;
  const caption = r.string(map, 'caption', c.what, false);
  const description = r.string(map, 'description', c.what, false);
  if (caption !== undefined) note(c, 'prose', 'caption');
  if (description !== undefined) note(c, 'prose', 'description');
  const captionHtml = caption ? `<figcaption>${renderInline(caption, c.render(r.node(map, 'caption')))}</figcaption>` : '';
  const details = description
    ? `<details class="long-description"><summary>Description of the ${c.id.startsWith('dg') ? 'diagram' : 'picture'}</summary>${renderBlock(description, c.render(r.node(map, 'description')))}</details>`
    : '';
  return `<figure class="figure" id="${c.id}">${picture}${captionHtml}${details}</figure>`;
}
