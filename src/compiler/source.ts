// Splits a markdown file into front matter, pages, blocks of YAML (activities, figures and
// diagrams) and ::: blocks, keeping line numbers (marked's tokens carry none, so positions are
// taken here, before rendering).
import type { Position } from './diagnostics.ts';
import type { YamlSource } from './yaml-reader.ts';

export const ACTIVITY_KINDS = ['question', 'scenario', 'reflection'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
/** Fenced blocks of YAML that draw a picture rather than ask anything. */
export const VISUAL_KINDS = ['figure', 'diagram'] as const;
export type VisualKind = (typeof VISUAL_KINDS)[number];

export interface MarkdownPart {
  kind: 'markdown';
  text: string;
  firstLine: number;
}

export interface ActivityPart {
  kind: ActivityKind;
  yaml: YamlSource;
  at: Position;
}

export interface VisualPart {
  kind: VisualKind;
  yaml: YamlSource;
  at: Position;
}

/** A part of a ::: block: the text under one "###" heading (the first part may have none). */
export interface BlockSection {
  title?: string;
  /** The heading's line as written, when there is one. */
  headingLine?: string;
  /** Line of the heading, or of the text when there is no heading. */
  line: number;
  text: string;
  /** Line of the text's first line. */
  firstLine: number;
}

/** A ::: block: ":::tabs", ":::callout law" and the like, up to a line of ":::". */
export interface ContainerPart {
  kind: 'container';
  /** The block's kind ("tabs") and what follows it ("law"). */
  name: string;
  variant: string;
  at: Position;
  sections: BlockSection[];
}

export type Part = MarkdownPart | ActivityPart | VisualPart | ContainerPart;

/** Something in the file's layout that would silently swallow or split content. */
export interface LayoutProblem {
  code: 'fence-unclosed' | 'container-unclosed' | 'container-page-break';
  at: Position;
  /** The fence or block as opened ("```", ":::tabs"). */
  opened: string;
  /** For a fence: the block it runs into, whose opening line it takes as code. */
  swallows?: { opened: string; line: number };
}

export interface SourcePage {
  /** Text of the `##` heading that opened the page; undefined for a page opened by `---` or the file start. */
  title?: string;
  /** The heading's line as written ("## Title"), when a heading opened the page. */
  headingLine?: string;
  at: Position;
  parts: Part[];
}

export interface SourceFile {
  file: string;
  frontMatter?: YamlSource;
  pages: SourcePage[];
  problems: LayoutProblem[];
}

const FENCE = /^(\s{0,3})(`{3,}|~{3,})\s*([\w-]*)/;
const CONTAINER_OPEN = /^\s{0,3}:::\s*([a-z]+)(?:\s+(\S.*?))?\s*$/;
const CONTAINER_CLOSE = /^\s{0,3}:::\s*$/;
const PAGE_HEADING = /^##\s+(.+?)\s*#*\s*$/;
/** "##" with no text: still a page heading (reported), not a line of prose that renders as an empty heading. */
const EMPTY_PAGE_HEADING = /^##(\s+#*)?\s*$/;
const SECTION_HEADING = /^###\s+(.+?)\s*#*\s*$/;
const RULE = /^\s{0,3}---+\s*$/;

export function splitSource(file: string, text: string): SourceFile {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  let frontMatter: YamlSource | undefined;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, n) => n > 0 && l.trim() === '---');
    if (end > 0) {
      frontMatter = { file, text: lines.slice(1, end).join('\n'), firstLine: 2 };
      i = end + 1;
    }
  }
  const problems: LayoutProblem[] = [];
  return { file, frontMatter, pages: splitPages(file, lines, i, problems), problems };
}

function splitPages(file: string, lines: string[], from: number, problems: LayoutProblem[]): SourcePage[] {
  const pages: SourcePage[] = [];
  let page: SourcePage = { at: { file, line: from + 1, col: 1 }, parts: [] };
  let prose: string[] = [];
  let proseStart = from + 1;

  const flushProse = () => {
    if (prose.some((l) => l.trim() !== '')) page.parts.push({ kind: 'markdown', text: prose.join('\n'), firstLine: proseStart });
    prose = [];
  };
  const newPage = (lineNo: number, title?: string) => {
    flushProse();
    if (page.parts.length > 0 || page.title !== undefined) pages.push(page);
    page = { title, headingLine: title === undefined ? undefined : lines[lineNo - 1], at: { file, line: lineNo, col: 1 }, parts: [] };
    proseStart = lineNo + 1;
  };

  for (let n = from; n < lines.length; n++) {
    const line = lines[n];
    const fence = FENCE.exec(line);
    if (fence) {
      const close = findFenceEnd(lines, n, fence[2]);
      checkFence(file, lines, n, close, problems);
      const kind = fence[3] as ActivityKind | VisualKind;
      if (ACTIVITY_KINDS.includes(kind as ActivityKind) || VISUAL_KINDS.includes(kind as VisualKind)) {
        flushProse();
        page.parts.push({
          kind,
          yaml: { file, text: lines.slice(n + 1, close).join('\n'), firstLine: n + 2 },
          at: { file, line: n + 1, col: 1 },
        } as ActivityPart | VisualPart);
        proseStart = close + 2;
      } else {
        if (prose.length === 0) proseStart = n + 1;
        prose.push(...lines.slice(n, close + 1));
      }
      n = close;
      continue;
    }
    const container = CONTAINER_OPEN.exec(line);
    if (container) {
      flushProse();
      const { part, end } = readContainer(file, lines, n, container[1], container[2] ?? '', problems);
      page.parts.push(part);
      n = end;
      proseStart = end + 2;
      continue;
    }
    const heading = PAGE_HEADING.exec(line);
    if (heading) newPage(n + 1, heading[1]);
    else if (EMPTY_PAGE_HEADING.test(line)) newPage(n + 1, '');
    else if (RULE.test(line) && (n === 0 || lines[n - 1].trim() === '')) newPage(n + 1);
    else {
      if (prose.length === 0) proseStart = n + 1;
      prose.push(line);
    }
  }
  newPage(lines.length + 1);
  return pages;
}

/**
 * A ::: block from its opening line to its closing ":::" (or the end of the file, reported),
 * divided into sections at "###" headings. Code fences inside it are skipped whole; a page
 * heading or rule inside it is reported, because a block cannot span pages.
 */
function readContainer(
  file: string,
  lines: string[],
  open: number,
  name: string,
  variant: string,
  problems: LayoutProblem[],
): { part: ContainerPart; end: number } {
  const sections: BlockSection[] = [];
  let section: BlockSection = { line: open + 2, text: '', firstLine: open + 2 };
  const body: string[] = [];
  const flush = () => {
    if (section.title !== undefined || body.some((l) => l.trim() !== '')) sections.push({ ...section, text: body.join('\n') });
    body.length = 0;
  };
  let n = open + 1;
  for (; n < lines.length; n++) {
    const line = lines[n];
    if (CONTAINER_CLOSE.test(line)) break;
    const fence = FENCE.exec(line);
    if (fence) {
      const close = findFenceEnd(lines, n, fence[2]);
      checkFence(file, lines, n, close, problems);
      body.push(...lines.slice(n, close + 1));
      n = close;
      continue;
    }
    const heading = SECTION_HEADING.exec(line);
    if (heading) {
      flush();
      section = { title: heading[1], headingLine: line, line: n + 1, text: '', firstLine: n + 2 };
      continue;
    }
    if (PAGE_HEADING.test(line) || EMPTY_PAGE_HEADING.test(line) || (RULE.test(line) && lines[n - 1]?.trim() === '')) {
      problems.push({ code: 'container-page-break', at: { file, line: n + 1, col: 1 }, opened: lines[open].trim() });
    }
    body.push(line);
  }
  if (n >= lines.length) problems.push({ code: 'container-unclosed', at: { file, line: open + 1, col: 1 }, opened: lines[open].trim() });
  flush();
  return { part: { kind: 'container', name, variant, at: { file, line: open + 1, col: 1 }, sections }, end: n };
}

/**
 * A fence never closed runs to the end of the file; one closed too late runs into the next
 * question, scenario, reflection, figure or diagram block, whose opening line it takes as code
 * and whose closing fence it takes as its own. Either is reported at the fence. A longer fence
 * around a block ("````" around "```question") shows the block as code on purpose.
 */
function checkFence(file: string, lines: string[], open: number, close: number, problems: LayoutProblem[]): void {
  const at = { file, line: open + 1, col: 1 };
  const opened = lines[open].trim();
  const marker = FENCE.exec(lines[open])![2];
  for (let n = open + 1; n < close; n++) {
    const inner = FENCE.exec(lines[n]);
    const kind = inner?.[3] as ActivityKind | VisualKind | undefined;
    const block = kind && (ACTIVITY_KINDS.includes(kind as ActivityKind) || VISUAL_KINDS.includes(kind as VisualKind));
    if (block && inner![2][0] === marker[0] && inner![2].length >= marker.length) {
      problems.push({ code: 'fence-unclosed', at, opened, swallows: { opened: lines[n].trim(), line: n + 1 } });
      return;
    }
  }
  if (close === lines.length) problems.push({ code: 'fence-unclosed', at, opened });
}

/** Index of the closing fence line, or the last line when the fence is never closed. */
function findFenceEnd(lines: string[], open: number, marker: string): number {
  for (let n = open + 1; n < lines.length; n++) {
    const t = lines[n].trim();
    if (t.startsWith(marker[0].repeat(marker.length)) && /^(`{3,}|~{3,})$/.test(t)) return n;
  }
  return lines.length;
}
