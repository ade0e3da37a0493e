// The cue check of `npm run check`: a unit whose questions let a surface-cue learner meet criteria,
// or whose figures sit far from chance, fails, naming the unit, the figure and the questions that
// give answers away most, by file and line. Thresholds are under "cues:" in quality.yaml.
import type { Question, Unit } from '../shared/course.ts';
import { type CueFigures, type CueItem, absoluteGiveaway, allOfTheAbove, lengthGiveaway, measureCues, STRATEGIES, strategyChance } from './cues.ts';
import type { Diagnostics, Position } from './diagnostics.ts';
import { readThreshold } from './question-lint.ts';
import type { DraftUnit } from './unit-folder.ts';
import type { YamlReader } from './yaml-reader.ts';

export interface CueLimits {
  /** Fewer single, multiple and true/false questions than this, and the shares are not judged (too few to mean much). */
  minItems: number;
  strategyShare: number;
  longestCorrect: number;
  shortestCorrect: number;
  absoluteOnlyWrong: number;
  positionShare: number;
  sameCorrectCount: number;
  trueMin: number;
  trueMax: number;
}

const KEYS = ['minItems', 'strategyShare', 'longestCorrect', 'shortestCorrect', 'absoluteOnlyWrong', 'positionShare', 'sameCorrectCount'] as const;
const COUNTS: readonly string[] = ['minItems'];

/** The "cues" section of quality.yaml, or undefined where it has none (the check is then off). */
export function readCueLimits(r: YamlReader): CueLimits | undefined {
  const node = r.node(r.root!, 'cues');
  if (node === undefined) return undefined;
  const what = `"cues" in ${r.what}`;
  const map = r.map(node, what);
  if (!map) return undefined;
  r.onlyKnown(map, [...KEYS, 'trueShare'], what);
  const values = KEYS.map((key) => readThreshold(r, map, key, what, !COUNTS.includes(key)));
  const trueWhat = `"trueShare" of ${what}`;
  if (!r.has(map, 'trueShare')) r.diags.report(r.at(map), 'quality-limits-missing', { what, key: 'trueShare', measures: ['min', 'max'] });
  const trueMap = r.has(map, 'trueShare') ? r.map(r.node(map, 'trueShare'), trueWhat) : undefined;
  const trueMin = trueMap && readThreshold(r, trueMap, 'min', trueWhat, true);
  const trueMax = trueMap && readThreshold(r, trueMap, 'max', trueWhat, true);
  if (values.some((v) => v === undefined) || trueMin === undefined || trueMax === undefined) return undefined;
  return { ...(Object.fromEntries(KEYS.map((key, i) => [key, values[i]])) as Omit<CueLimits, 'trueMin' | 'trueMax'>), trueMin, trueMax };
}

/** The unit's questions with where each is written, for measuring and for naming the worst. */
export function cueItems(draft: DraftUnit, unit: Unit): CueItem[] {
  const questions = new Map<string, Question>([...unit.pool, ...allQuestions(unit)].map((q) => [q.id, q]));
  return draft.activities.flatMap(({ parsed, place }) => {
    const question = parsed.activity.kind === 'question' ? questions.get(parsed.activity.id) : undefined;
    return question ? [{ question, pool: place === 'pool', where: `${parsed.at.file}:${parsed.at.line}` }] : [];
  });
}

function allQuestions(unit: Unit): Question[] {
  return [...unit.intro, ...unit.modules.flatMap((m) => m.pages)].flatMap((p) => p.blocks.filter((b): b is Question => b.kind === 'question'));
}

/** The worst few questions by a measure, as "file:line" for the message. */
function worst(items: CueItem[], score: (q: Question) => number): string {
  const ranked = items.filter((i) => score(i.question) > 0).sort((a, b) => score(b.question) - score(a.question));
  return ranked.slice(0, 5).map((i) => i.where ?? i.question.id).join(', ') || 'none in particular';
}

export function checkCues(draft: DraftUnit, unit: Unit, limits: CueLimits, diags: Diagnostics): CueFigures {
  const items = cueItems(draft, unit);
  const figures = measureCues(unit, items);
  const at: Position = { file: `${draft.dir}/unit.md`, line: 1, col: 1 };
  const unitId = unit.facts.id;
  for (const strategy of STRATEGIES) {
    const figure = figures.strategies[strategy];
    if (figure <= limits.strategyShare) continue;
    const worstItems = worst(items.filter((i) => i.pool), (q) => strategyChance(q, strategy));
    diags.report(at, 'cue-strategy', { unit: unitId, strategy, figure, limit: limits.strategyShare, guessing: figures.guessing, items: worstItems });
  }
  for (const { question, where } of items) {
    for (const option of 'options' in question ? question.options : []) {
      if (allOfTheAbove(option)) {
        const [file, line] = where!.split(/:(?=\d+$)/);
        diags.report({ file, line: Number(line), col: 1 }, 'cue-all-of-the-above', { id: question.id, key: option.key });
      }
    }
  }
  if (figures.items < limits.minItems) return figures;
  const single = items.filter((i) => i.question.type === 'single');
  for (const longest of [true, false]) {
    const figure = longest ? figures.longestCorrect : figures.shortestCorrect;
    const limit = longest ? limits.longestCorrect : limits.shortestCorrect;
    if (figure <= limit) continue;
    const worstItems = worst(single, (q) => Number(lengthGiveaway(q, longest)));
    diags.report(at, 'cue-length', { unit: unitId, which: longest ? 'longest' : 'shortest', figure, limit, chance: figures.chance, items: worstItems });
  }
  if (figures.absoluteOnlyWrong > limits.absoluteOnlyWrong) {
    const worstItems = worst(items, (q) => Number(absoluteGiveaway(q)));
    diags.report(at, 'cue-absolute', { unit: unitId, figure: figures.absoluteOnlyWrong, limit: limits.absoluteOnlyWrong, items: worstItems });
  }
  if (figures.positionShare > limits.positionShare) {
    diags.report(at, 'cue-position', { unit: unitId, figure: figures.positionShare, limit: limits.positionShare });
  }
  if (figures.sameCorrectCount !== null && figures.sameCorrectCount > limits.sameCorrectCount) {
    diags.report(at, 'cue-correct-count', { unit: unitId, figure: figures.sameCorrectCount, limit: limits.sameCorrectCount });
  }
  if (figures.trueShare !== null && (figures.trueShare < limits.trueMin || figures.trueShare > limits.trueMax)) {
    diags.report(at, 'cue-true-false', { unit: unitId, figure: figures.trueShare, min: limits.trueMin, max: limits.trueMax });
  }
  return figures;
}
