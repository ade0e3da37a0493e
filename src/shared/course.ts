// The compiled course model: what the compiler produces from content/<unit>/*.md and what the
// player, the packager and the reports read. Plain data only (it is serialised into packages).

/** A criterion reference as written by authors: "2.1" (this unit) or "l1-cs3:2.2" (another unit). */
export type CriterionRef = string;

export interface Criterion {
  /** Id exactly as the seed states it, e.g. "1.10". */
  id: string;
  /** Wording exactly as the seed states it. */
  text: string;
  /** "workplace" when a quiz cannot honestly assess it: evidenced by reflections instead. */
  evidence?: 'workplace';
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
}

export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'order' | 'match' | 'text';

export interface ChoiceOption {
  /** "a" to "h", by position. */
  key: string;
  /** Sanitised inline HTML. */
  html: string;
  correct: boolean;
  /** Sanitised HTML. */
  feedback: string;
}

export interface MatchPair {
  left: string;
  right: string;
}

export interface Question {
  kind: 'question';
  id: string;
  type: QuestionType;
  /** Criterion refs, resolved to "unitRef:id" form ("l1-cs1:2.1"). */
  criteria: string[];
  /** Sanitised HTML. */
  prompt: string;
  /** single, multiple, truefalse. */
  options: ChoiceOption[];
  /** order: the items in their correct order (plain text). */
  items: string[];
  /** match: each left with its right (plain text). */
  pairs: MatchPair[];
  /** text: accepted answers (compared case- and space-insensitively). */
  answers: string[];
  /** Sanitised HTML shown after an answer to order, match and text questions. */
  feedbackCorrect: string;
  feedbackIncorrect: string;
}

export interface ScenarioChoice {
  /** Sanitised inline HTML. */
  html: string;
  next: string;
  best: boolean;
  /** Sanitised HTML. */
  feedback: string;
}

export type ScenarioOutcome = 'good' | 'partial' | 'poor';

export interface ScenarioStep {
  id: string;
  /** Sanitised HTML. */
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
  /** Sanitised HTML: what an assessor looks for. */
  guidance: string;
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
  /** Hash of everything that gives saved progress its meaning; old progress is dropped when it changes. */
  fingerprint: string;
}

/** "l1-cs1:2.1" -> { unit: "l1-cs1", id: "2.1" }. */
export function splitRef(ref: string): { unit: string; id: string } {
  const at = ref.indexOf(':');
  return { unit: ref.slice(0, at), id: ref.slice(at + 1) };
}
