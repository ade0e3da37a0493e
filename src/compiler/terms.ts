// Key terms, done at build time so the player only shows and hides: the first use of each term on
// a page becomes a button described by the term's definition, the glossary learns where each term
// is first used, and the author hears of terms declared twice or used on no page.
import { JSDOM } from 'jsdom';
import type { Block, KeyTerm, Page, Unit } from '../shared/course.ts';
import { escapeRegExp } from '../shared/text.ts';
import type { Diagnostics, Position } from './diagnostics.ts';

const { document, NodeFilter } = new JSDOM('').window;
/** A term inside these is left as it is: headings, links, code, controls, and marked terms. */
const SKIP = 'h1, h2, h3, h4, h5, h6, a, code, pre, kbd, samp, button, label, summary, svg, .term-def';

/** Id of the element holding a term's definition; one page shows each term at most once. */
const definitionId = (index: number) => `term-def-${index}`;

/**
 * The unit with term uses marked in its pages and its terms sorted alphabetically for the
 * glossary. `termAt` holds where each of `unit.terms` is declared, in the same order;
 * `activityTexts` the texts a learner reads in each activity, by id, as the parser kept them.
 */
export function markTerms(unit: Unit, termAt: Position[], activityTexts: Map<string, string[]>, diags: Diagnostics): Unit {
  const declared = withoutDuplicates(unit.terms.map((term, i) => ({ term, at: termAt[i] })), diags);
  declared.sort((a, b) => a.term.term.localeCompare(b.term.term, 'en-GB'));
  const terms = declared.map((d) => ({ ...d.term }));
  if (terms.length === 0) return { ...unit, terms };
  const find = termFinder(terms);
  const markPage = (page: Page): Page => {
    const marked = new Set<number>();
    const used = new Set<number>();
    const blocks = page.blocks.map((block): Block => {
      if (block.kind === 'html') return { ...block, html: markHtml(block.html, terms, find, marked) };
      for (const text of activityTexts.get(block.id) ?? []) for (const m of text.matchAll(find.pattern)) used.add(find.termOf(m));
      return block;
    });
    for (const i of [...marked, ...used]) terms[i].page ??= page.id;
    return { ...page, blocks };
  };
  const marked = { ...unit, terms, intro: unit.intro.map(markPage), modules: unit.modules.map((m) => ({ ...m, pages: m.pages.map(markPage) })) };
  declared.forEach(({ at }, i) => {
    if (terms[i].page) return;
    diags.report(at, 'term-unused', { term: terms[i].term });
  });
  return marked;
}

type Declared = { term: KeyTerm; at: Position };

/** Terms match whatever their case, so "Complaint" and "complaint" are the same term. */
function withoutDuplicates(declared: Declared[], diags: Diagnostics): Declared[] {
  const seen = new Map<string, Position>();
  return declared.filter(({ term, at }) => {
    const key = term.term.toLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first) {
      diags.report(at, 'term-duplicate', { term: term.term, line: first.line });
      return false;
    }
    seen.set(key, at);
    return true;
  });
}

interface TermFinder {
  pattern: RegExp;
  /** Which term a match found, as an index into the terms. */
  termOf: (m: RegExpMatchArray) => number;
}

/**
 * One pattern for every term, longest first so "customer satisfaction" wins over "customer";
 * each term is a capture group, matched whatever its case, on word boundaries, with a plural "s"
 * or "es", and across line breaks.
 */
function termFinder(terms: KeyTerm[]): TermFinder {
  const groups = terms
    .map((t, i) => ({ i, length: t.term.length, source: escapeRegExp(t.term).replace(/\s+/g, '\\s+') }))
    .sort((a, b) => b.length - a.length || a.i - b.i);
  const alternatives = groups.map((g) => `(${g.source})`).join('|');
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu'),
    termOf: (m) => groups[m.findIndex((g, n) => n > 0 && g !== undefined) - 1].i,
  };
}

function markHtml(html: string, terms: KeyTerm[], find: TermFinder, marked: Set<number>): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let changed = false;
  for (const text of texts) {
    if (text.parentElement?.closest(SKIP)) continue;
    changed = markText(text, terms, find, marked) || changed;
  }
  return changed ? template.innerHTML : html;
}

/** Replaces the first use on the page of each term in one text node; true when any was found. */
function markText(text: Text, terms: KeyTerm[], find: TermFinder, marked: Set<number>): boolean {
  const parts: (Node | string)[] = [];
  let last = 0;
  for (const m of text.data.matchAll(find.pattern)) {
    const i = find.termOf(m);
    if (marked.has(i)) continue;
    marked.add(i);
    parts.push(text.data.slice(last, m.index), ...termNodes(m[0], terms[i], i));
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return false;
  text.replaceWith(...parts, text.data.slice(last));
  return true;
}

/** The term as written, a button described by the definition; the player shows the definition. */
function termNodes(written: string, term: KeyTerm, index: number): Node[] {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'term';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-describedby', definitionId(index));
  button.textContent = written;
  const definition = document.createElement('span');
  definition.className = 'term-def';
  definition.id = definitionId(index);
  definition.setAttribute('role', 'tooltip');
  definition.textContent = term.definition;
  return [button, definition];
}
