import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostics, Position } from './diagnostics.ts';
import type { SourceText, TextRole } from './source-text.ts';
import { YAML_LIMIT, yamlTooDeep } from './nesting.ts';

/** YAML text cut out of a markdown file, with where it starts there. */
export interface YamlSource {
  file: string;
  text: string;
  /** 1-based line of the file on which `text` begins. */
  firstLine: number;
}

export interface CriterionMention {
  ref: string;
  at: Position;
}

/**
 * Reads typed fields out of parsed YAML, reporting every problem with its file position.
 * Absent or malformed fields come back as undefined after a diagnostic, so checks can go on.
 */
export class YamlReader {
  private readonly lines = new LineCounter();
  readonly root: YAMLMap | undefined;

  constructor(
    readonly src: YamlSource,
    readonly diags: Diagnostics,
    readonly what: string,
  ) {
    const deep = yamlTooDeep(src.text);
    if (deep) {
      const line = src.text.slice(0, deep.index).split('\n').length;
      diags.report({ file: src.file, line: src.firstLine + line - 1, col: 1 }, 'nesting-too-deep', deep);
      return;
    }
    let doc: ReturnType<typeof parseDocument>;
    try {
      doc = parseDocument(src.text, { lineCounter: this.lines, keepSourceTokens: true, prettyErrors: false, uniqueKeys: true });
    } catch (e) {
      // Nesting the check above did not foresee, reported the same way rather than stopping the run.
      if (!(e instanceof RangeError)) throw e;
      diags.report(this.start(), 'nesting-too-deep', { what: 'YAML lists and maps', limit: YAML_LIMIT });
      return;
    }
    for (const e of doc.errors) {
      const lp = this.lines.linePos(e.pos[0]);
      const reason = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      diags.report({ file: src.file, line: src.firstLine + lp.line - 1, col: lp.col }, 'yaml-malformed', { what, reason });
    }
    if (doc.errors.length > 0) return;
    if (isMap(doc.contents)) this.root = doc.contents;
    else diags.report(this.start(), 'yaml-no-fields', { what });
  }

  start(): Position {
    return { file: this.src.file, line: this.src.firstLine, col: 1 };
  }

  at(node: Node | null | undefined): Position {
    const offset = node?.range?.[0];
    if (offset === undefined) return this.start();
    const lp = this.lines.linePos(offset);
    return { file: this.src.file, line: this.src.firstLine + lp.line - 1, col: lp.col };
  }

  /**
   * Where the text of a scalar begins, and the indentation of its later lines: a "|" or ">"
   * block starts on the line after its indicator, a quoted scalar after its quote.
   */
  textAt(node: Node | null | undefined): { at: Position; indent: number } {
    const at = this.at(node);
    if (!isScalar(node) || !node.range) return { at, indent: at.col - 1 };
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return { at: { ...at, col: at.col + 1 }, indent: at.col - 1 };
    if (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') return { at, indent: at.col - 1 };
    // The value is trimmed when read, so its first character is on the first line that is not blank.
    const after = this.src.text.indexOf('\n', node.range[0]) + 1;
    const first = /^(?:[ \t]*\n)*( *)/.exec(this.src.text.slice(after))!;
    const start = this.lines.linePos(after + first[0].length);
    const indent = first[1].length;
    return { at: { file: this.src.file, line: this.src.firstLine + start.line - 1, col: indent + 1 }, indent };
  }

  /** A scalar's value with where it is written, as a record the checks read; undefined for a non-scalar. */
  sourceText(role: TextRole, node: Node | null | undefined): SourceText | undefined {
    if (!isScalar(node) || !node.range || node.value === null || typeof node.value === 'object') return undefined;
    const start = this.lines.linePos(node.range[0]);
    const end = this.lines.linePos(node.range[1]);
    const all = this.src.text.split('\n');
    return {
      role,
      text: String(node.value),
      at: { file: this.src.file, line: this.src.firstLine + start.line - 1, col: start.col },
      end: { line: this.src.firstLine + end.line - 1, col: end.col },
      lines: all.slice(start.line - 1, end.line),
    };
  }

  private pair(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
    return (map.items as Pair<Node, Node | null>[]).find((p) => isScalar(p.key) && p.key.value === key);
  }

  node(map: YAMLMap, key: string): Node | null | undefined {
    return this.pair(map, key)?.value;
  }

  keyAt(map: YAMLMap, key: string): Position {
    return this.at(this.pair(map, key)?.key ?? map);
  }

  has(map: YAMLMap, key: string): boolean {
    return this.pair(map, key) !== undefined;
  }

  /** Reports fields nobody reads: usually a typo that would otherwise be silently ignored. */
  onlyKnown(map: YAMLMap, known: string[], what: string): void {
    for (const p of map.items as Pair<Node, Node | null>[]) {
      const key = isScalar(p.key) ? String(p.key.value) : '?';
      if (!known.includes(key)) {
        this.diags.report(this.at(p.key), 'unknown-field', { what, key, known });
      }
    }
  }

  string(map: YAMLMap, key: string, what: string, required = true): string | undefined {
    const node = this.node(map, key);
    if (node === undefined || node === null || (isScalar(node) && node.value === null)) {
      if (required) this.diags.report(this.at(map), 'field-missing', { what, key, needs: 'text' });
      return undefined;
    }
    if (isScalar(node) && ['string', 'number', 'boolean'].includes(typeof node.value)) return String(node.value).trim();
    this.diags.report(this.at(node), 'field-not-text', { what, key });
    return undefined;
  }

  number(map: YAMLMap, key: string, what: string, fallback?: number): number | undefined {
    const node = this.node(map, key);
    if (node === undefined) {
      if (fallback === undefined) this.diags.report(this.at(map), 'field-missing', { what, key, needs: 'number' });
      return fallback;
    }
    if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= 0) return node.value;
    this.diags.report(this.at(node), 'field-not-number', { what, key, example: fallback ?? 1 });
    return fallback;
  }

  boolean(map: YAMLMap, key: string, what: string): boolean {
    const node = this.node(map, key);
    if (node === undefined) return false;
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.diags.report(this.at(node), 'field-not-boolean', { what, key });
    return false;
  }

  list(map: YAMLMap, key: string, what: string, required = true): Node[] | undefined {
    const node = this.node(map, key);
    if (node === undefined || node === null) {
      if (required) this.diags.report(this.at(map), 'field-missing', { what, key, needs: 'list' });
      return undefined;
    }
    if (isSeq(node)) return node.items as Node[];
    this.diags.report(this.at(node), 'field-not-list', { what, key });
    return undefined;
  }

  map(node: Node | null | undefined, what: string): YAMLMap | undefined {
    if (isMap(node)) return node;
    this.diags.report(this.at(node), 'field-not-map', { what });
    return undefined;
  }

  stringList(map: YAMLMap, key: string, what: string, required = true): { value: string; at: Position }[] | undefined {
    const items = this.list(map, key, what, required);
    if (!items) return undefined;
    const out: { value: string; at: Position }[] = [];
    for (const item of items) {
      if (isScalar(item) && item.value !== null && typeof item.value !== 'object') {
        out.push({ value: String(item.value).trim(), at: this.at(item) });
      } else this.diags.report(this.at(item), 'list-item-not-text', { what, key });
    }
    return out;
  }

  /** Criterion ids as written; an unquoted number is reported because YAML reads 1.10 as 1.1. */
  criteria(map: YAMLMap, key: string, what: string): CriterionMention[] | undefined {
    const items = this.list(map, key, what);
    if (!items) return undefined;
    const out: CriterionMention[] = [];
    for (const item of items) {
      if (isScalar(item) && typeof item.value === 'string') {
        out.push({ ref: item.value.trim(), at: this.at(item) });
      } else if (isScalar(item) && typeof item.value === 'number') {
        // Reported, then kept as written, so that one mistake gives one diagnostic.
        const written = writtenNumber(item);
        this.diags.report(this.at(item), 'criterion-unquoted', { what, written, value: item.value });
        out.push({ ref: written, at: this.at(item) });
      } else this.diags.report(this.at(item), 'criterion-not-text', { what });
    }
    return out;
  }
}

/** A number exactly as the author typed it: "1.10", where its value is 1.1. */
export function writtenNumber(node: Node): string {
  const token = node.srcToken;
  return token && 'source' in token ? token.source.trim() : String((node as { value?: unknown }).value);
}

