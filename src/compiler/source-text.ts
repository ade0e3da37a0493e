// Every text a learner reads, kept with where it is written and what it is, as the blocks are
// parsed: the checks (legislation, key terms, reading level) read these records instead of the
// raw files or the YAML a second time.
import type { Position } from './diagnostics.ts';

/** What a text is to the learner; checks treat some roles differently (a wrong option is not taught). */
export type TextRole =
  | 'prose'
  | 'heading'
  | 'title'
  | 'purpose'
  | 'fact'
  | 'term'
  | 'definition'
  | 'outcome'
  | 'criterion'
  | 'checklist'
  | 'prompt'
  | 'option'
  | 'correct option'
  | 'item'
  | 'pair'
  | 'answer'
  | 'feedback'
  | 'step'
  | 'choice'
  | 'best choice'
  | 'guidance';

export interface SourceText {
  role: TextRole;
  /** The value as written (markdown or plain text), after YAML has read it. */
  text: string;
  /** Where the value starts in its file (a "|" block: at its indicator). */
  at: Position;
  /** Where it ends: the line, and the column after its last character. */
  end: { line: number; col: number };
  /** The file's lines from at.line to end.line, exactly as written. */
  lines: string[];
  /** The prompt of the question an item or pair belongs to, as written. */
  prompt?: string;
}

/** A whole-line text, such as a markdown part, that starts on `firstLine` of `file`. */
export function lineText(role: TextRole, file: string, firstLine: number, text: string): SourceText {
  const lines = text.split('\n');
  return {
    role,
    text,
    at: { file, line: firstLine, col: 1 },
    end: { line: firstLine + lines.length - 1, col: lines[lines.length - 1].length + 1 },
    lines,
  };
}
