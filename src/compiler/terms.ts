// Key terms, done at build time so the player only shows and hides: the first use of each term on
// a page becomes a button described by the term's definition, the glossary learns where each term
// is first used, and the author hears of terms declared twice or used on no page.
import { JSDOM } from 'jsdom';
import type { Activity, KeyTerm, Unit } from '../shared/course.ts';
import type { Diagnostics, Position } from './diagnostics.ts';
import { htmlText } from './readability.ts';

const { document, NodeFilter } = new JSDOM('').window;
/** A term inside these is left as it is: headings, links, code, controls, and marked terms. */
const SKIP = 'h1, h2, h3, h4, h5, h6, a, code, pre, kbd, samp, button, label, summary, .term-def';

/** Id of the element holding a term's definition; one page shows each term at most once. */
const definitionId = (index: number) => `term-def-${index}`;

/**
 * Marks term uses in the unit's pages and sorts `unit.terms` alphabetically for the glossary.
 * `termAt` holds where each of `unit.terms` is declared, in the same order.
 */
export function markTerms(unit: Unit, termAt: Position[], diags: Diagnostics): void {
  const declared = withoutDuplicates(unit.terms.map((term, i) => ({ term, at: termAt[i] })), diags);
  declared.sort((a, b) => a.term.term.localeCompare(b.term.term, 'en-GB'));
  unit.terms = declared.map((d) => d.term);
  if (unit.terms.length === 0) return;
  const find = termFinder(unit.terms);
  for (const page of [...unit.intro, ...unit.modules.flatMap((m) => m.pages)]) {
    const marked = new Set<number>();
    const used = new Set<number>();
    for (const block of page.blocks) {
      if (block.kind === 'html') block.html = markHtml(block.html, unit.terms, find, marked);
      else for (const text of activityTexts(block)) for (const m of htmlText(text).matchAll(find.pattern)) used.add(find.termOf(m));
    }
    for (const i of [...marked, ...used]) unit.terms[i].page ??= page.id;
  }
  for (const { term, at } of declared) {
    if (term.page) continue;
    diags.warning(at, `The key term "${term.term}" is not used on any page, so learners meet it only in the glossary. Use it in the unit's teaching, or remove it from terms.`);
  }
}

type Declared = { term: KeyTerm; at: Position };

/** Terms match whatever their case, so "Complaint" and "complaint" are the same term. */
function withoutDuplicates(declared: Declared[], diags: Diagnostics): Declared[] {
  const seen = new Map<string, Position>();
  return declared.filter(({ term, at }) => {
    const key = term.term.toLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first) {
      diags.warning(at, `The key term "${term.term}" is declared twice in unit.md (first at line ${first.line}), so only the first definition is used. Remove one of them.`);
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
    .map((t, i) => ({ i, length: t.term.length, source: t.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+') }))
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

/** The text a learner reads in an activity: used there, a term counts as used, but stays unmarked. */
function activityTexts(a: Activity): string[] {
  if (a.kind === 'question') {
    return [a.prompt, ...a.options.map((o) => o.html), ...a.items, ...a.pairs.flatMap((p) => [p.left, p.right])];
  }
  if (a.kind === 'scenario') return [a.title, ...a.steps.flatMap((s) => [s.html, ...s.choices.map((c) => c.html)])];
  return [a.prompt];
}
