// Parses the YAML body of `question`, `scenario` and `reflection` blocks into the course model,
// checking each block on its own, and keeps every learner-visible text with its position and
// role for the checks. Checks that need the whole unit live in rules.ts.
import { isScalar, type Node, type YAMLMap } from 'yaml';
import type {
  Activity,
  ChoiceOption,
  ChoiceQuestion,
  MatchQuestion,
  OrderQuestion,
  OverallFeedback,
  Question,
  QuestionType,
  Line,
  Reflection,
  Scenario,
  ScenarioStep,
  TextQuestion,
} from '../shared/course.ts';
import { QUESTION_KINDS } from '../shared/question-kinds.ts';
import { OPTION_KEYS } from '../shared/text.ts';
import type { Diagnostics, Position } from './diagnostics.ts';
import { plainText, renderBlock, renderInline, type RenderContext } from './markdown.ts';
import type { SourceText, TextRole } from './source-text.ts';
import type { ActivityPart } from './source.ts';
import { type CriterionMention, YamlReader } from './yaml-reader.ts';

/** An activity as parsed: its criteria are still as written, resolved against the unit in rules.ts. */
export type Unresolved<T extends Activity> = T extends unknown ? Omit<T, 'criteria'> : never;

export interface ParsedActivity<T extends Activity = Activity> {
  activity: Unresolved<T>;
  at: Position;
  /** Criteria as written. */
  mentions: CriterionMention[];
  /** Every text of the block a learner reads, with its role. */
  texts: SourceText[];
}

export const ID_PATTERN = /^[a-z0-9-]{2,64}$/;
const QUESTION_TYPES = Object.keys(QUESTION_KINDS) as QuestionType[];
/** An interaction description may hold at most this many characters (SCORM 2004). */
const DESCRIPTION_LIMIT = 250;

/** `media` collects the unit's files that the block's links and images point to. */
export function parseActivity(part: ActivityPart, path: string, media: Set<string>, diags: Diagnostics): ParsedActivity | undefined {
  const r = new YamlReader(part.yaml, diags, `this ${part.kind} block`);
  if (!r.root) return undefined;
  const id = readId(r, r.root, part.kind);
  const what = `${part.kind} "${id ?? '?'}"`;
  const mentions = r.criteria(r.root, 'criteria', what) ?? [];
  const texts: SourceText[] = [];
  const render = (node: Node | null | undefined): RenderContext => ({ diags, path, media, ...r.textAt(node) });
  const note = (role: TextRole, node: Node | null | undefined, prompt?: string) => {
    const text = r.sourceText(role, node);
    if (text) texts.push(prompt === undefined ? text : { ...text, prompt });
  };
  const base: Base = { r, map: r.root, id: id ?? '', what, render, note };
  const activity =
    part.kind === 'question' ? parseQuestion(base) : part.kind === 'scenario' ? parseScenario(base) : parseReflection(base);
  return activity ? { activity, at: part.at, mentions, texts } : undefined;
}

interface Base {
  r: YamlReader;
  map: YAMLMap;
  id: string;
  what: string;
  /** Where the markdown text of a field's value starts, for diagnostics inside it. */
  render: (node: Node | null | undefined) => RenderContext;
  /** Keeps a field's text as a record for the checks. */
  note: (role: TextRole, node: Node | null | undefined, prompt?: string) => void;
}

function readId(r: YamlReader, map: YAMLMap, kind: string): string | undefined {
  const id = r.string(map, 'id', `this ${kind} block`);
  if (id !== undefined && !ID_PATTERN.test(id)) {
    r.diags.report(r.at(r.node(map, 'id')), 'invalid-id', { id, suggestion: slugId(id) });
  }
  return id;
}

function slugId(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 64).padEnd(2, '0');
}

/** A markdown field rendered to sanitised HTML, its text kept for the checks under `role`. */
function markdownField(b: Base, map: YAMLMap, key: string, what: string, inline: boolean, role: TextRole, required = true): string {
  const text = b.r.string(map, key, what, required);
  if (text === undefined) return '';
  const node = b.r.node(map, key);
  b.note(role, node);
  const ctx = b.render(node);
  return inline ? renderInline(text, ctx) : renderBlock(text, ctx);
}

/** One line of plain text for the LMS: SCORM 2004 descriptions hold at most 250 characters. */
function describe(markdown: string): string {
  return plainText(markdown).slice(0, DESCRIPTION_LIMIT);
}

function parseQuestion(b: Base): Unresolved<Question> | undefined {
  const { r, map, what } = b;
  const type = r.string(map, 'type', what) as QuestionType | undefined;
  if (type !== undefined && !QUESTION_TYPES.includes(type)) {
    r.diags.report(r.at(r.node(map, 'type')), 'question-unknown-type', { what, type, types: QUESTION_TYPES });
    return undefined;
  }
  const choice = type === undefined || type === 'single' || type === 'multiple' || type === 'truefalse';
  r.onlyKnown(map, ['id', 'type', 'criteria', 'prompt', ...(choice ? ['options'] : ['items', 'pairs', 'answers', 'feedback'])], what);
  const promptText = r.string(map, 'prompt', what) ?? '';
  const prompt = promptText ? markdownField(b, map, 'prompt', what, false, 'prompt') : '';
  const base = { kind: 'question' as const, id: b.id, prompt, description: describe(promptText) };
  if (type === undefined) return { ...base, type: 'single', options: [] };
  if (type === 'single' || type === 'multiple' || type === 'truefalse') {
    return { ...base, type, options: readOptions(b, type) } satisfies Unresolved<ChoiceQuestion>;
  }
  const feedback = readOverallFeedback(b);
  if (type === 'order') return { ...base, type, feedback, items: readTextList(b, 'items', 'items in their correct order', 'item', promptText) } satisfies Unresolved<OrderQuestion>;
  if (type === 'match') return { ...base, type, feedback, pairs: readPairs(b, promptText) } satisfies Unresolved<MatchQuestion>;
  return { ...base, type, feedback, answers: readTextList(b, 'answers', 'accepted answers', 'answer', promptText, 1) } satisfies Unresolved<TextQuestion>;
}

function readOptions(b: Base, type: ChoiceQuestion['type']): ChoiceOption[] {
  const { r, map, what } = b;
  const nodes = r.list(map, 'options', what) ?? [];
  const options: ChoiceOption[] = [];
  nodes.forEach((node, i) => {
    const om = r.map(node, `option ${i + 1} of ${what}`);
    if (!om || i >= OPTION_KEYS.length) return;
    const ow = `option ${OPTION_KEYS[i]} of ${what}`;
    r.onlyKnown(om, ['text', 'correct', 'feedback', 'fixed'], ow);
    const correct = r.boolean(om, 'correct', ow);
    const fixed = r.boolean(om, 'fixed', ow);
    const feedback = r.string(om, 'feedback', ow, false);
    if (feedback === undefined) {
      r.diags.report(r.at(om), 'option-no-feedback', { what, key: OPTION_KEYS[i] });
    } else b.note('feedback', r.node(om, 'feedback'));
    options.push({
      key: OPTION_KEYS[i],
      html: markdownField(b, om, 'text', ow, true, correct ? 'correct option' : 'option'),
      correct,
      feedback: feedback === undefined ? '' : renderBlock(feedback, b.render(r.node(om, 'feedback'))),
      ...(fixed ? { fixed } : {}),
    });
  });
  const at = r.at(r.node(map, 'options') ?? map);
  if (nodes.length > 0 && (nodes.length < 2 || nodes.length > 8)) {
    r.diags.report(at, nodes.length < 2 ? 'too-few-options' : 'too-many-options', { what, count: nodes.length });
  }
  const correct = options.filter((o) => o.correct).length;
  if (type === 'single' && correct !== 1 && options.length > 0) {
    r.diags.report(at, 'single-correct-count', { what, count: correct });
  }
  if (type === 'multiple' && correct === 0 && options.length > 0) {
    r.diags.report(at, 'multiple-no-correct', { what });
  }
  if (type === 'truefalse' && options.length > 0 && (options.length !== 2 || correct !== 1)) {
    r.diags.report(at, 'truefalse-shape', { what });
  }
  return options;
}

function readOverallFeedback(b: Base): OverallFeedback {
  const { r, map, what } = b;
  const node = r.node(map, 'feedback');
  if (node === undefined) {
    r.diags.report(r.at(map), 'feedback-missing', { what });
    return { correct: '', incorrect: '' };
  }
  const fm = r.map(node, `the feedback of ${what}`);
  if (!fm) return { correct: '', incorrect: '' };
  r.onlyKnown(fm, ['correct', 'incorrect'], `the feedback of ${what}`);
  return {
    correct: markdownField(b, fm, 'correct', `the feedback of ${what}`, false, 'feedback'),
    incorrect: markdownField(b, fm, 'incorrect', `the feedback of ${what}`, false, 'feedback'),
  };
}

function readTextList(b: Base, key: string, meaning: string, role: TextRole, prompt: string, min = 2): string[] {
  const { r, map, what } = b;
  const items = r.stringList(map, key, what) ?? [];
  const max = key === 'answers' ? 20 : 8;
  if (items.length < min || items.length > max) {
    r.diags.report(r.at(r.node(map, key) ?? map), 'item-count', { what, count: items.length, meaning, min, max });
  }
  for (const node of r.list(map, key, what, false) ?? []) b.note(role, node, prompt);
  return items.map((i) => plainText(i.value));
}

function readPairs(b: Base, prompt: string) {
  const { r, map, what } = b;
  const nodes = r.list(map, 'pairs', what) ?? [];
  const pairs = nodes.flatMap((node, i) => {
    const pm = r.map(node, `pair ${i + 1} of ${what}`);
    if (!pm) return [];
    r.onlyKnown(pm, ['left', 'right'], `pair ${i + 1} of ${what}`);
    const left = r.string(pm, 'left', `pair ${i + 1} of ${what}`);
    const right = r.string(pm, 'right', `pair ${i + 1} of ${what}`);
    b.note('pair', r.node(pm, 'left'), prompt);
    b.note('pair', r.node(pm, 'right'), prompt);
    return left !== undefined && right !== undefined ? [{ left: plainText(left), right: plainText(right) }] : [];
  });
  if (nodes.length < 2 || nodes.length > 8) {
    r.diags.report(r.at(r.node(map, 'pairs') ?? map), 'pair-count', { what, count: nodes.length });
  }
  return pairs;
}

function parseScenario(b: Base): Unresolved<Scenario> | undefined {
  const { r, map, what } = b;
  r.onlyKnown(map, ['id', 'criteria', 'title', 'start', 'steps'], what);
  const title = r.string(map, 'title', what) ?? '';
  b.note('title', r.node(map, 'title'));
  const start = r.string(map, 'start', what) ?? '';
  const stepsNode = r.node(map, 'steps');
  const stepsMap = stepsNode === undefined ? undefined : r.map(stepsNode, `the steps of ${what}`);
  if (stepsNode === undefined) r.diags.report(r.at(map), 'scenario-no-steps', { what });
  const steps: ScenarioStep[] = [];
  for (const pair of stepsMap?.items ?? []) {
    const stepId = isScalar(pair.key) ? String(pair.key.value) : '?';
    const sm = r.map(pair.value as never, `step "${stepId}" of ${what}`);
    if (sm) steps.push(readStep(b, sm, stepId));
  }
  const scenario = { kind: 'scenario' as const, id: b.id, title: plainText(title), start, steps };
  checkScenarioGraph(b, scenario, stepsMap);
  return scenario;
}

function readStep(b: Base, sm: YAMLMap, stepId: string): ScenarioStep {
  const { r, what } = b;
  const sw = `step "${stepId}" of ${what}`;
  r.onlyKnown(sm, ['says', 'text', 'choices', 'outcome'], sw);
  const outcome = r.string(sm, 'outcome', sw, false);
  const says = readLines(b, sm, sw);
  const html = markdownField(b, sm, 'text', sw, false, 'step', says.length === 0);
  const step: ScenarioStep = { id: stepId, says, html, choices: [] };
  if (outcome !== undefined) {
    if (outcome === 'good' || outcome === 'partial' || outcome === 'poor') step.outcome = outcome;
    else r.diags.report(r.at(r.node(sm, 'outcome')), 'step-outcome-unknown', { what: sw, outcome });
    if (r.has(sm, 'choices')) r.diags.report(r.keyAt(sm, 'choices'), 'step-ending-with-choices', { what: sw });
    return step;
  }
  const nodes = r.list(sm, 'choices', sw, false);
  if (!nodes) {
    r.diags.report(r.at(sm), 'scenario-dead-end', { what: sw });
    return step;
  }
  nodes.forEach((node, i) => {
    const cw = `choice ${i + 1} of ${sw}`;
    const cm = r.map(node, cw);
    if (!cm) return;
    r.onlyKnown(cm, ['text', 'next', 'best', 'feedback'], cw);
    const best = r.boolean(cm, 'best', cw);
    step.choices.push({
      html: markdownField(b, cm, 'text', cw, true, best ? 'best choice' : 'choice'),
      next: r.string(cm, 'next', cw) ?? '',
      best,
      feedback: markdownField(b, cm, 'feedback', cw, false, 'feedback'),
    });
  });
  return step;
}

/** A step's dialogue: who says what, in order. */
function readLines(b: Base, sm: YAMLMap, sw: string): Line[] {
  const { r } = b;
  return (r.list(sm, 'says', sw, false) ?? []).flatMap((node, i) => {
    const lw = `line ${i + 1} of ${sw}`;
    const lm = r.map(node, lw);
    if (!lm) return [];
    r.onlyKnown(lm, ['speaker', 'role', 'line'], lw);
    const speaker = r.string(lm, 'speaker', lw);
    const role = r.string(lm, 'role', lw);
    const line = markdownField(b, lm, 'line', lw, true, 'step');
    return speaker !== undefined && role !== undefined ? [{ speaker: plainText(speaker), role: plainText(role), line }] : [];
  });
}

/** Every `next` exists, every step is reachable, every path can end, and one ending is good. */
function checkScenarioGraph(b: Base, s: Unresolved<Scenario>, stepsMap: YAMLMap | undefined): void {
  const { r, what } = b;
  if (!stepsMap) return;
  const byId = new Map(s.steps.map((st) => [st.id, st]));
  const stepAt = (id: string) => {
    const pair = stepsMap.items.find((p) => isScalar(p.key) && p.key.value === id);
    return r.at((pair?.key ?? stepsMap) as never);
  };
  if (!byId.has(s.start)) {
    r.diags.report(r.at(r.node(b.map, 'start') ?? b.map), 'scenario-start-missing', { what, start: s.start, steps: [...byId.keys()] });
    return;
  }
  for (const st of s.steps) {
    for (const c of st.choices) {
      if (c.next && !byId.has(c.next)) {
        r.diags.report(stepAt(st.id), 'scenario-next-missing', { what, step: st.id, next: c.next });
      }
    }
  }
  const reachable = new Set<string>();
  const queue = [s.start];
  while (queue.length) {
    const id = queue.shift()!;
    if (reachable.has(id) || !byId.has(id)) continue;
    reachable.add(id);
    queue.push(...byId.get(id)!.choices.map((c) => c.next));
  }
  for (const st of s.steps) {
    if (!reachable.has(st.id)) {
      r.diags.report(stepAt(st.id), 'scenario-unreachable', { what, step: st.id, start: s.start });
    }
  }
  const canEnd = new Set(s.steps.filter((st) => st.outcome).map((st) => st.id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const st of s.steps) {
      if (!canEnd.has(st.id) && st.choices.some((c) => canEnd.has(c.next))) {
        canEnd.add(st.id);
        grew = true;
      }
    }
  }
  for (const st of s.steps) {
    if (reachable.has(st.id) && !canEnd.has(st.id) && st.choices.length > 0) {
      r.diags.report(stepAt(st.id), 'scenario-loop', { what, step: st.id });
    }
  }
  if (!s.steps.some((st) => st.outcome === 'good')) {
    r.diags.report(r.at(b.map), 'scenario-no-good-ending', { what });
  }
}

function parseReflection(b: Base): Unresolved<Reflection> | undefined {
  const { r, map, what } = b;
  r.onlyKnown(map, ['id', 'criteria', 'prompt', 'minWords', 'guidance', 'model', 'strong', 'weak', 'rubric'], what);
  const promptText = r.string(map, 'prompt', what) ?? '';
  const reflection = {
    kind: 'reflection' as const,
    id: b.id,
    prompt: promptText ? markdownField(b, map, 'prompt', what, false, 'prompt') : '',
    description: describe(promptText),
    minWords: r.number(map, 'minWords', what, 50) ?? 50,
    guidance: markdownField(b, map, 'guidance', what, false, 'guidance'),
    model: markdownField(b, map, 'model', what, false, 'guidance', false),
    strong: markdownField(b, map, 'strong', what, false, 'guidance', false),
    weak: markdownField(b, map, 'weak', what, false, 'guidance', false),
    rubric: (r.stringList(map, 'rubric', what, false) ?? []).map((item) => plainText(item.value)),
  };
  const missing = ['model', 'strong', 'weak'].filter((key) => !r.has(map, key));
  if (missing.length > 0) r.diags.report(r.at(map), 'reflection-no-model', { what, missing });
  return reflection;
}
