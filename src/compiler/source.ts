// Splits a markdown file into front matter, pages and activity blocks, keeping line numbers
// (marked's tokens carry none, so positions are taken here, before rendering).
import type { Position } from './diagnostics.ts';
import type { YamlSource } from './yaml-reader.ts';

export const ACTIVITY_KINDS = ['question', 'scenario', 'reflection'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

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

export interface SourcePage {
  /** Text of the `##` heading that opened the page; undefined for a page opened by `---` or the file start. */
  title?: string;
  /** The heading's line as written ("## Title"), when a heading opened the page. */
  headingLine?: string;
  at: Position;
  parts: (MarkdownPart | ActivityPart)[];
}

export interface SourceFile {
  file: string;
  frontMatter?: YamlSource;
  pages: SourcePage[];
}

const FENCE = /^(\s{0,3})(`{3,}|~{3,})\s*([\w-]*)/;

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
  return { file, frontMatter, pages: splitPages(file, lines, i) };
}

function splitPages(file: string, lines: string[], from: number): SourcePage[] {
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
      const kind = fence[3] as ActivityKind;
      if (ACTIVITY_KINDS.includes(kind)) {
        flushProse();
        page.parts.push({
          kind,
          yaml: { file, text: lines.slice(n + 1, close).join('\n'), firstLine: n + 2 },
          at: { file, line: n + 1, col: 1 },
        });
        proseStart = close + 2;
      } else {
        if (prose.length === 0) proseStart = n + 1;
        prose.push(...lines.slice(n, close + 1));
      }
      n = close;
      continue;
    }
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) newPage(n + 1, heading[1]);
    else if (/^\s{0,3}---+\s*$/.test(line) && (n === 0 || lines[n - 1].trim() === '')) newPage(n + 1);
    else {
      if (prose.length === 0) proseStart = n + 1;
      prose.push(line);
    }
  }
  newPage(lines.length + 1);
  return pages;
}

/** Index of the closing fence line, or the last line when the fence is never closed. */
function findFenceEnd(lines: string[], open: number, marker: string): number {
  for (let n = open + 1; n < lines.length; n++) {
    const t = lines[n].trim();
    if (t.startsWith(marker[0].repeat(marker.length)) && /^(`{3,}|~{3,})$/.test(t)) return n;
  }
  return lines.length;
}
