// Diagrams written as text, drawn at build time as SVG in the house style: flowcharts and decision
// trees by Graphviz (compiled to WebAssembly, so nothing needs installing), and cycles, pyramids,
// two-by-two matrices and timelines by the small layouts below. The learner's browser gets SVG
// with selectable text and no drawing code.
import { instance } from '@viz-js/viz';
import { escapeHtml } from '../shared/text.ts';

/** The house style, shared with the hand-drawn figures (README: figures and diagrams). */
export const STYLE = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  ink: '#1b1f24',
  muted: '#4a5360',
  brand: '#1f4e8c',
  brandFill: '#e8eef7',
  cautionFill: '#fff3e0',
  caution: '#b35c00',
  line: '#c9d0d9',
} as const;

const viz = await instance();

/** A node's text is cut into lines of at most this many characters, so flowcharts stay narrow. */
const FLOW_LINE = 24;

// Graphviz sizes boxes from the metrics of fonts it knows; Arial's are close to the sans-serif
// fonts learners' devices draw with, so text stays inside its box.
const DOT_FONT = 'Arial';
const HOUSE_DOT = [
  `graph [rankdir=TB nodesep=0.3 ranksep=0.4 pad=0.1 bgcolor="transparent" fontname="${DOT_FONT}"]`,
  `node [shape=box style="rounded,filled" fillcolor="${STYLE.brandFill}" color="${STYLE.brand}" penwidth=1.5 fontname="${DOT_FONT}" fontsize=15 fontcolor="${STYLE.ink}" margin="0.24,0.12"]`,
  `edge [color="${STYLE.muted}" penwidth=1.3 arrowsize=0.8 fontname="${DOT_FONT}" fontsize=13 fontcolor="${STYLE.ink}"]`,
];

export interface Drawn {
  /** The SVG's inner markup (no <svg> element) and its size in user units. */
  body: string;
  width: number;
  height: number;
}

/** A flowchart from the statements of a Graphviz digraph, or the line (of `dot`) and reason it cannot be read. */
export function drawFlow(dot: string): Drawn | { line: number; reason: string } {
  // A "shape=diamond" node is a decision: drawn in the caution colours.
  const statements = wrapLabels(dot).replace(/shape\s*=\s*"?diamond"?/g, `shape=diamond fillcolor="${STYLE.cautionFill}" color="${STYLE.caution}"`);
  const source = `digraph {\n${HOUSE_DOT.join('\n')}\n${statements}\n}`;
  const result = viz.render(source, { format: 'svg' });
  const error = result.errors.find((e) => e.level === 'error');
  if (result.status !== 'success' || error) {
    const message = error?.message ?? 'Graphviz could not lay it out';
    const line = Number(/line (\d+)/.exec(message)?.[1] ?? HOUSE_DOT.length + 2) - HOUSE_DOT.length - 1;
    return { line: Math.max(1, line), reason: message.replace(/\s*in line \d+/, '').replace(/\s+/g, ' ').trim() };
  }
  const svg = result.output;
  const box = /viewBox="([\d.\s-]+)"/.exec(svg)![1].split(/\s+/).map(Number);
  const inner = svg
    .slice(svg.indexOf('>', svg.indexOf('<svg')) + 1, svg.lastIndexOf('</svg>'))
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<title>[^<]*<\/title>\s*/g, '')
    .replace(/<polygon fill="transparent"[^>]*\/>\s*/, '')
    .replace(/ id="[^"]*"/g, '')
    .replace(/ class="[^"]*"/g, '')
    .replace(/\n\s*\n/g, '\n');
  return { body: inner.trim(), width: box[2], height: box[3] };
}

/** Long labels broken into lines at spaces, unless the author has broken them already. */
function wrapLabels(dot: string): string {
  return dot.replace(/label\s*=\s*"((?:[^"\\]|\\.)*)"/g, (whole, text: string) =>
    text.includes('\\n') || text.length <= FLOW_LINE ? whole : `label="${wrap(text, FLOW_LINE).join('\\n')}"`,
  );
}

/** Words into lines of at most `width` characters (a longer word keeps a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

// ---- The drawn layouts ----

/** An item of a cycle, pyramid or matrix: "Title: detail" draws the title bold. */
interface Item {
  title: string;
  detail: string;
}

export function itemOf(text: string): Item {
  const colon = text.indexOf(': ');
  return colon > 0 && colon < 48 ? { title: text.slice(0, colon), detail: text.slice(colon + 2) } : { title: text, detail: '' };
}

const FONT = 15;
const LINE = 19;
const CHAR = FONT * 0.56;

/** Lines of text centred on x, from y, the title bold; returns the markup and the height used. */
function textBlock(
  item: Item,
  x: number,
  y: number,
  width: number,
  anchor: 'middle' | 'start' | 'end' = 'middle',
  bold = item.detail !== '',
): { svg: string; height: number } {
  const chars = Math.max(8, Math.floor(width / CHAR));
  const title = wrap(item.title, chars);
  const detail = item.detail ? wrap(item.detail, chars) : [];
  const lines = [...title.map((t) => ({ t, bold })), ...detail.map((t) => ({ t, bold: false }))];
  const tspans = lines
    .map((l, i) => `<tspan x="${f(x)}" dy="${i === 0 ? 0 : LINE}"${l.bold ? ' font-weight="700"' : ''}>${escapeHtml(l.t)}</tspan>`)
    .join('');
  const svg = `<text x="${f(x)}" y="${f(y + FONT)}" text-anchor="${anchor}" font-size="${FONT}" fill="${STYLE.ink}">${tspans}</text>`;
  return { svg, height: lines.length * LINE };
}

const ARROW = `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${STYLE.muted}"/></marker></defs>`;

/** Stages round a circle, each box joined to the next by an arrow. */
export function drawCycle(texts: string[]): Drawn {
  const items = texts.map(itemOf);
  const n = items.length;
  const boxW = n <= 4 ? 150 : 124;
  const blocks = items.map((item) => textBlock(item, 0, 0, boxW - 16));
  const boxH = Math.max(...blocks.map((b) => b.height)) + 18;
  const radius = Math.max(110, (n * (boxW + 10)) / (2 * Math.PI));
  const width = 2 * radius + boxW + 20;
  const height = 2 * radius + boxH + 20;
  const cx = width / 2;
  const cy = height / 2;
  const at = (i: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle };
  };
  const arrows = items.map((_, i) => {
    const gap = (Math.PI / n) * 0.55;
    const a = at(i).angle + gap;
    const b = at(i + 1).angle - gap;
    const r = radius * 0.72;
    const [x1, y1, x2, y2] = [cx + r * Math.cos(a), cy + r * Math.sin(a), cx + r * Math.cos(b), cy + r * Math.sin(b)];
    return `<path d="M${f(x1)} ${f(y1)}A${f(r)} ${f(r)} 0 0 1 ${f(x2)} ${f(y2)}" fill="none" stroke="${STYLE.muted}" stroke-width="2" marker-end="url(#arrow)"/>`;
  });
  const boxes = items.map((item, i) => {
    const { x, y } = at(i);
    const text = textBlock(item, x, y - blocks[i].height / 2, boxW - 16);
    return `<rect x="${f(x - boxW / 2)}" y="${f(y - boxH / 2)}" width="${boxW}" height="${boxH}" rx="8" fill="${STYLE.brandFill}" stroke="${STYLE.brand}" stroke-width="2"/>${text.svg}`;
  });
  return { body: ARROW + arrows.join('') + boxes.join(''), width: f(width), height: f(height) };
}

/** Levels from the top down, the top narrowest. */
export function drawPyramid(texts: string[]): Drawn {
  const items = texts.map(itemOf);
  const n = items.length;
  // The top level is wide enough for its longest word.
  const longest = Math.max(...items.flatMap((i) => `${i.title} ${i.detail}`.split(/\s+/)).map((w) => w.length));
  const topWidth = Math.max(120, longest * CHAR + 48);
  const width = Math.max(360, topWidth + 160);
  const widthAt = (level: number) => topWidth + ((width - topWidth) * level) / n;
  let y = 0;
  const parts = items.map((item, i) => {
    const top = widthAt(i);
    const bottom = widthAt(i + 1);
    const h = textBlock(item, width / 2, 0, top - 24).height + 20;
    const placed = textBlock(item, width / 2, y + 10, top - 24);
    const points = [
      [(width - top) / 2, y],
      [(width + top) / 2, y],
      [(width + bottom) / 2, y + h],
      [(width - bottom) / 2, y + h],
    ];
    const fill = i % 2 === 0 ? STYLE.brandFill : '#ffffff';
    const shape = `<polygon points="${points.map(([px, py]) => `${f(px)},${f(py)}`).join(' ')}" fill="${fill}" stroke="${STYLE.brand}" stroke-width="2" stroke-linejoin="round"/>`;
    y += h;
    return shape + placed.svg;
  });
  return { body: parts.join(''), width, height: f(y + 2) };
}

export interface MatrixInput {
  x: { label: string; low: string; high: string };
  y: { label: string; low: string; high: string };
  /** Top left, top right, bottom left, bottom right. */
  cells: string[];
}

/** A two-by-two grid: y rises upwards, x to the right. */
export function drawMatrix({ x, y, cells }: MatrixInput): Drawn {
  const left = 64;
  const items = cells.map(itemOf);
  const longest = Math.max(...items.flatMap((i) => `${i.title} ${i.detail}`.split(/\s+/)).map((w) => w.length));
  const cellW = Math.max(150, Math.ceil(longest * CHAR + 24));
  const blocks = items.map((item) => textBlock(item, 0, 0, cellW - 20));
  // Rows tall enough for the y axis's label, which runs up beside them.
  const rowH = [0, 2].map((i) => Math.max(76, Math.max(blocks[i].height, blocks[i + 1].height) + 28));
  const top = 24;
  const gridH = rowH[0] + rowH[1];
  const width = left + 2 * cellW + 8;
  const cell = (i: number) => {
    const col = i % 2;
    const row = Math.floor(i / 2);
    const cx = left + col * cellW;
    const cy = top + (row === 0 ? 0 : rowH[0]);
    const h = rowH[row];
    const text = textBlock(items[i], cx + cellW / 2, cy + (h - blocks[i].height) / 2, cellW - 20);
    return `<rect x="${cx}" y="${cy}" width="${cellW}" height="${h}" fill="${i === 1 ? STYLE.brandFill : '#ffffff'}" stroke="${STYLE.brand}" stroke-width="2"/>${text.svg}`;
  };
  const small = (t: string, tx: number, ty: number, anchor: string, extra = '') =>
    `<text x="${f(tx)}" y="${f(ty)}" text-anchor="${anchor}" font-size="13" fill="${STYLE.muted}"${extra}>${escapeHtml(t)}</text>`;
  const axes = [
    small(`${y.label} ↑`, 14, top + gridH / 2, 'middle', ` transform="rotate(-90 14 ${f(top + gridH / 2)})"`),
    small(y.high, left - 6, top + 14, 'end', ''),
    small(y.low, left - 6, top + gridH - 4, 'end', ''),
    small(x.low, left + 4, top + gridH + 18, 'start'),
    small(x.high, left + 2 * cellW - 4, top + gridH + 18, 'end'),
    small(`${x.label} →`, left + cellW, top + gridH + 36, 'middle'),
  ];
  return { body: [0, 1, 2, 3].map(cell).join('') + axes.join(''), width, height: top + gridH + 44 };
}

/** Points in time down a line: when on the left, what on the right. */
export function drawTimeline(items: { when: string; what: string }[]): Drawn {
  const width = 360;
  const lineX = 104;
  let y = 8;
  const parts = items.map((item) => {
    const when = textBlock({ title: item.when, detail: '' }, lineX - 16, y, 84, 'end', true);
    const what = textBlock({ title: item.what, detail: '' }, lineX + 18, y, width - lineX - 26, 'start');
    const h = Math.max(when.height, what.height) + 22;
    const dot = `<circle cx="${lineX}" cy="${y + 10}" r="7" fill="${STYLE.brand}"/>`;
    y += h;
    return dot + when.svg + what.svg;
  });
  const line = `<line x1="${lineX}" y1="10" x2="${lineX}" y2="${f(y - 20)}" stroke="${STYLE.line}" stroke-width="4" stroke-linecap="round"/>`;
  return { body: line + parts.join(''), width, height: f(y) };
}

const f = (n: number) => Math.round(n * 10) / 10;
