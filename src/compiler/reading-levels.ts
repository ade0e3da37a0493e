// Holds every learner-facing page to the reading level of its unit, with the targets in
// content/quality.yaml: over a target is a warning, far over one is an error.
import type { YAMLMap } from 'yaml';
import type { Diagnostics } from './diagnostics.ts';
import { type CueLimits, readCueLimits } from './cue-check.ts';
import { type QuestionLimits, readQuestionLimits } from './question-lint.ts';
import { figuresOf, proseFromMarkdown, type ReadingFigures, type Sentence, sentencesOf } from './readability.ts';
import type { DraftUnit, FileText } from './unit-folder.ts';
import { YamlReader } from './yaml-reader.ts';

type Measure = 'wordsPerSentence' | 'longWords' | 'readingEase';
type Limits = Record<Measure, number>;

export interface LevelTargets {
  target: Limits;
  far: Limits;
  /** One sentence longer than this is an error. */
  sentenceWords: number;
}

export interface ReadingLevels {
  levels: Map<string, LevelTargets>;
  /** The level whose targets apply to a unit that states none. */
  unstated: string;
  /** Pages with fewer words are too short for averages to mean much: only their sentences are checked. */
  minWords: number;
}

const MEASURES: Measure[] = ['wordsPerSentence', 'longWords', 'readingEase'];
const WHAT = 'quality.yaml';

/** What content/quality.yaml sets: the reading-level targets (at the top) and the question-lint thresholds. */
export interface Quality {
  reading: ReadingLevels;
  questions: QuestionLimits;
  /** The surface-cue thresholds; absent, the cue check is off. */
  cues?: CueLimits;
}

export function readQuality(config: FileText, diags: Diagnostics): Quality | undefined {
  const r = new YamlReader({ file: config.file, text: config.text, firstLine: 1 }, diags, WHAT);
  if (!r.root) return undefined;
  r.onlyKnown(r.root, ['unstated', 'minWords', 'levels', 'questions', 'cues'], WHAT);
  const reading = readReadingLevels(r, diags);
  const questions = readQuestionLimits(r);
  const cues = readCueLimits(r);
  return reading && questions ? { reading, questions, ...(cues ? { cues } : {}) } : undefined;
}

function readReadingLevels(r: YamlReader, diags: Diagnostics): ReadingLevels | undefined {
  if (!r.root) return undefined;
  const levelsNode = r.node(r.root, 'levels');
  const levelsMap = levelsNode === undefined ? undefined : r.map(levelsNode, `"levels" in ${WHAT}`);
  if (!levelsMap) {
    if (levelsNode === undefined) diags.report(r.start(), 'quality-section-missing', { what: WHAT, key: 'levels', add: 'the targets of each level, "1" to "4"' });
    return undefined;
  }
  const levels = new Map<string, LevelTargets>();
  for (const pair of levelsMap.items) {
    const level = String((pair.key as { value?: unknown }).value);
    const what = `level "${level}" in ${WHAT}`;
    const lm = r.map(pair.value as never, what);
    if (!lm) continue;
    r.onlyKnown(lm, ['target', 'far', 'sentenceWords'], what);
    const target = readLimits(r, lm, 'target', what);
    const far = readLimits(r, lm, 'far', what);
    const sentenceWords = r.number(lm, 'sentenceWords', what);
    if (target && far && sentenceWords !== undefined) levels.set(level, { target, far, sentenceWords });
  }
  const unstated = r.string(r.root, 'unstated', WHAT) ?? '';
  if (!levels.has(unstated)) {
    diags.report(r.keyAt(r.root, 'unstated'), 'quality-unstated-unknown', { level: unstated, levels: [...levels.keys()] });
    return undefined;
  }
  return { levels, unstated, minWords: r.number(r.root, 'minWords', WHAT, 60)! };
}

function readLimits(r: YamlReader, map: YAMLMap, key: string, what: string): Limits | undefined {
  const node = r.node(map, key);
  const lm = node === undefined ? undefined : r.map(node, `"${key}" of ${what}`);
  if (!lm) {
    if (node === undefined) r.diags.report(r.at(map), 'quality-limits-missing', { what, key, measures: MEASURES });
    return undefined;
  }
  r.onlyKnown(lm, MEASURES, `"${key}" of ${what}`);
  const values = MEASURES.map((m) => r.number(lm, m, `"${key}" of ${what}`));
  if (values.some((v) => v === undefined)) return undefined;
  return Object.fromEntries(MEASURES.map((m, i) => [m, values[i]])) as Limits;
}

/** The targets a unit is held to, and how messages name them. */
export function levelOf(unitLevel: string | undefined, config: ReadingLevels): { name: string; targets: LevelTargets } {
  if (unitLevel !== undefined && config.levels.has(unitLevel)) return { name: `Level ${unitLevel}`, targets: config.levels.get(unitLevel)! };
  const why = unitLevel === undefined ? 'unit.md states no level' : `level "${unitLevel}" has no targets`;
  return { name: `Level ${config.unstated} (used as ${why})`, targets: config.levels.get(config.unstated)! };
}

/** Checks the pages of unit.md and every module of one unit, as the parser split them. */
export function checkReadability(draft: DraftUnit, config: ReadingLevels, diags: Diagnostics): void {
  const { name, targets } = levelOf(draft.unitFile.facts.level, config);
  for (const { source: page } of [...draft.intro, ...draft.modules.flatMap((m) => m.pages)]) {
    const file = page.at.file;
    // Prose, and the text inside ::: blocks; questions, figures and diagrams are not measured.
    const sentences = sentencesOf(
      page.parts.flatMap((p) =>
        p.kind === 'markdown' ? proseFromMarkdown(p.text, p.firstLine) : p.kind === 'container' ? p.sections.flatMap((s) => proseFromMarkdown(s.text, s.firstLine)) : [],
      ),
    );
    for (const s of sentences) {
      if (s.words > targets.sentenceWords) {
        diags.report({ file, line: s.line, col: s.col }, 'sentence-too-long', { words: s.words, limit: targets.sentenceWords, level: name, start: shorten(s.text) });
      }
    }
    const figures = figuresOf(sentences);
    if (figures.words < config.minWords) continue;
    const far = over(figures, targets.far);
    const reasons = far.length > 0 ? far : over(figures, targets.target);
    if (reasons.length === 0) continue;
    const title = page.title ? `The page "${page.title}"` : 'This page';
    diags.report(page.at, far.length > 0 ? 'page-far-above-level' : 'page-above-level', { title, level: name, reasons, longest: longest(sentences) });
  }
}

const DESCRIBE: Record<Measure, (value: number, limit: number) => string> = {
  wordsPerSentence: (v, l) => `${v} words a sentence (${l} at most)`,
  longWords: (v, l) => `${v}% long words (${l}% at most)`,
  readingEase: (v, l) => `reading ease ${v} (${l} at least)`,
};

function over(figures: ReadingFigures, limits: Limits): string[] {
  return MEASURES.filter((m) => (m === 'readingEase' ? figures[m] < limits[m] : figures[m] > limits[m])).map((m) =>
    DESCRIBE[m](figures[m], limits[m]),
  );
}

function longest(sentences: Sentence[]): string {
  return [...sentences]
    .sort((a, b) => b.words - a.words || a.line - b.line)
    .slice(0, 3)
    .map((s) => `line ${s.line} (${s.words} word${s.words === 1 ? '' : 's'}) "${shorten(s.text)}"`)
    .join(', ');
}

/** The first words of a sentence, enough to find it. */
function shorten(text: string, words = 8): string {
  const all = text.split(' ');
  return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
}
