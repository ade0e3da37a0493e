import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostics, Position } from './diagnostics.ts';

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
    const doc = parseDocument(src.text, { lineCounter: this.lines, keepSourceTokens: true, prettyErrors: false, uniqueKeys: true });
    for (const e of doc.errors) {
      const lp = this.lines.linePos(e.pos[0]);
      const reason = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      diags.error(
        { file: src.file, line: src.firstLine + lp.line - 1, col: lp.col },
        `The YAML of ${what} cannot be read (${reason}). Check the indentation, and write text that contains ": ", "#" or quotes as a "|" block.`,
      );
    }
    if (doc.errors.length > 0) return;
    if (isMap(doc.contents)) this.root = doc.contents;
    else diags.error(this.start(), `${capital(what)} holds no fields. Write its fields as YAML "key: value" lines.`);
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
        this.diags.error(this.at(p.key), `${capital(what)} has an unknown field "${key}". Use only: ${known.join(', ')}.`);
      }
    }
  }

  string(map: YAMLMap, key: string, what: string, required = true): string | undefined {
    const node = this.node(map, key);
    if (node === undefined || node === null || (isScalar(node) && node.value === null)) {
      if (required) this.diags.error(this.at(map), `${capital(what)} has no "${key}". Add "${key}:" with its text.`);
      return undefined;
    }
    if (isScalar(node) && ['string', 'number', 'boolean'].includes(typeof node.value)) return String(node.value).trim();
    this.diags.error(this.at(node), `"${key}" of ${what} should be text, not a list or a map. Write it as "${key}: text" or as a "|" block.`);
    return undefined;
  }

  number(map: YAMLMap, key: string, what: string, fallback?: number): number | undefined {
    const node = this.node(map, key);
    if (node === undefined) {
      if (fallback === undefined) this.diags.error(this.at(map), `${capital(what)} has no "${key}". Add "${key}:" with a whole number.`);
      return fallback;
    }
    if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= 0) return node.value;
    this.diags.error(this.at(node), `"${key}" of ${what} should be a whole number, such as ${fallback ?? 1}.`);
    return fallback;
  }

  boolean(map: YAMLMap, key: string, what: string): boolean {
    const node = this.node(map, key);
    if (node === undefined) return false;
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.diags.error(this.at(node), `"${key}" of ${what} should be true or false.`);
    return false;
  }

  list(map: YAMLMap, key: string, what: string, required = true): Node[] | undefined {
    const node = this.node(map, key);
    if (node === undefined || node === null) {
      if (required) this.diags.error(this.at(map), `${capital(what)} has no "${key}". Add "${key}:" followed by a list of "- " items.`);
      return undefined;
    }
    if (isSeq(node)) return node.items as Node[];
    this.diags.error(this.at(node), `"${key}" of ${what} should be a list of "- " items.`);
    return undefined;
  }

  map(node: Node | null | undefined, what: string): YAMLMap | undefined {
    if (isMap(node)) return node;
    this.diags.error(this.at(node), `${capital(what)} should be a set of "key: value" fields.`);
    return undefined;
  }

  stringList(map: YAMLMap, key: string, what: string, required = true): { value: string; at: Position }[] | undefined {
    const items = this.list(map, key, what, required);
    if (!items) return undefined;
    const out: { value: string; at: Position }[] = [];
    for (const item of items) {
      if (isScalar(item) && item.value !== null && typeof item.value !== 'object') {
        out.push({ value: String(item.value).trim(), at: this.at(item) });
      } else this.diags.error(this.at(item), `Each item of "${key}" in ${what} should be text.`);
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
        this.diags.error(
          this.at(item),
          `Criterion ${written} in ${what} is written without quotes, so YAML reads it as the number ${item.value}. Write it as "${written}".`,
        );
        out.push({ ref: written, at: this.at(item) });
      } else this.diags.error(this.at(item), `Each criterion in ${what} should be a quoted id such as "1.2".`);
    }
    return out;
  }
}

/** A number exactly as the author typed it: "1.10", where its value is 1.1. */
export function writtenNumber(node: Node): string {
  const token = node.srcToken;
  return token && 'source' in token ? token.source.trim() : String((node as { value?: unknown }).value);
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
