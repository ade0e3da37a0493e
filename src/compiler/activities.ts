// Parses the YAML body of `question`, `scenario` and `reflection` blocks into the course model,
// checking each block on its own. Checks that need the whole unit live in rules.ts.
import { isScalar, type Node, type YAMLMap } from 'yaml';
import type { ChoiceOption, Question, QuestionType, Reflection, Scenario, ScenarioStep } from '../shared/course.ts';
import type { Diagnostics, Position } from './diagnostics.ts';
import { plainText, renderBlock, renderInline, type RenderContext } from './markdown.ts';
import type { ActivityPart } from './source.ts';
import { capital as cap, type CriterionMention, YamlReader } from './yaml-reader.ts';

export interface ParsedActivity<T> {
  activity: T;
  at: Position;
  /** Criteria as written, resolved against the unit in rules.ts. */
  mentions: CriterionMention[];
}

export const ID_PATTERN = /^[a-z0-9-]{2,64}$/;
const QUESTION_TYPES: QuestionType[] = ['single', 'multiple', 'truefalse', 'order', 'match', 'text'];
const KEYS = 'abcdefgh';

/** `media` collects the unit's files that the block's links and images point to. */
export function parseActivity(part: ActivityPart, path: string, media: Set<string>, diags: Diagnostics) {
  const r = new YamlReader(part.yaml, diags, `this ${part.kind} block`);
  if (!r.root) return undefined;
  const id = readId(r, r.root, part.kind);
  const what = `${part.kind} "${id ?? '?'}"`;
  const mentions = r.criteria(r.root, 'criteria', what) ?? [];
  const render = (node: Node | null | undefined): RenderContext => ({ diags, path, media, ...r.textAt(node) });
  const base = { r, map: r.root, id: id ?? '', what, render };
  if (part.kind === 'question') return wrap(parseQuestion(base), part, mentions);
  if (part.kind === 'scenario') return wrap(parseScenario(base), part, mentions);
  return wrap(parseReflection(base), part, mentions);
}

function wrap<T>(activity: T | undefined, part: ActivityPart, mentions: CriterionMention[]): ParsedActivity<T> | undefined {
  return activity ? { activity, at: part.at, mentions } : undefined;
}

interface Base {
  r: YamlReader;
  map: YAMLMap;
  id: string;
  what: string;
  /** Where the markdown text of a field's value starts, for diagnostics inside it. */
  render: (node: Node | null | undefined) => RenderContext;
}

function readId(r: YamlReader, map: YAMLMap, kind: string): string | undefined {
  const id = r.string(map, 'id', `this ${kind} block`);
  if (id !== undefined && !ID_PATTERN.test(id)) {
    r.diags.error(
      r.at(r.node(map, 'id')),
      `The id "${id}" is not allowed: ids are 2 to 64 characters of a-z, 0-9 and "-", because they become SCORM identifiers. Rename it, for example "${slugId(id)}".`,
    );
  }
  return id;
}

function slugId(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 64).padEnd(2, '0');
}

function markdownField(b: Base, map: YAMLMap, key: string, what: string, inline: boolean, required = true): string {
  const text = b.r.string(map, key, what, required);
  if (text === undefined) return '';
  const ctx = b.render(b.r.node(map, key));
  return inline ? renderInline(text, ctx) : renderBlock(text, ctx);
}

function parseQuestion(b: Base): Question | undefined {
  const { r, map, what } = b;
  const type = r.string(map, 'type', what) as QuestionType | undefined;
  if (type !== undefined && !QUESTION_TYPES.includes(type)) {
    r.diags.error(r.at(r.node(map, 'type')), `${cap(what)} has type "${type}", which does not exist. Use one of: ${QUESTION_TYPES.join(', ')}.`);
    return undefined;
  }
  const fields = ['id', 'type', 'criteria', 'prompt'];
  const choice = type === 'single' || type === 'multiple' || type === 'truefalse';
  r.onlyKnown(map, [...fields, ...(choice ? ['options'] : ['items', 'pairs', 'answers', 'feedback'])], what);
  const q: Question = {
    kind: 'question',
    id: b.id,
    type: type ?? 'single',
    criteria: [],
    prompt: markdownField(b, map, 'prompt', what, false),
    options: [],
    items: [],
    pairs: [],
    answers: [],
    feedbackCorrect: '',
    feedbackIncorrect: '',
  };
  if (type === undefined) return q;
  if (choice) q.options = readOptions(b, type);
  else {
    readOverallFeedback(b, q);
    if (type === 'order') q.items = readTextList(b, 'items', 'items in their correct order');
    if (type === 'match') q.pairs = readPairs(b);
    if (type === 'text') q.answers = readTextList(b, 'answers', 'accepted answers', 1);
  }
  return q;
}

function readOptions(b: Base, type: QuestionType): ChoiceOption[] {
  const { r, map, what } = b;
  const nodes = r.list(map, 'options', what) ?? [];
  const options: ChoiceOption[] = [];
  nodes.forEach((node, i) => {
    const om = r.map(node, `option ${i + 1} of ${what}`);
    if (!om || i >= KEYS.length) return;
    const ow = `option ${KEYS[i]} of ${what}`;
    r.onlyKnown(om, ['text', 'correct', 'feedback'], ow);
    const feedback = r.string(om, 'feedback', ow, false);
    if (feedback === undefined) {
      r.diags.error(r.at(om), `Option ${KEYS[i]} of ${what} has no feedback. Add "feedback:" saying why this answer is right or wrong.`);
    }
    options.push({
      key: KEYS[i],
      html: markdownField(b, om, 'text', ow, true),
      correct: r.boolean(om, 'correct', ow),
      feedback: feedback === undefined ? '' : renderBlock(feedback, b.render(r.node(om, 'feedback'))),
    });
  });
  const at = r.at(r.node(map, 'options') ?? map);
  if (nodes.length > 0 && (nodes.length < 2 || nodes.length > 8)) {
    r.diags.error(at, `${cap(what)} has ${nodes.length} options; a question needs 2 to 8. ${nodes.length < 2 ? 'Add' : 'Remove'} options.`);
  }
  const correct = options.filter((o) => o.correct).length;
  if (type === 'single' && correct !== 1 && options.length > 0) {
    r.diags.error(at, `${cap(what)} is type single but has ${correct} correct options; it needs exactly one. Mark one option "correct: true", or make it type multiple.`);
  }
  if (type === 'multiple' && correct === 0 && options.length > 0) {
    r.diags.error(at, `${cap(what)} is type multiple but has no correct option. Mark at least one option "correct: true".`);
  }
  if (type === 'truefalse' && options.length > 0 && (options.length !== 2 || correct !== 1)) {
    r.diags.error(at, `${cap(what)} is type truefalse, so it needs exactly two options (True and False) with one marked "correct: true".`);
  }
  return options;
}

function readOverallFeedback(b: Base, q: Question): void {
  const { r, map, what } = b;
  const node = r.node(map, 'feedback');
  if (node === undefined) {
    r.diags.error(r.at(map), `${cap(what)} has no feedback. Add "feedback:" with "correct:" and "incorrect:" texts that explain the answer.`);
    return;
  }
  const fm = r.map(node, `the feedback of ${what}`);
  if (!fm) return;
  r.onlyKnown(fm, ['correct', 'incorrect'], `the feedback of ${what}`);
  q.feedbackCorrect = markdownField(b, fm, 'correct', `the feedback of ${what}`, false);
  q.feedbackIncorrect = markdownField(b, fm, 'incorrect', `the feedback of ${what}`, false);
}

function readTextList(b: Base, key: string, meaning: string, min = 2): string[] {
  const { r, map, what } = b;
  const items = r.stringList(map, key, what) ?? [];
  const max = key === 'answers' ? 20 : 8;
  if (items.length < min || items.length > max) {
    r.diags.error(r.at(r.node(map, key) ?? map), `${cap(what)} lists ${items.length} ${meaning}; it needs ${min} to ${max}.`);
  }
  return items.map((i) => plainText(i.value));
}

function readPairs(b: Base) {
  const { r, map, what } = b;
  const nodes = r.list(map, 'pairs', what) ?? [];
  const pairs = nodes.flatMap((node, i) => {
    const pm = r.map(node, `pair ${i + 1} of ${what}`);
    if (!pm) return [];
    r.onlyKnown(pm, ['left', 'right'], `pair ${i + 1} of ${what}`);
    const left = r.string(pm, 'left', `pair ${i + 1} of ${what}`);
    const right = r.string(pm, 'right', `pair ${i + 1} of ${what}`);
    return left !== undefined && right !== undefined ? [{ left: plainText(left), right: plainText(right) }] : [];
  });
  if (nodes.length < 2 || nodes.length > 8) {
    r.diags.error(r.at(r.node(map, 'pairs') ?? map), `${cap(what)} has ${nodes.length} pairs; a match question needs 2 to 8.`);
  }
  return pairs;
}

function parseScenario(b: Base): Scenario | undefined {
  const { r, map, what } = b;
  r.onlyKnown(map, ['id', 'criteria', 'title', 'start', 'steps'], what);
  const title = r.string(map, 'title', what) ?? '';
  const start = r.string(map, 'start', what) ?? '';
  const stepsNode = r.node(map, 'steps');
  const stepsMap = stepsNode === undefined ? undefined : r.map(stepsNode, `the steps of ${what}`);
  if (stepsNode === undefined) r.diags.error(r.at(map), `${cap(what)} has no "steps". Add "steps:" with one entry per step.`);
  const steps: ScenarioStep[] = [];
  for (const pair of stepsMap?.items ?? []) {
    const stepId = isScalar(pair.key) ? String(pair.key.value) : '?';
    const sm = r.map(pair.value as never, `step "${stepId}" of ${what}`);
    if (sm) steps.push(readStep(b, sm, stepId));
  }
  const scenario: Scenario = { kind: 'scenario', id: b.id, criteria: [], title: plainText(title), start, steps };
  checkScenarioGraph(b, scenario, stepsMap);
  return scenario;
}

function readStep(b: Base, sm: YAMLMap, stepId: string): ScenarioStep {
  const { r, what } = b;
  const sw = `step "${stepId}" of ${what}`;
  r.onlyKnown(sm, ['text', 'choices', 'outcome'], sw);
  const outcome = r.string(sm, 'outcome', sw, false);
  const step: ScenarioStep = { id: stepId, html: markdownField(b, sm, 'text', sw, false), choices: [] };
  if (outcome !== undefined) {
    if (outcome === 'good' || outcome === 'partial' || outcome === 'poor') step.outcome = outcome;
    else r.diags.error(r.at(r.node(sm, 'outcome')), `${cap(sw)} has outcome "${outcome}". Use good, partial or poor.`);
    if (r.has(sm, 'choices')) r.diags.error(r.keyAt(sm, 'choices'), `${cap(sw)} is an ending (it has an outcome) but also has choices. Remove one of them.`);
    return step;
  }
  const nodes = r.list(sm, 'choices', sw, false);
  if (!nodes) {
    r.diags.error(r.at(sm), `${cap(sw)} has neither choices nor an outcome, so the scenario stops there. Add "choices:", or "outcome: good", "partial" or "poor" to make it an ending.`);
    return step;
  }
  nodes.forEach((node, i) => {
    const cw = `choice ${i + 1} of ${sw}`;
    const cm = r.map(node, cw);
    if (!cm) return;
    r.onlyKnown(cm, ['text', 'next', 'best', 'feedback'], cw);
    step.choices.push({
      html: markdownField(b, cm, 'text', cw, true),
      next: r.string(cm, 'next', cw) ?? '',
      best: r.boolean(cm, 'best', cw),
      feedback: markdownField(b, cm, 'feedback', cw, false),
    });
  });
  return step;
}

/** Every `next` exists, every step is reachable, every path can end, and one ending is good. */
function checkScenarioGraph(b: Base, s: Scenario, stepsMap: YAMLMap | undefined): void {
  const { r, what } = b;
  if (!stepsMap) return;
  const byId = new Map(s.steps.map((st) => [st.id, st]));
  const stepAt = (id: string) => {
    const pair = stepsMap.items.find((p) => isScalar(p.key) && p.key.value === id);
    return r.at((pair?.key ?? stepsMap) as never);
  };
  if (!byId.has(s.start)) {
    r.diags.error(r.at(r.node(b.map, 'start') ?? b.map), `${cap(what)} starts at "${s.start}", but there is no step with that name. Set "start:" to one of: ${[...byId.keys()].join(', ')}.`);
    return;
  }
  for (const st of s.steps) {
    for (const c of st.choices) {
      if (c.next && !byId.has(c.next)) {
        r.diags.error(stepAt(st.id), `A choice in step "${st.id}" of ${what} leads to "${c.next}", but there is no step with that name. Add that step or correct "next:".`);
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
      r.diags.error(stepAt(st.id), `Step "${st.id}" of ${what} can never be reached from "${s.start}". Point a choice's "next:" at it, or delete it.`);
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
      r.diags.error(stepAt(st.id), `From step "${st.id}" of ${what} no path reaches an ending, so a learner would go round in circles. Give one of its paths a step with an "outcome:".`);
    }
  }
  if (!s.steps.some((st) => st.outcome === 'good')) {
    r.diags.error(r.at(b.map), `${cap(what)} has no ending with "outcome: good", so a learner can never see what good service looks like. Mark the best ending "outcome: good".`);
  }
}

function parseReflection(b: Base): Reflection | undefined {
  const { r, map, what } = b;
  r.onlyKnown(map, ['id', 'criteria', 'prompt', 'minWords', 'guidance'], what);
  return {
    kind: 'reflection',
    id: b.id,
    criteria: [],
    prompt: markdownField(b, map, 'prompt', what, false),
    minWords: r.number(map, 'minWords', what, 50) ?? 50,
    guidance: markdownField(b, map, 'guidance', what, false),
  };
}
