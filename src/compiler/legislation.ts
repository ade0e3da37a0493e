// The check of every Act, set of regulations or order the content names against the legislation
// register (legislation-register.ts): the law must be in the register, named with its year, and
// not taught as current once the register says it was replaced.
// Mentions are found line by line with two patterns, in the texts the parser kept with their
// roles (source-text.ts): a wrong answer or a seed's criterion is not teaching, and is left alone.
import type { Diagnostics, Position } from './diagnostics.ts';
import { ABBREVIATIONS } from './readability.ts';
import { type Law, normalName, type Register, REPLACED } from './legislation-register.ts';
import type { SourceText, TextRole } from './source-text.ts';

export { entriesOf, legislationEntries, type LegislationEntry, readRegister, todayIso } from './legislation-register.ts';

// ---- Mentions ----

interface Mention {
  /** The mention as written, name and year: "Equality Act 2010", "the 2024 Act". */
  written: string;
  year?: number;
  /** The laws its name matches; empty for a name not in the register. */
  laws: Law[];
  /** "Act" or "Regulations" of a year-only reference such as "the 2024 Act". */
  yearOnly?: string;
  /** 0-based line index and start and end in that line. */
  line: number;
  start: number;
  end: number;
}

const ANCHOR = /(?<![\w-])(Act|Regulations|Regulation|Order)(?![\w-])/g;
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'from', 'in', 'at', 'to', 'on', 'etc.']);
const NAME_WORD = /^[A-Z][A-Za-z'’-]*,?$/;
/** Markup or punctuation that may open a name: bold, a link, a quotation, a bracket. */
const OPENER = /^[*_["“‘'(]+/;
/** A quotation opening just before a name, but not a YAML value's own quotes. */
const QUOTE_OPENS = /(?<!^\s*(?:-\s+)?[\w-]+:\s*)["“‘']$/;
const QUOTE_CLOSES = /["”’']/;

/** Every mention of legislation in a text, as written, with its 1-based line and column. */
export function findMentions(register: Register, text: string): { written: string; line: number; col: number; known: boolean }[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line, n) => mentionsIn(line, n, register))
    .map((m) => ({ written: m.written, line: m.line + 1, col: m.start + 1, known: m.laws.length > 0 }));
}

/** Every Act, regulations or order named in one line. */
function mentionsIn(line: string, n: number, register: Register): Mention[] {
  const found: Mention[] = [];
  for (const anchor of line.matchAll(ANCHOR)) {
    const end = anchor.index + anchor[0].length;
    const yearMatch = /^\s(\d{4})(?!\d)/.exec(line.slice(end));
    const year = yearMatch ? Number(yearMatch[1]) : undefined;
    const stop = yearMatch ? end + yearMatch[0].length : end;
    const backRef = /(?:^|[^\w])([Tt]he|[Tt]hat|[Tt]his) (\d{4}) $/.exec(line.slice(0, anchor.index));
    if (backRef) {
      const start = anchor.index - backRef[0].length + backRef[0].indexOf(backRef[1]);
      found.push({ written: line.slice(start, end), year: Number(backRef[2]), laws: [], yearOnly: anchor[0], line: n, start, end });
      continue;
    }
    const words = nameWordsBefore(line, anchor.index);
    const match = longestKnownName(words, anchor[0], register);
    if (match) found.push({ written: line.slice(match.start, stop), year, laws: match.laws, line: n, start: match.start, end: stop });
    else if (year !== undefined) {
      const start = unknownNameStart(words);
      if (start !== undefined) found.push({ written: line.slice(start, stop), year, laws: [], line: n, start, end: stop });
    }
  }
  if (register.shortForms) {
    for (const m of line.matchAll(register.shortForms)) {
      const end = m.index + m[0].length;
      const yearMatch = /^\s(\d{4})(?!\d)/.exec(line.slice(end));
      const stop = yearMatch ? end + yearMatch[0].length : end;
      const laws = register.names.get(m[0]) ?? [];
      found.push({ written: line.slice(m.index, stop), year: yearMatch ? Number(yearMatch[1]) : undefined, laws, line: n, start: m.index, end: stop });
    }
  }
  return found;
}

/** The words that may belong to a name ending just before `end`, nearest last, with where each starts. */
function nameWordsBefore(line: string, end: number): { word: string; start: number }[] {
  if (end === 0 || !/\s/.test(line[end - 1])) return [];
  // No title runs to more than 16 words, so a long line's start is never needed.
  const from = Math.max(0, end - 240);
  const words = [...line.slice(from, end).matchAll(/\S+/g)].map((m) => ({ word: m[0], start: from + m.index }));
  if (from > 0) words.shift();
  const taken: { word: string; start: number }[] = [];
  for (let i = words.length - 1; i >= 0 && taken.length < 16; i--) {
    const { word, start } = words[i];
    if (/\),?$/.test(word)) {
      const open = findOpening(words, i);
      if (open === undefined) break;
      const group = line.slice(words[open].start, start + word.length);
      if (!/^\([A-Z][A-Za-z ,'’&-]*\),?$/.test(group)) break;
      taken.unshift({ word: group, start: words[open].start });
      i = open;
      continue;
    }
    const opener = OPENER.exec(word)?.[0] ?? '';
    const bare = word.slice(opener.length);
    if (NAME_WORD.test(bare) || (!opener && CONNECTORS.has(bare))) taken.unshift({ word: bare, start: start + opener.length });
    else break;
    if (opener) break;
  }
  return taken;
}

function findOpening(words: { word: string }[], close: number): number | undefined {
  for (let i = close; i >= Math.max(0, close - 8); i--) if (words[i].word.startsWith('(')) return i;
  return undefined;
}

function longestKnownName(words: { word: string; start: number }[], anchor: string, register: Register) {
  for (let s = 0; s < words.length; s++) {
    const laws = register.names.get(normalName(`${words.slice(s).map((w) => w.word).join(' ')} ${anchor}`));
    if (laws) return { laws, start: words[s].start };
  }
  return undefined;
}

/** Where an unknown name starts: after any "the" and the connecting words that follow it. */
function unknownNameStart(words: { word: string; start: number }[]): number | undefined {
  const lastThe = words.map((w) => w.word.toLowerCase()).lastIndexOf('the');
  const rest = words.slice(lastThe + 1);
  const first = rest.findIndex((w) => NAME_WORD.test(w.word));
  return first < 0 ? undefined : rest[first].start;
}

// ---- Context: the sentence, and where in a YAML block a mention sits ----

/** A sentence that says a law was replaced, or where and for whom it still applies. */
const HISTORY = new RegExp(
  [
    '(?<!repair(?:ed)? or )replac(?:ed|es|ing)\\b',
    'repeal(?:ed|s)?\\b',
    'revok(?:ed|es)\\b',
    'supersed(?:ed|es)\\b',
    'used to\\b',
    'moved (?:from|to)\\b',
    'no longer\\b',
    'formerly\\b',
    'previously\\b',
    '(?:old|older|earlier|former) (?:law|Act|name|title|version)s?\\b',
    'out[ -]of[ -]date\\b',
    'outdated\\b',
    'wrong (?:date|year|name|title)s?\\b',
    '(?:until|before) (?:\\d{1,2} [A-Z][a-z]+ )?(?:19|20)\\d\\d\\b',
    'between businesses\\b',
    'business-to-business\\b',
    'Northern Ireland\\b',
  ].map((p) => `\\b${p}`).join('|'),
  'i',
);
/** A line that starts a new paragraph or field: a list item, heading, table row or YAML key. */
const ITEM_START = /^\s*(?:[-*+]\s|\d+\.\s|#{1,6}\s|\||(?:-\s+)?[\w-]+:(?:\s|$))/;

/**
 * The sentence around characters start..end of line i with the sentence before it, within the
 * paragraph or YAML value: short sentences often say "X replaced older laws. These were ...".
 */
function contextAt(lines: string[], i: number, start: number, end: number): string {
  let first = i;
  while (first > 0 && !ITEM_START.test(lines[first]) && lines[first - 1].trim() !== '') first--;
  let last = i;
  while (last + 1 < lines.length && lines[last + 1].trim() !== '' && !ITEM_START.test(lines[last + 1])) last++;
  const para = lines.slice(first, last + 1).join(' ');
  const offset = lines.slice(first, i).reduce((sum, l) => sum + l.length + 1, 0);
  const ends = [...para.matchAll(/([\w.]*)[.!?]["'”’)*_]*\s/g)]
    .filter((m) => !ABBREVIATIONS.has(m[1].toLowerCase()) && !/^[A-Z]$/.test(m[1]))
    .map((m) => m.index + m[0].length);
  const before = ends.filter((e) => e <= offset + start);
  const from = before.length >= 2 ? before[before.length - 2] : 0;
  const to = Math.min(para.length, ...ends.filter((e) => e > offset + end));
  return para.slice(from, to);
}

/** Texts that are not teaching: wrong options and poor choices (their feedback teaches), and the seed's wording. */
const NOT_TAUGHT: ReadonlySet<TextRole> = new Set(['option', 'choice', 'outcome', 'criterion']);

// ---- The rules ----

/** Checks every mention of legislation in the learner's texts against the register. */
export function checkLegislation(register: Register, texts: SourceText[], diags: Diagnostics): void {
  const byFile = new Map<string, { text: SourceText; mentions: Mention[] }[]>();
  for (const text of texts) {
    const found = { text, mentions: mentionsOf(register, text) };
    byFile.set(text.at.file, [...(byFile.get(text.at.file) ?? []), found]);
  }
  for (const [file, found] of byFile) {
    // "The 2024 Act" must match an Act of 2024 named in full somewhere in the same file.
    const namedInFull = found.flatMap((f) => f.mentions.filter((m) => !m.yearOnly && m.year !== undefined));
    for (const { text, mentions } of found) {
      if (NOT_TAUGHT.has(text.role)) continue;
      for (const m of mentions) judge(register, m, text, namedInFull, { file, line: text.at.line + m.line, col: m.start + 1 }, diags);
    }
  }
}

/** The laws the texts name (by full name, alias or short form), each once. */
export function lawsNamed(register: Register, texts: SourceText[]): Law[] {
  return [...new Set(texts.filter((t) => !NOT_TAUGHT.has(t.role)).flatMap((t) => mentionsOf(register, t).flatMap((m) => m.laws)))];
}

/** The mentions inside a text; `line` counts from the text's first line. */
function mentionsOf(register: Register, text: SourceText): Mention[] {
  const last = text.lines.length - 1;
  return text.lines
    .flatMap((line, n) => mentionsIn(line, n, register))
    .filter((m) => (m.line > 0 || m.start + 1 >= text.at.col) && (m.line < last || m.start + 1 < text.end.col));
}

function judge(register: Register, m: Mention, text: SourceText, namedInFull: Mention[], at: Position, diags: Diagnostics): void {
  const lines = text.lines;
  // A name inside a quotation is what someone else wrote, such as an old handbook.
  const quoted = QUOTE_OPENS.test(lines[m.line].slice(0, m.start)) && QUOTE_CLOSES.test(lines[m.line].slice(m.end));
  let laws = m.laws;
  if (m.yearOnly) {
    laws = namedInFull.filter((f) => f.year === m.year && f.laws.some((l) => l.title.endsWith(m.yearOnly!))).flatMap((f) => f.laws.filter((l) => l.year === m.year));
    if (laws.length === 0 && !quoted) return diags.report(at, 'law-year-only-unknown', { written: m.written, kind: m.yearOnly, year: m.year! });
  } else if (laws.length === 0) {
    return diags.report(at, 'law-not-listed', { written: m.written, register: register.file });
  } else if (m.year !== undefined && !laws.some((l) => l.year === m.year)) {
    const listed = laws.map((l) => `the ${l.title} ${l.year}`).join(' and ');
    if (!quoted) return diags.report(at, 'law-wrong-year', { written: m.written, listed });
  }
  if (quoted) return;
  const meant = m.year === undefined ? laws : laws.filter((l) => l.year === m.year);
  const old = meant.length > 0 && meant.every((l) => REPLACED.includes(l.status)) ? meant[0] : undefined;
  if (!old || HISTORY.test(contextAt(lines, m.line, m.start, m.end))) return;
  // The items and pairs of an order or match question are read with their prompt ("Match each older law to ...").
  if (text.prompt !== undefined && HISTORY.test(text.prompt)) return;
  const replaced = old.status === 'superseded' ? `superseded (${old.detail})` : old.status;
  diags.report(at, 'law-replaced-taught', { law: `${old.title} ${old.year}`, replaced, by: old.replacedBy! });
}
