// ::: blocks that break up a page: callouts, tabs, accordions, numbered steps and flip cards,
// rendered to HTML at build time. Each works without the player's script (details and summary,
// headed sections) and by keyboard; the player only turns a tabs block's sections into tabs.
import { readFileSync } from 'node:fs';
import { escapeHtml } from '../shared/text.ts';
import type { Diagnostics } from './diagnostics.ts';
import { renderBlock, renderInline, type RenderContext } from './markdown.ts';
import { lineText, type SourceText } from './source-text.ts';
import type { BlockSection, ContainerPart } from './source.ts';

/** Kinds of block, each with the variants it takes ("" for none). */
export const CONTAINER_KINDS: Record<string, string[]> = {
  callout: ['key', 'law', 'work'],
  tabs: [''],
  accordion: [''],
  steps: [''],
  cards: ['', 'myth'],
};

const CALLOUT_TITLE: Record<string, string> = { key: 'Key point', law: 'The law now', work: 'At work' };

/**
 * A callout's icon, from the product's shared assets (public/icons), put inline in the page at
 * build time: no request, no file in the package, and it prints and takes the text's colour.
 */
const iconOf = (() => {
  const cache = new Map<string, string>();
  return (name: string): string => {
    if (!cache.has(name)) {
      const svg = readFileSync(new URL(`../../public/icons/${name}.svg`, import.meta.url), 'utf8').trim();
      cache.set(name, svg.replace('<svg ', '<svg class="icon" aria-hidden="true" focusable="false" '));
    }
    return cache.get(name)!;
  };
})();

/** Where a callout about the law shows the date the unit's law was checked, filled in once the register is read. */
export const LAW_CHECKED_MARK = '<!--law-checked-->';

export interface Container {
  html: string;
  texts: SourceText[];
}

/** A ::: block as HTML, or undefined when it cannot be drawn (reported). */
export function renderContainer(part: ContainerPart, base: Omit<RenderContext, 'at' | 'indent'>, diags: Diagnostics): Container | undefined {
  const variants = CONTAINER_KINDS[part.name];
  const opened = `:::${part.name}${part.variant ? ` ${part.variant}` : ''}`;
  if (!variants) {
    diags.report(part.at, 'block-kind-unknown', { opened, kinds: Object.keys(CONTAINER_KINDS) });
    return undefined;
  }
  if (!variants.includes(part.variant)) {
    diags.report(part.at, 'block-variant-unknown', { opened, kind: part.name, variants: variants.filter(Boolean) });
    return undefined;
  }
  const texts = part.sections.flatMap((s) => [
    ...(s.headingLine !== undefined ? [{ ...lineText('heading', part.at.file, s.line, s.headingLine), text: s.title! }] : []),
    lineText('prose', part.at.file, s.firstLine, s.text),
  ]);
  const body = (s: BlockSection) => renderBlock(s.text, { ...base, at: { file: part.at.file, line: s.firstLine, col: 1 } });
  const title = (s: BlockSection) => renderInline(s.title ?? '', { ...base, at: { file: part.at.file, line: s.line, col: 5 } });
  if (part.name === 'callout') {
    const law = part.variant === 'law' ? `<p class="law-checked">${LAW_CHECKED_MARK}</p>` : '';
    const inner = part.sections.map((s) => (s.title ? `<h3>${title(s)}</h3>` : '') + body(s)).join('');
    return { html: `<div class="callout callout-${part.variant}" role="note"><p class="callout-title">${iconOf(part.variant)}${CALLOUT_TITLE[part.variant]}</p>${inner}${law}</div>`, texts };
  }
  // The other kinds are made of parts, each under a "###" heading.
  const untitled = part.sections.find((s) => s.title === undefined);
  const needed = part.name === 'tabs' ? 2 : 1;
  if (untitled || part.sections.length < needed) {
    diags.report(untitled ? { file: part.at.file, line: untitled.firstLine, col: 1 } : part.at, 'block-parts', { opened, needed });
    return undefined;
  }
  const id = `b${part.at.line}`;
  const sections = part.sections;
  if (part.name === 'tabs') {
    const panels = sections.map((s, i) => `<section class="tab-panel" aria-labelledby="${id}-${i}"><h3 id="${id}-${i}">${title(s)}</h3>${body(s)}</section>`);
    return { html: `<div class="tabs" id="${id}">${panels.join('')}</div>`, texts };
  }
  if (part.name === 'accordion') {
    const items = sections.map((s) => `<details><summary>${title(s)}</summary><div class="accordion-body">${body(s)}</div></details>`);
    return { html: `<div class="accordion">${items.join('')}</div>`, texts };
  }
  if (part.name === 'steps') {
    const items = sections.map((s) => `<li><h3>${title(s)}</h3>${body(s)}</li>`);
    return { html: `<ol class="steps">${items.join('')}</ol>`, texts };
  }
  const myth = part.variant === 'myth';
  const label = (text: string) => (myth ? `<span class="card-label">${escapeHtml(text)}</span> ` : '');
  const cards = sections.map(
    (s) =>
      `<li><details class="flip"><summary><span class="card-front">${label('Myth')}${title(s)}</span></summary>` +
      `<div class="card-back">${myth ? `<p class="card-label">Fact</p>` : ''}${body(s)}</div></details></li>`,
  );
  return { html: `<ul class="cards${myth ? ' cards-myth' : ''}">${cards.join('')}</ul>`, texts };
}
