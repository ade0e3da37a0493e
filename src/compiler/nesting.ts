// How deeply a markdown text nests, measured in one pass before marked or DOMPurify see it.
// Both recurse: a quote or list some thousands deep, or raw HTML tags or emphasis as deep,
// overflows the stack, and lists a thousand deep took half a minute and half a gigabyte. Real
// teaching never comes near these limits; text that passes them renders in milliseconds.

/** Quotes (">") and list items inside each other, counted together. */
export const BLOCK_LIMIT = 10;
/** Raw HTML elements open inside each other. */
export const HTML_LIMIT = 20;
/** Emphasis markers ("*", "_") opened and not yet closed within one paragraph. */
export const EMPHASIS_LIMIT = 20;
/**
 * Emphasis and strike-through marks ("*", "_", "~") in one paragraph, nested or not: marked's
 * time grows with the square of their number (40,000 of them took 80 seconds). The most in any
 * real paragraph is about 30.
 */
export const MARKS_LIMIT = 200;
/** YAML lists and maps inside each other (the yaml package recurses too). */
export const YAML_LIMIT = 20;

export interface TooDeep {
  /** Too deep, or (marks-too-many) too many marks in one paragraph, `depth` being their number. */
  code: 'nesting-too-deep' | 'marks-too-many';
  what: string;
  depth: number;
  limit: number;
  /** Index in the text where the limit is first passed. */
  index: number;
}

/** The first way in which `text` nests beyond a limit, or undefined when it is within them all. */
export function tooDeep(text: string): TooDeep | undefined {
  return blockDepth(text) ?? htmlDepth(text) ?? emphasisDepth(text);
}

/**
 * A YAML line's "- " and "? " markers, plus one level for every two columns of indentation
 * (the least a nested list or map is indented by).
 */
export function yamlTooDeep(text: string): TooDeep | undefined {
  let offset = 0;
  for (const line of text.split('\n')) {
    const prefix = /^[ \t]*(?:[-?](?:[ \t]+|$))*/.exec(line)![0];
    const markers = (prefix.match(/[-?](?=[ \t]|$)/g) ?? []).length;
    const depth = markers + Math.floor(/^[ \t]*/.exec(line)![0].length / 2);
    if (depth > YAML_LIMIT) return { code: 'nesting-too-deep', what: 'YAML lists and maps', depth, limit: YAML_LIMIT, index: offset };
    offset += line.length + 1;
  }
  return undefined;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * A line's quote and list markers, plus one level for every two columns of indentation (a
 * nested list item is indented at least two columns past its parent's marker): never less than
 * the nesting the line opens, so the limit cannot be dodged by spreading it over lines.
 */
function blockDepth(text: string): TooDeep | undefined {
  let fence: string | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const opener = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined;
      continue;
    }
    if (opener) fence = opener;
    if (THEMATIC_BREAK.test(line)) continue;
    let markers = 0;
    let columns = 0;
    let at = 0;
    for (;;) {
      while (line[at] === ' ' || line[at] === '\t') columns += line[at++] === '\t' ? 4 : 1;
      const marker = line[at] === '>' ? '>' : LIST_MARKER.exec(line.slice(at, at + 11))?.[0];
      if (!marker) break;
      markers++;
      // The one space that separates a marker from its text is part of the marker.
      if (line[at + marker.length] === ' ') at++;
      at += marker.length;
    }
    const depth = markers + Math.floor(columns / 2);
    if (depth > BLOCK_LIMIT) return { code: 'nesting-too-deep', what: 'quotes (">") and lists', depth, limit: BLOCK_LIMIT, index: start };
  }
  return undefined;
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function htmlDepth(text: string): TooDeep | undefined {
  let depth = 0;
  for (const tag of text.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g)) {
    if (tag[1]) depth = Math.max(0, depth - 1);
    else if (!tag[3] && !VOID_ELEMENTS.has(tag[2].toLowerCase())) depth++;
    if (depth > HTML_LIMIT) return { code: 'nesting-too-deep', what: 'HTML tags', depth, limit: HTML_LIMIT, index: tag.index };
  }
  return undefined;
}

/**
 * A run of "*" or "_" after a space (or the start) and before a letter opens that many marks;
 * one after a letter and before a space (or the end) closes them. Runs inside a word, on their
 * own ("Name: ____") or as a rule ("***") neither open nor close. A blank line ends a paragraph.
 */
function emphasisDepth(text: string): TooDeep | undefined {
  let open = 0;
  let marks = 0;
  for (const run of text.matchAll(/\n[ \t]*\n|[*_~]+/g)) {
    if (run[0][0] === '\n') {
      open = 0;
      marks = 0;
      continue;
    }
    if (++marks > MARKS_LIMIT) return { code: 'marks-too-many', what: 'marks', depth: marks, limit: MARKS_LIMIT, index: run.index };
    if (run[0][0] === '~') continue;
    const before = run.index === 0 ? ' ' : text[run.index - 1];
    const after = text[run.index + run[0].length] ?? ' ';
    const spaceBefore = /\s/.test(before);
    const spaceAfter = /\s/.test(after);
    if (spaceBefore && !spaceAfter) open += run[0].length;
    else if (!spaceBefore && spaceAfter) open = Math.max(0, open - run[0].length);
    if (open > EMPHASIS_LIMIT) return { code: 'nesting-too-deep', what: 'emphasis marks ("*" or "_")', depth: open, limit: EMPHASIS_LIMIT, index: run.index };
  }
  return undefined;
}
