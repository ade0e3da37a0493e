// The compiled course model: what the compiler produces from content/<unit>/*.md and what the
// player, the packager and the reports read. Plain data only (it is serialised into packages).
import type { ItemInfo } from './items.ts';

export interface Criterion {
  /** Id exactly as the seed states it, e.g. "1.10". */
  id: string;
  /** Wording exactly as the seed states it. */
  text: string;
  /** "workplace" when a quiz cannot honestly assess it: evidenced by a reflection and the assessor's judgement instead. */
  evidence?: 'workplace';
  /** Workplace criteria: what the assessor must see (an observation) or find in the product. */
  checklist?: string[];
  /** Workplace criteria judged on a piece of work: what the learner hands in ("An implementation plan ..."). */
  product?: string;
}

/** A synoptic unit assessed by observation: a simulation marked against other units' criteria. */
export interface Observation {
  title: string;
  /** Sanitised HTML: what happens in the simulation. */
  brief: string;
  /** Each referenced criterion ("l1-cs2:2.1") with what the assessor must see. */
  criteria: { ref: string; checklist: string[] }[];
}

/** One release of a unit, for the catalog's changelog. */
export interface Release {
  version: string;
  /** YYYY-MM-DD. */
  date: string;
  note: string;
}

export interface Outcome {
  /** Id as the seed states it, e.g. "2". */
  id: string;
  /** Wording exactly as the seed states it. */
  text: string;
  criteria: Criterion[];
}

export interface AssessmentSettings {
  /** Questions drawn per quiz-assessed criterion in each sitting. */
  perCriterion: number;
  /** Sittings allowed, the first included. */
  attempts: number;
}

export interface KeyTerm {
  term: string;
  /** Plain text. */
  definition: string;
  /** Id of the first page whose text uses the term, set by the compiler; absent when none does. */
  page?: string;
}

export interface UnitFacts {
  /** Folder name under content/, also the package name. */
  id: string;
  /** Short name other units use in cross-unit criterion references ("l1-cs3"). */
  ref: string;
  title: string;
  /** Qualification level as the seed gives it; absent where the seed states none. */
  level?: string;
  /** Credit value as the seed gives it; absent where the seed leaves it blank. */
  credits?: string;
  /** Guided learning hours as the seed gives them; absent where the seed leaves them blank. */
  glh?: string;
  /** Unit codes as the seed gives them, label to value ("Ofqual unit code": "J/507/1557"). */
  codes: Record<string, string>;
  /** Other facts the seed states, label to value (assessment type, endorsing body...). */
  facts: Record<string, string>;
  /** The seed file the unit was transcribed from. */
  seed: string;
  /** The unit's purpose, in plain words. */
  purpose: string;
  /** Refs of the units this one assesses synoptically (CS 5); empty for ordinary units. */
  synoptic: string[];
  /** The release an LMS admin sees ("2"); "1" where unit.md states none. */
  version: string;
  /** A line per release, newest first. */
  changes: Release[];
  /** Set on a module's own package (src/package/split.ts): the title of the unit it is a module of. */
  partOf?: string;
}

/** The kinds of question; what each means everywhere is its row in question-kinds.ts. */
export type QuestionType = Question['type'];

export interface ChoiceOption {
  /** "a" to "h", by position as written (OPTION_KEYS); what the LMS records, whatever order it is shown in. */
  key: string;
  /** Sanitised inline HTML. */
  html: string;
  correct: boolean;
  /** Sanitised HTML. */
  feedback: string;
  /** Shown in its written place when the options are shuffled ("None of these"). */
  fixed?: boolean;
}

export interface MatchPair {
  left: string;
  right: string;
}

/** Feedback of the kinds marked as a whole (order, match, text): sanitised HTML. */
export interface OverallFeedback {
  correct: string;
  incorrect: string;
}

interface QuestionBase {
  kind: 'question';
  id: string;
  /** Criterion refs, resolved to "unitRef:id" form ("l1-cs1:2.1"). */
  criteria: string[];
  /** Sanitised HTML. */
  prompt: string;
  /** The prompt as plain text on one line, for the LMS's interaction description. */
  description: string;
}

/** One or more options to choose: single (one correct), multiple (any number), truefalse (two, one correct). */
export interface ChoiceQuestion extends QuestionBase {
  type: 'single' | 'multiple' | 'truefalse';
  options: ChoiceOption[];
}

/** Items to put in order; written in their correct order (plain text). */
export interface OrderQuestion extends QuestionBase {
  type: 'order';
  items: string[];
  feedback: OverallFeedback;
}

/** Each left matched to its right (plain text). */
export interface MatchQuestion extends QuestionBase {
  type: 'match';
  pairs: MatchPair[];
  feedback: OverallFeedback;
}

/** A typed answer; accepted answers are compared case- and space-insensitively. */
export interface TextQuestion extends QuestionBase {
  type: 'text';
  answers: string[];
  feedback: OverallFeedback;
}

export type Question = ChoiceQuestion | OrderQuestion | MatchQuestion | TextQuestion;

/** The question of a type: QuestionOf<'order'> is OrderQuestion. */
export type QuestionOf<T extends QuestionType> = Question extends infer Q ? (Q extends { type: infer U } ? (T extends U ? Q : never) : never) : never;

/**
 * A learner's answer, by kind: the option keys chosen (choice), the item indices in the order
 * placed (order), the right index chosen for each left, null where none is (match), the text typed.
 */
export interface ResponseOf {
  single: string[];
  multiple: string[];
  truefalse: string[];
  order: number[];
  match: (number | null)[];
  text: string;
}
export type Response = ResponseOf[QuestionType];

export interface ScenarioChoice {
  /** Sanitised inline HTML. */
  html: string;
  next: string;
  best: boolean;
  /** Sanitised HTML. */
  feedback: string;
}

export type ScenarioOutcome = 'good' | 'partial' | 'poor';

/** A line of a scenario's dialogue. */
export interface Line {
  speaker: string;
  /** What the speaker is ("Customer", "Your manager"). */
  role: string;
  /** Sanitised inline HTML. */
  line: string;
}

export interface ScenarioStep {
  id: string;
  /** What is said in the step, in order; empty for a step of narration only. */
  says: Line[];
  /** Sanitised HTML narration; "" when the step has only dialogue. */
  html: string;
  choices: ScenarioChoice[];
  /** Set on endings only. */
  outcome?: ScenarioOutcome;
}

export interface Scenario {
  kind: 'scenario';
  id: string;
  criteria: string[];
  title: string;
  start: string;
  steps: ScenarioStep[];
}

export interface Reflection {
  kind: 'reflection';
  id: string;
  criteria: string[];
  /** Sanitised HTML. */
  prompt: string;
  minWords: number;
  /** Sanitised HTML: what an assessor looks for, shown before the learner writes. */
  guidance: string;
  /** Sanitised HTML: what a good answer covers, shown once the learner has saved theirs. */
  model: string;
  /** Sanitised HTML, for the tutor guide: an annotated strong answer. */
  strong: string;
  /** Sanitised HTML, for the tutor guide: an annotated weak answer. */
  weak: string;
  /** For the tutor guide: marking points (plain text); empty when none. */
  rubric: string[];
  /** The prompt as plain text on one line, for the LMS's interaction description. */
  description: string;
}

export interface HtmlBlock {
  kind: 'html';
  /** Sanitised HTML. */
  html: string;
}

export type Activity = Question | Scenario | Reflection;
export type Block = HtmlBlock | Activity;

export interface Page {
  /** Stable id, unique in the unit: "<module id>/<heading slug>". Used as the resume location. */
  id: string;
  title: string;
  blocks: Block[];
}

export interface Module {
  /** From the file name without its number: "02-legal-rights.md" -> "legal-rights". */
  id: string;
  /** The file name, for diagnostics and reports. */
  file: string;
  title: string;
  /** Criterion refs taught, resolved ("l1-cs1:2.1"). */
  criteria: string[];
  minutes: number;
  pages: Page[];
}

export interface Unit {
  facts: UnitFacts;
  outcomes: Outcome[];
  assessment: AssessmentSettings;
  /** Alphabetical; each term's first use on a page is marked up by the compiler (src/compiler/terms.ts). */
  terms: KeyTerm[];
  /** The unit's introduction (body of unit.md), one or more pages. */
  intro: Page[];
  modules: Module[];
  /** The summative pool from assessment.md. */
  pool: Question[];
  /** Criteria of other units referenced here (synoptic units), keyed "unitRef:id". */
  external: Record<string, { unitTitle: string; outcomeId: string; text: string }>;
  /** A synoptic unit assessed by observation rather than by its questions. */
  observation?: Observation;
  /** Printable one-page job aids, from aids/*.md. */
  aids: JobAid[];
  /** Every activity as saved progress knows it (items.ts); the launch page carries it before the pages load. */
  items: ItemInfo[];
  /** When the law the unit names was last checked (its oldest register review), and when it is next due, as dates to show; absent when it names none. */
  lawChecked?: { on: string; reviewBy: string };
  /** Hash of everything that gives saved progress its meaning; old progress is dropped when it changes. */
  fingerprint: string;
}

/** A printable one-page job aid; the package holds it as aids/<id>.html. */
export interface JobAid {
  /** The file name without ".md". */
  id: string;
  title: string;
  /** A sentence for the contents. */
  summary: string;
  /** Sanitised HTML of the page; not in the learner's copy of the unit (the page is a file of its own). */
  html: string;
}

/** "l1-cs1:2.1" -> { unit: "l1-cs1", id: "2.1" }. */
export function splitRef(ref: string): { unit: string; id: string } {
  const at = ref.indexOf(':');
  return { unit: ref.slice(0, at), id: ref.slice(at + 1) };
}
