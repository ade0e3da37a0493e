// The compiler's page HTML made fit for paper: what opens and closes on screen (accordions, flip
// cards, long descriptions) printed open as plain headed parts, key terms as text (the workbook
// lists them), task-list checkboxes as boxes to tick, pictures loaded at once (a lazy one may
// never load before printing), headings moved down under the workbook's own, and ids made
// unique in a page that holds the whole unit. The HTML is the compiler's sanitised output, whose
// shapes are known (src/compiler/containers.ts, visuals.ts, terms.ts), so patterns on it are enough.

/** A key term's button and its definition (src/compiler/terms.ts), reduced to the term as written. */
const TERM = /<button[^>]*\bclass="term"[^>]*>([\s\S]*?)<\/button><span[^>]*\bclass="term-def"[^>]*>[\s\S]*?<\/span>/g;

/** A details element with its summary; the compiler never nests them. */
const DETAILS = /<details(?: class="([^"]*)")?(?: open(?:="")?)?>\s*<summary>([\s\S]*?)<\/summary>([\s\S]*?)<\/details>/g;

/** A task-list checkbox from markdown ("- [ ] ..."): a box to tick in pen, ticked where the author ticked it. */
const CHECKBOX = /<input\b[^>]*\btype="checkbox"[^>]*>/g;
const boxFor = (input: string) => `<span class="box${/\bchecked\b/.test(input) ? ' ticked' : ''}" aria-hidden="true"></span>`;

/** A tab's panel: on paper one headed part after another, not a landmark of its own each. */
const TAB_PANEL = /<section class="tab-panel" aria-labelledby="[^"]*">([\s\S]*?)<\/section>/g;

/** Attributes holding ids or lists of ids, after a space so that "data-id" is never one. */
const ID_ATTRIBUTES = /(\s)(id|aria-labelledby|aria-describedby|aria-controls|for)="([^"]*)"/g;

function expanded(_: string, className: string | undefined, summary: string, body: string): string {
  if (className === undefined) return `<div class="part"><h3>${summary}</h3>${body}</div>`;
  if (className === 'flip') return `<div class="card"><p class="card-front">${summary}</p>${body}</div>`;
  return `<div class="${className}"><p class="label">${summary}</p>${body}</div>`;
}

/** Every heading moved `by` levels down, h6 at the most. */
export function shiftHeadings(html: string, by: number): string {
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`);
}

/** Every id, reference to an id and fragment link given `prefix`, so that pages put together keep them unique. */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(ID_ATTRIBUTES, (_, space: string, name: string, value: string) =>
      `${space}${name}="${value.split(/\s+/).filter(Boolean).map((id) => prefix + id).join(' ')}"`,
    )
    .replace(/href="#([^"]+)"/g, `href="#${prefix}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`);
}

/** Compiler HTML as the workbook prints it: see the comment at the top. */
export function printable(html: string, prefix: string, headingShift: number): string {
  const plain = html
    .replace(TERM, '<span class="term">$1</span>')
    .replace(DETAILS, expanded)
    .replace(TAB_PANEL, '<div class="tab-panel">$1</div>')
    .replace(CHECKBOX, boxFor)
    .replace(/ loading="lazy"/g, '');
  return prefixIds(shiftHeadings(plain, headingShift), prefix);
}
