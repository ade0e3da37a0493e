// Measures how hard learner-facing prose is to read: sentence length, share of long words,
// Flesch Reading Ease and Flesch-Kincaid grade. Pure string work, so the checker (from the
// markdown, keeping positions) and the coverage report (from the compiled HTML) agree.

/** Plain text with the source position of each of its characters (none when read from HTML). */
export interface Prose {
  text: string;
  at: { line: number; col: number }[];
}

export interface Sentence {
  text: string;
  /** Where the sentence starts in its file; 0 when measured from HTML. */
  line: number;
  col: number;
  words: number;
  syllables: number;
  /** Words of three or more syllables. */
  longWords: number;
}

export interface ReadingFigures {
  words: number;
  sentences: number;
  /** Average words a sentence, to one decimal place. */
  wordsPerSentence: number;
  /** Per cent of words with three or more syllables, to one decimal place. */
  longWords: number;
  /** Flesch Reading Ease: 60 to 70 is plain English, under 30 is very hard. */
  readingEase: number;
  /** Flesch-Kincaid grade: a US school grade (add 5 for a reading age in years). */
  grade: number;
}

// ---- Markdown to prose pieces ----

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}#{1,6}(\s|$)/;
const SETEXT_RULE = /^\s{0,3}(=+|-+)\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const QUOTE = /^\s*(>\s?)+/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;

/**
 * The paragraphs, list items, quotes and table cells of a markdown text that begins on
 * `firstLine`, as plain text. Headings, table headers and code are left out; every list item
 * and cell is a piece of its own, so a list of short items never runs into one long sentence.
 */
export function proseFromMarkdown(markdown: string, firstLine: number): Prose[] {
  const lines = markdown.split('\n');
  const pieces: Prose[] = [];
  let current: Prose | undefined;
  const end = () => {
    if (current) pieces.push(stripInline(current));
    current = undefined;
  };
  const add = (line: number, col: number, text: string) => {
    if (current) appendChar(current, '\n', { line, col: 0 });
    current ??= { text: '', at: [] };
    for (let i = 0; i < text.length; i++) appendChar(current, text[i], { line, col: col + i });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = firstLine + i;
    const fence = FENCE.exec(line);
    if (fence) {
      end();
      while (i + 1 < lines.length && !lines[i + 1].trim().startsWith(fence[1])) i++;
      i++;
      continue;
    }
    const isSetext = line.trim() !== '' && SETEXT_RULE.test(lines[i + 1] ?? '') && !current;
    if (line.trim() === '' || HEADING.test(line) || isSetext || SETEXT_RULE.test(line)) {
      end();
      if (isSetext) i++;
      continue;
    }
    if (line.trimStart().startsWith('|')) {
      end();
      if (!TABLE_RULE.test(line) && !TABLE_RULE.test(lines[i + 1] ?? '')) pieces.push(...tableCells(line, lineNo));
      continue;
    }
    let col = 1;
    let rest = line;
    for (const marker of [QUOTE, LIST_ITEM]) {
      const m = marker.exec(rest);
      if (!m) continue;
      if (marker === LIST_ITEM) end();
      col += m[0].length;
      rest = rest.slice(m[0].length);
    }
    if (rest.trim() === '') end();
    else add(lineNo, col, rest);
  }
  end();
  return pieces.filter((p) => /\p{L}/u.test(p.text));
}

function appendChar(p: Prose, char: string, at: { line: number; col: number }): void {
  p.text += char;
  p.at.push(at);
}

function tableCells(line: string, lineNo: number): Prose[] {
  const cells: Prose[] = [];
  let start = line.indexOf('|') + 1;
  for (let i = start; i <= line.length; i++) {
    if (i < line.length && (line[i] !== '|' || line[i - 1] === '\\')) continue;
    const cell: Prose = { text: '', at: [] };
    for (let j = start; j < i; j++) appendChar(cell, line[j], { line: lineNo, col: j + 1 });
    if (cell.text.trim()) cells.push(stripInline(cell));
    start = i + 1;
  }
  return cells;
}

// Each pass keeps only the readable part of what it matches: a link's text, nothing of a tag.
const INLINE_PASSES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/!?\[([^\]]*)\]\([^)]*\)/g, (m) => m[1]],
  [/<[^>\n]*>/g, () => ''],
  [/\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])|`+/gu, () => ''],
];

function stripInline(p: Prose): Prose {
  return INLINE_PASSES.reduce((prose, [pattern, keep]) => keepParts(prose, pattern, keep), p);
}

function keepParts(p: Prose, pattern: RegExp, keep: (m: RegExpExecArray) => string): Prose {
  const out: Prose = { text: '', at: [] };
  const copy = (from: number, to: number) => {
    out.text += p.text.slice(from, to);
    out.at.push(...p.at.slice(from, to));
  };
  let last = 0;
  for (const m of p.text.matchAll(pattern)) {
    copy(last, m.index);
    const kept = keep(m);
    const from = m.index + m[0].indexOf(kept);
    copy(from, from + kept.length);
    last = m.index + m[0].length;
  }
  copy(last, p.text.length);
  return out;
}

// ---- HTML to prose pieces ----

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** Text of sanitised HTML: tags dropped, the entities our renderer writes decoded. */
export function htmlText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]);
}

/** The same pieces as proseFromMarkdown, read from rendered HTML (with no positions). */
export function proseFromHtml(html: string): Prose[] {
  const text = htmlText(
    html
      // Key-term definitions (src/compiler/terms.ts) are shown on demand, not read in the flow.
      .replace(/<span class="term-def"[^>]*>[^<]*<\/span>/g, '')
      .replace(/<(h[1-6]|pre|thead)\b[^>]*>[\s\S]*?<\/\1>/gi, '\n\n')
      .replace(/<\/?(p|li|ul|ol|blockquote|td|th|tr|table|div|br|hr)\b[^>]*>/gi, '\n\n'),
  );
  return text
    .split(/\n\s*\n/)
    .filter((piece) => /\p{L}/u.test(piece))
    .map((piece) => ({ text: piece.trim(), at: [] }));
}

// ---- Sentences, words and syllables ----

// Words that end in a full stop without ending the sentence, whatever follows them.
/** Words a full stop follows without ending a sentence (lower case, without that stop); the legislation check's sentences end the same way. */
export const ABBREVIATIONS = new Set(['e.g', 'eg', 'i.e', 'ie', 'etc', 'mr', 'mrs', 'ms', 'dr', 'vs', 'approx', 'cf', 'st', 'para']);
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function sentencesOf(pieces: Prose[]): Sentence[] {
  return pieces.flatMap((piece) => splitPiece(piece).map(([from, to]) => sentence(piece, from, to)));
}

/** [start, end) of each sentence of a piece; the piece's end always ends a sentence. */
function splitPiece({ text }: Prose): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end < text.length && !endsSentence(text, m.index, m[0], end)) continue;
    spans.push([start, end]);
    start = end;
  }
  spans.push([start, text.length]);
  return spans
    .map(([from, to]): [number, number] => [from + /^\s*/.exec(text.slice(from, to))![0].length, to])
    .filter(([from, to]) => /[\p{L}\p{N}]/u.test(text.slice(from, to)));
}

function endsSentence(text: string, at: number, mark: string, after: number): boolean {
  const next = text.slice(after).trimStart();
  // "approx. five", '"Can I help?" she asked': a lower-case word carries the sentence on.
  if (/^\p{Ll}/u.test(next)) return false;
  if (mark !== '.') return true;
  const word = /(\S+)$/.exec(text.slice(0, at))?.[1].replace(/^[("'“‘[]+/, '').toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word)) return false;
  // "No. 5", "p. 12": a number after the stop means an abbreviation.
  return !(/^(no|p|pp)$/.test(word) && /^\d/.test(next));
}

function sentence(piece: Prose, from: number, to: number): Sentence {
  const text = piece.text.slice(from, to).replace(/\s+/g, ' ').trim();
  const words = text.match(WORD) ?? [];
  const counts = words.map(syllables);
  const at = piece.at[from] ?? { line: 0, col: 0 };
  return {
    text,
    line: at.line,
    col: at.col,
    words: words.length,
    syllables: counts.reduce((a, b) => a + b, 0),
    longWords: counts.filter((n) => n >= 3).length,
  };
}

/**
 * Syllables of a word, by a heuristic: count groups of vowels (y included, except as the
 * first letter), drop a silent final "e" (not "-le" after a consonant: "ta-ble"), a silent
 * "-es" and "-ed" (kept after t and d: "want-ed"), and add one for "ia", "io", "ie(n)", "ua"
 * and a final "ea" said as two ("me-di-a", "ra-di-o", "ex-pe-ri-ence", "ac-tu-al", "i-de-a",
 * but not "-tion", "-cial", "-iour", "pa-tient", "qua-"). Hyphenated
 * words are the sum of their parts. Numbers and capitals-only abbreviations ("GDPR") count as
 * one. Right for most everyday words; it errs by one on some ("re-ci-pe", "pre-cious").
 */
export function syllables(word: string): number {
  if (word.includes('-')) return word.split('-').reduce((n, part) => n + syllables(part), 0);
  if (!/\p{Ll}/u.test(word)) return 1;
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  if (/[^aeiouy]ed$/.test(w) && !/[td]ed$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeiouysxzcg]es$/.test(w) && !/[cs]hes$/.test(w)) w = w.slice(0, -1);
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouyl]le$/.test(w)) w = w.slice(0, -1);
  w = w.replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  const hiatus = w.match(/[^cgstx]i(?:a|o(?!ur)|en)|[^gq]ua|ea$/g)?.length ?? 0;
  return Math.max(1, groups + hiatus);
}

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

export function figuresOf(sentences: Sentence[]): ReadingFigures {
  const words = sentences.reduce((n, s) => n + s.words, 0);
  const syllableCount = sentences.reduce((n, s) => n + s.syllables, 0);
  const long = sentences.reduce((n, s) => n + s.longWords, 0);
  const perSentence = sentences.length ? words / sentences.length : 0;
  const perWord = words ? syllableCount / words : 0;
  return {
    words,
    sentences: sentences.length,
    wordsPerSentence: round(perSentence),
    longWords: round(words ? (100 * long) / words : 0),
    readingEase: words ? round(206.835 - 1.015 * perSentence - 84.6 * perWord) : 0,
    grade: words ? round(0.39 * perSentence + 11.8 * perWord - 15.59) : 0,
  };
}
