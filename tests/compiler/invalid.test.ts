// Every rule of the README's "Rules every unit must meet" (and the authoring guide) against a fixture unit in
// tests/fixtures/invalid/<case>/ that is valid except for one planted mistake (the valid
// unit they all start from is tests/fixtures/valid-more/minimal), asserting the exact text an
// author reads: `file:line:col: message`, every line of it, in order.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Diagnostic, formatDiagnostic } from '../../src/compiler/diagnostics.ts';
import type { CompileResult } from '../../src/compiler/index.ts';
import { compile, diagnosticLines, ROOT } from './helpers.ts';

const DIR = 'tests/fixtures/invalid';
const MOD = '01-why-service-matters.md';
const CASES = readdirSync(join(ROOT, DIR)).sort();

/** One expected diagnostic of a case: `tests/fixtures/invalid/<case>/<file>:line:col: message`. */
const at = (file: string, line: number, col: number, message: string) => (name: string) =>
  `${DIR}/${name}/${file}:${line}:${col}: ${message}`;

/** Refs of every fixture unit whose unit.md can be read, each once: what a cross-unit reference may name. */
const REFS = [
  ...new Set(
    CASES.flatMap((name) => {
      const path = join(ROOT, DIR, name, 'unit.md');
      const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
      return text.startsWith("---") ? [/^ref: (.+)$/m.exec(text)![1]] : [];
    }),
  ),
];

const deep = (what: string, depth: number, limit: number) =>
  `Here ${what} are nested ${depth} deep; at most ${limit} levels are allowed, so pages stay readable and build in good time. Flatten it, with fewer levels inside each other.`;

const EXPECTED: Record<string, ((name: string) => string)[]> = {
  // ---- YAML that cannot be read ----
  // "Tip: think" inside a plain scalar.
  'yaml-malformed': [
    at(MOD, 26, 9, `The YAML of this question block cannot be read (Nested mappings are not allowed in compact mappings). Check the indentation, and write text that contains ": ", "#" or quotes as a "|" block.`),
  ],
  // "prompt:" twice in one block.
  'yaml-malformed-duplicate-key': [
    at(MOD, 27, 1, `The YAML of this question block cannot be read (Map keys must be unique). Check the indentation, and write text that contains ": ", "#" or quotes as a "|" block.`),
  ],

  // ---- Criteria: quoted, and declared in unit.md (or in the unit they name) ----
  'criterion-unknown': [
    at(MOD, 25, 19, `Criterion "1.2" is not in unit.md. Use one of: 1.1.`),
  ],
  // criteria: [1.10] in a block: reported once, then read as written, so nothing follows from it.
  'criterion-unquoted-in-block': [
    at(MOD, 25, 12, `Criterion 1.10 in question "kc-listen" is written without quotes, so YAML reads it as the number 1.1. Write it as "1.10".`),
  ],
  // criteria: [1.1] in a module's front matter: the module still teaches "1.1".
  'criterion-unquoted-in-module': [
    at(MOD, 3, 12, `Criterion 1.1 in the front matter of 01-why-service-matters.md is written without quotes, so YAML reads it as the number 1.1. Write it as "1.1".`),
  ],
  // id: 1.10 in unit.md: the criterion keeps the id "1.10", so the references to it still resolve.
  'criterion-id-unquoted': [
    at('unit.md', 10, 13, `The id of criterion 1 of outcome 1 is written without quotes, so YAML reads 1.10 as the number 1.1. Write it as id: "1.10".`),
  ],
  // ref: duplicate-id, the ref of the fixture of that name, which is read first and keeps it.
  'unit-ref-duplicate': [
    at('unit.md', 3, 6, `The unit ref "duplicate-id" is also the ref of tests/fixtures/invalid/duplicate-id. Other units name a unit by its ref in criteria such as "duplicate-id:1.1", and packages use it in objective ids, so each unit needs its own: change one.`),
  ],
  'criterion-declared-twice': [
    at('unit.md', 12, 13, `Criterion "1.1" is declared twice in unit.md. Each criterion id appears once; correct the id from the unit specification.`),
  ],
  'evidence-unknown': [
    at('unit.md', 12, 19, `The evidence "observation" of criterion 1 of outcome 1 is not known. The only value is "workplace"; leave it out for quiz-assessed criteria.`),
  ],
  'criterion-unknown-unit': [
    at('assessment.md', 30, 19, `Criterion "l1-cs9:2.1" names the unit "l1-cs9", which does not exist. Use a unit ref from a unit.md: ${REFS.join(', ')}.`),
  ],
  // References another fixture unit (duplicate-id, ref "duplicate-id") by a criterion it lacks.
  'criterion-unknown-in-other-unit': [
    at('assessment.md', 30, 19, `Criterion "duplicate-id:1.9" is not in unit duplicate-id. Use one of: 1.1.`),
  ],

  // ---- Ids: unique in the unit, 2 to 64 of a-z 0-9 - ----
  'duplicate-id': [
    at('assessment.md', 14, 1, `The id "kc-why" is used twice in this unit (first at tests/fixtures/invalid/duplicate-id/01-why-service-matters.md:9). Ids key the learner's saved progress, so each must be unique: rename one.`),
  ],
  // as-why-47831 (found by trying as-why-3, as-why-4...) has the progress key of kc-why.
  'progress-key-clash': [
    at('assessment.md', 14, 1, `The ids "kc-why" (at tests/fixtures/invalid/progress-key-clash/01-why-service-matters.md:9) and "as-why-47831" have the same short key "EOg" in the learner's saved progress, so one would overwrite the other's answers. Rename one of them.`),
  ],
  // Two pool ids whose questionRef (a 4-character hash) is the same, "Q-N6J7".
  'question-ref-clash': [
    at('assessment.md', 14, 1, `The assessment questions "as-refund-1647" (at tests/fixtures/invalid/question-ref-clash/assessment.md:1) and "as-refund-8110" have the same reference "Q-N6J7", which the learner sees beside the question, the answer key lists and the LMS records, so the two could not be told apart. Rename one of them.`),
  ],
  'invalid-id': [
    at(MOD, 23, 5, `The id "KC_Listen First" is not allowed: ids are 2 to 64 characters of a-z, 0-9 and "-", because they become SCORM identifiers. Rename it, for example "kc-listen-first".`),
  ],

  // ---- Questions ----
  'single-correct-count-two': [
    at(MOD, 28, 3, `Question "kc-listen" is type single but has 2 correct options; it needs exactly one. Mark one option "correct: true", or make it type multiple.`),
  ],
  'single-correct-count-none': [
    at(MOD, 28, 3, `Question "kc-listen" is type single but has 0 correct options; it needs exactly one. Mark one option "correct: true", or make it type multiple.`),
  ],
  'multiple-no-correct': [
    at(MOD, 28, 3, `Question "kc-benefits" is type multiple but has no correct option. Mark at least one option "correct: true".`),
  ],
  'option-no-feedback': [
    at(MOD, 31, 5, `Option b of question "kc-listen" has no feedback. Add "feedback:" saying why this answer is right or wrong.`),
  ],
  'too-many-options': [
    at(MOD, 28, 3, `Question "kc-listen" has 9 options; a question needs 2 to 8. Remove options.`),
  ],
  'too-few-options': [
    at(MOD, 28, 3, `Question "kc-listen" has 1 options; a question needs 2 to 8. Add options.`),
  ],
  'truefalse-shape': [
    at(MOD, 28, 3, `Question "kc-loyal" is type truefalse, so it needs exactly two options (True and False) with one marked "correct: true".`),
  ],
  'item-count-order': [
    at(MOD, 28, 3, `Question "kc-steps" lists 1 items in their correct order; it needs 2 to 8.`),
  ],
  'pair-count': [
    at(MOD, 28, 3, `Question "kc-terms" has 1 pairs; a match question needs 2 to 8.`),
  ],
  // Reported twice at the same place for one mistake (reported as an unhelpful message).
  'field-missing-text-answers': [
    at(MOD, 23, 1, `Question "kc-act" has no "answers". Add "answers:" followed by a list of "- " items.`),
    at(MOD, 23, 1, `Question "kc-act" lists 0 accepted answers; it needs 1 to 20.`),
  ],
  'question-unknown-type': [
    at(MOD, 24, 7, `Question "kc-listen" has type "choice", which does not exist. Use one of: single, multiple, truefalse, order, match, text.`),
  ],
  // "optons:" for "options:": the typo, and the field it leaves missing.
  'unknown-field': [
    at(MOD, 23, 1, `Question "kc-listen" has no "options". Add "options:" followed by a list of "- " items.`),
    at(MOD, 27, 1, `Question "kc-listen" has an unknown field "optons". Use only: id, type, criteria, prompt, options.`),
  ],

  // ---- Scenarios ----
  // Points at the step, not at the "next: manager" line 40 (reported as an unhelpful position).
  'scenario-next-missing': [
    at(MOD, 28, 3, `A choice in step "greet" of scenario "sc-kettle" leads to "manager", but there is no step with that name. Add that step or correct "next:".`),
  ],
  'scenario-unreachable': [
    at(MOD, 45, 3, `Step "manager" of scenario "sc-kettle" can never be reached from "greet". Point a choice's "next:" at it, or delete it.`),
  ],
  'scenario-no-good-ending': [
    at(MOD, 23, 1, `Scenario "sc-kettle" has no ending with "outcome: good", so a learner can never see what good service looks like. Mark the best ending "outcome: good".`),
  ],
  // hold -> hold-again -> hold: each step of the loop is reported.
  'scenario-loop': [
    at(MOD, 48, 3, `From step "hold" of scenario "sc-kettle" no path reaches an ending, so a learner would go round in circles. Give one of its paths a step with an "outcome:".`),
    at(MOD, 54, 3, `From step "hold-again" of scenario "sc-kettle" no path reaches an ending, so a learner would go round in circles. Give one of its paths a step with an "outcome:".`),
  ],
  'scenario-dead-end': [
    at(MOD, 49, 5, `Step "hold" of scenario "sc-kettle" has neither choices nor an outcome, so the scenario stops there. Add "choices:", or "outcome: good", "partial" or "poor" to make it an ending.`),
  ],
  'scenario-start-missing': [
    at(MOD, 26, 8, `Scenario "sc-kettle" starts at "hello", but there is no step with that name. Set "start:" to one of: greet, good-end, poor-end.`),
  ],

  // ---- Reflections ----
  'field-missing-reflection-prompt': [
    at(MOD, 23, 1, `Reflection "rf-practice" has no "prompt". Add "prompt:" with its text.`),
  ],

  // ---- Markdown: links and images resolve; raw HTML survives sanitising ----
  'link-missing': [
    at(MOD, 7, 72, `Link "complaints-policy.md" points to a file that does not exist. Correct the path (it is relative to this markdown file) or add the file.`),
  ],
  // A "%" that does not start an escape is taken as written.
  'link-missing-stray-percent': [
    at(MOD, 7, 56, `Link "50%off.md" points to a file that does not exist. Correct the path (it is relative to this markdown file) or add the file.`),
  ],
  // The prompt is a "|" block: the position is the link's, on the block's second line.
  'link-missing-in-block': [
    at(MOD, 15, 20, `Link "guide.md" points to a file that does not exist. Correct the path (it is relative to this markdown file) or add the file.`),
  ],
  // An absolute path, and a file and an image that exist but outside the unit folder.
  'link-outside-unit': [
    at(MOD, 7, 59, `Link "/etc/hostname" points outside the unit folder, so the file would not be in the unit's package. Copy the file into the unit folder and give its path relative to this markdown file.`),
    at(MOD, 7, 85, `Link "../duplicate-id/unit.md" points outside the unit folder, so the file would not be in the unit's package. Copy the file into the unit folder and give its path relative to this markdown file.`),
    at(MOD, 9, 11, `Image "../../valid-more/rich/images/till.svg" points outside the unit folder, so the file would not be in the unit's package. Copy the file into the unit folder and give its path relative to this markdown file.`),
  ],
  'link-missing-image': [
    at(MOD, 9, 33, `Image "images/happy-customer.png" points to a file that does not exist. Correct the path (it is relative to this markdown file) or add the file.`),
  ],
  'raw-html-removed-script': [
    at(MOD, 9, 1, `Raw HTML <script> is removed when the page is sanitised, so learners would not see it. Write it in markdown instead, or delete it.`),
  ],
  'raw-html-removed-onclick': [
    at(MOD, 9, 1, `Raw HTML onclick="..." is removed when the page is sanitised, so learners would not see it. Write it in markdown instead, or delete it.`),
  ],
  // <kbd> on line 7 survives; the tag that loses its onclick is on line 9.
  'raw-html-removed-after-harmless-tag': [
    at(MOD, 9, 1, `Raw HTML onclick="..." is removed when the page is sanitised, so learners would not see it. Write it in markdown instead, or delete it.`),
  ],

  // ---- Coverage: taught, checked, assessed twice; workplace criteria reflected on ----
  'criterion-no-teaching': [
    at('unit.md', 10, 9, `Criterion 1.1: no module teaches it (add "1.1" to a module's criteria).`),
  ],
  'criterion-no-check': [
    at('unit.md', 10, 9, `Criterion 1.1: it has no knowledge check (add a question block to a module).`),
  ],
  'criterion-too-few-questions': [
    at('unit.md', 10, 9, `Criterion 1.1: it has 1 assessment question and needs at least 2 (1 a sitting for 2 sittings), so every sitting draws questions not drawn before (add to assessment.md).`),
  ],
  'workplace-no-reflection': [
    at('unit.md', 12, 9, `Criterion 1.2: it is evidenced in the workplace but has no reflection (add a reflection block).`),
  ],

  // ---- Files of a unit folder ----
  'missing-unit-md': [
    at('unit.md', 1, 1, `The unit folder tests/fixtures/invalid/missing-unit-md has no unit.md, so it has no title, outcomes or criteria. Add unit.md with the unit's front matter (see the authoring guide in README.md).`),
  ],
  'unit-no-front-matter': [
    at('unit.md', 1, 1, `unit.md has no front matter, so the unit has no title, outcomes or criteria. Start the file with a "---" line, the unit's YAML fields, and another "---" line.`),
  ],
  'unknown-field-in-unit': [
    at('unit.md', 12, 1, `The front matter of unit.md has an unknown field "gls". Use only: title, ref, level, credits, glh, codes, facts, seed, purpose, version, changes, outcomes, synoptic, observation, assessment, terms.`),
  ],
  // Without front matter the module teaches no criterion, so coverage reports that too.
  'module-no-front-matter': [
    at(MOD, 1, 1, `tests/fixtures/invalid/module-no-front-matter/01-why-service-matters.md has no front matter. Start it with "---", then title, criteria and minutes, then "---".`),
    at('unit.md', 10, 9, `Criterion 1.1: no module teaches it (add "1.1" to a module's criteria).`),
  ],
  // 02-why-service-matters.md, a copy of 01- with its question renamed.
  'duplicate-module-id': [
    at('02-why-service-matters.md', 1, 1, `02-why-service-matters.md is the module "why-service-matters", like 01-why-service-matters.md: a module's id is its file name without the number, and names its pages and, when modules are packaged one at a time, its package. Rename one of the files.`),
  ],
  'stray-file': [
    at('notes.md', 1, 1, `tests/fixtures/invalid/stray-file/notes.md is not a module, unit.md or assessment.md, so it would be left out. Name modules "NN-name.md", such as "02-legal-rights.md".`),
  ],
  'assessment-not-question-scenario': [
    at('assessment.md', 27, 1, `assessment.md holds a scenario block, but the assessment pool takes questions only. Move it into a module.`),
  ],

  // ---- Every other code, one fixture each ----
  'yaml-no-fields': [
    at(MOD, 10, 1, `This question block holds no fields. Write its fields as YAML "key: value" lines.`),
  ],
  'field-not-text': [
    at(MOD, 14, 3, `"prompt" of question "kc-extra" should be text, not a list or a map. Write it as "prompt: text" or as a "|" block.`),
  ],
  'field-not-number': [
    at(MOD, 13, 11, `"minWords" of reflection "rf-one" should be a whole number, such as 50.`),
  ],
  'field-not-boolean': [
    at(MOD, 15, 3, `Question "kc-extra" is type single but has 0 correct options; it needs exactly one. Mark one option "correct: true", or make it type multiple.`),
    at(MOD, 16, 14, `"correct" of option a of question "kc-extra" should be true or false.`),
  ],
  'field-not-list': [
    at(MOD, 14, 10, `"options" of question "kc-extra" should be a list of "- " items.`),
  ],
  'field-not-map': [
    at(MOD, 15, 5, `Option 1 of question "kc-extra" should be a set of "key: value" fields.`),
    at(MOD, 16, 5, `Option 2 of question "kc-extra" should be a set of "key: value" fields.`),
  ],
  'list-item-not-text': [
    at(MOD, 15, 3, `Question "kc-order" lists 1 items in their correct order; it needs 2 to 8.`),
    at(MOD, 16, 5, `Each item of "items" in question "kc-order" should be text.`),
  ],
  'criterion-not-text': [
    at(MOD, 9, 1, `The question "kc-extra" lists no criteria. Add criteria: ["1.1"] naming what it assesses.`),
    at(MOD, 12, 12, `Each criterion in question "kc-extra" should be a quoted id such as "1.2".`),
  ],
  'unit-ref-invalid': [
    at('unit.md', 3, 6, `The unit ref "Unit Ref Invalid" is not allowed: use 2 to 64 characters of a-z, 0-9 and "-", such as "l1-cs3".`),
  ],
  'checklist-not-workplace': [
    at('unit.md', 12, 9, `Criterion 1 of outcome 1 has a checklist or product, but only a criterion with "evidence: workplace" is judged against one. Add "evidence: workplace", or remove them.`),
  ],
  'workplace-no-checklist': [
    at('unit.md', 12, 9, `Criterion 1.2: it is evidenced in the workplace but has no checklist of what the assessor must see. Add "checklist:" with the points, in the criterion's words.`),
  ],
  'observation-not-synoptic': [
    at('unit.md', 15, 1, `unit.md has an "observation", but only a synoptic unit is assessed by one. Add "synoptic:" naming the units it assesses, or remove "observation".`),
  ],
  'aid-name': [
    at('aids/Job Aid.md', 1, 1, `aids/Job Aid.md is not named as a job aid is. Name it with 2 to 64 of a-z, 0-9 and "-", then ".md", such as "refund-timeline.md".`),
  ],
  'aid-no-front-matter': [
    at('aids/listen-first.md', 1, 1, `tests/fixtures/invalid/aid-no-front-matter/aids/listen-first.md has no front matter. Start it with "---", then "title:" and "summary:" (a sentence for the contents), then "---".`),
  ],
  'aid-activity': [
    at('aids/listen-first.md', 6, 1, `A job aid holds a question block, but a job aid is a page to print, not to answer. Move the block into a module.`),
  ],
  'change-date-invalid': [
    at('unit.md', 18, 11, `The date "4 December 2026" of change 1 in unit.md should be written like 2026-12-04.`),
  ],
  'module-empty': [
    at(MOD, 1, 1, `tests/fixtures/invalid/module-empty/01-why-service-matters.md has no content. Write the module's teaching below its front matter.`),
  ],
  'activity-no-criteria': [
    at(MOD, 9, 1, `The question "kc-extra" lists no criteria. Add criteria: ["1.1"] naming what it assesses.`),
    at(MOD, 10, 1, `Question "kc-extra" has no "criteria". Add "criteria:" followed by a list of "- " items.`),
  ],
  'feedback-missing': [
    at(MOD, 10, 1, `Question "kc-order" has no feedback. Add "feedback:" with "correct:" and "incorrect:" texts that explain the answer.`),
  ],
  'scenario-no-steps': [
    at(MOD, 10, 1, `Scenario "sc-desk" has no "steps". Add "steps:" with one entry per step.`),
  ],
  'step-outcome-unknown': [
    at(MOD, 10, 1, `Scenario "sc-desk" has no ending with "outcome: good", so a learner can never see what good service looks like. Mark the best ending "outcome: good".`),
    at(MOD, 27, 14, `Step "good-end" of scenario "sc-desk" has outcome "great". Use good, partial or poor.`),
  ],
  'step-ending-with-choices': [
    at(MOD, 31, 5, `Step "poor-end" of scenario "sc-desk" is an ending (it has an outcome) but also has choices. Remove one of them.`),
  ],
  'figure-no-alt': [
    at(MOD, 10, 1, `The figure at line 9 has no "alt". Add "alt:" saying what the picture shows and means, for learners who cannot see it (alt: "" only for pure decoration).`),
  ],
  'diagram-empty-alt': [
    at(MOD, 11, 6, `The diagram at line 9 has an empty "alt", but a diagram always carries meaning. Say what it shows and means.`),
  ],
  'figure-type': [
    at(MOD, 10, 6, `The picture "notes.txt" is not one a figure can show. Use a file ending .svg, .png, .jpg, .jpeg, .webp.`),
  ],
  'figure-unreadable': [
    at(MOD, 10, 6, `The size of the picture "images/desk.png" cannot be read from the file. Check it opens as the kind of file its name says, and export it again.`),
  ],
  'diagram-kind-unknown': [
    at(MOD, 10, 7, `The diagram at line 9 has kind "venn", which does not exist. Use one of: flow, cycle, pyramid, matrix, timeline.`),
  ],
  'diagram-dot-invalid': [
    at(MOD, 14, 3, `The "dot" of the diagram at line 9 cannot be drawn (syntax error near '['). Check the line: statements look like  a -> b [label="Yes"]  and each label is in double quotes.`),
  ],
  'diagram-item-count': [
    at(MOD, 12, 8, `The diagram at line 9 lists 2 items; a cycle needs 3 to 8 to stay readable on a phone.`),
  ],
  'block-kind-unknown': [
    at(MOD, 9, 1, `":::carousel" opens a block of a kind that does not exist. Use one of: :::callout, :::tabs, :::accordion, :::steps, :::cards.`),
  ],
  'block-variant-unknown': [
    at(MOD, 9, 1, `":::callout warning" is not a kind of callout block. Write :::callout followed by one of: key, law, work.`),
  ],
  'block-parts': [
    at(MOD, 10, 1, `The ":::tabs" block needs at least 2 parts, each under a "###" heading, and this text has none. Start each part with "### Its title".`),
  ],
  'block-unclosed': [
    at(MOD, 23, 1, `The ":::accordion" block is never closed, so the rest of the file is inside it. Close it with a line holding only ":::".`),
  ],
  'block-page-break': [
    at(MOD, 13, 1, `A page break ("##" or "---") is inside the ":::steps" block, but a block cannot span pages. Close the block with ":::" before the page break.`),
  ],
  'fence-unclosed': [
    at(MOD, 23, 1, `The code fence "\`\`\`js" is never closed, so the rest of the file would show as code. Close it with a line holding only the same fence.`),
  ],
  // A "```" opened by mistake before a question: it runs into the question, which shows as code.
  'fence-unclosed-before-block': [
    at(MOD, 9, 1, `The code fence "\`\`\`" is not closed before the "\`\`\`question" block at line 12, so that block would show as code and the fences after it pair up wrongly. Close the fence with a line holding only "\`\`\`", or delete it.`),
    at('unit.md', 10, 9, `Criterion 1.1: it has no knowledge check (add a question block to a module).`),
  ],

  // ---- Files that cannot be read as they are, and text too deep to render ----
  // Latin-1: "café" with its "é" as the single byte 0xe9. (Folders in place of files and
  // broken symbolic links are made at test time: tests/compiler/unreadable.test.ts.)
  'file-not-utf8': [
    at(MOD, 7, 64, `tests/fixtures/invalid/file-not-utf8/01-why-service-matters.md is not saved as UTF-8, and this is its first character that is not (older editors often save as Latin-1 or Windows-1252), so learners would see "\uFFFD" in place of it and others like it. Save the file as UTF-8, then check its accented letters and symbols.`),
  ],
  // "aids" is a file.
  'folder-unreadable': [
    at('aids', 1, 1, `The folder tests/fixtures/invalid/folder-unreadable/aids cannot be read: it is a file. Make it a folder of the unit's files, or remove it.`),
  ],
  'nesting-too-deep-html': [at(MOD, 9, 121, deep('HTML tags', 21, 20))],
  'nesting-too-deep-quote': [at(MOD, 9, 1, deep('quotes (">") and lists', 12, 10))],
  // Twelve levels of list, one a line: reported at the eleventh.
  'nesting-too-deep-list': [at(MOD, 19, 1, deep('quotes (">") and lists', 11, 10))],
  'nesting-too-deep-emphasis': [at(MOD, 9, 121, deep('emphasis marks ("*" or "_")', 21, 20))],
  // "Say the *key* word. " 101 times in one paragraph: reported at its 201st mark.
  'marks-too-many': [
    at(MOD, 9, 2009, `This paragraph has more than 200 emphasis marks ("*", "_" or "~"), which makes the page very slow to build. Split the paragraph, and write "\\_" for an underscore that is not emphasis.`),
  ],
  // "- - - …" 22 times in an option list: the question cannot be read, so 1.1 has no check.
  'nesting-too-deep-yaml': [
    at(MOD, 18, 1, deep('YAML lists and maps', 23, 20)),
    at('unit.md', 10, 9, `Criterion 1.1: it has no knowledge check (add a question block to a module).`),
  ],
  'title-empty-module': [
    at(MOD, 2, 8, `The title of 01-why-service-matters.md is empty, so learners would see no title. Write the title.`),
  ],
  // "## " with nothing after it.
  'title-empty-page': [
    at(MOD, 9, 1, `This page heading is empty, so learners would see no title. Write the title.`),
  ],
  'synoptic-unit-unknown': [
    at('unit.md', 1, 1, `The synoptic unit names "no-such-unit", which is not a unit ref. Use refs from the units' unit.md files.`),
  ],
  'synoptic-outcome-unassessed': [
    at('unit.md', 1, 1, `Learning outcome 1 of workplace-no-checklist is not assessed by any question in assessment.md. Add a question whose criteria include one of workplace-no-checklist's 1.x criteria.`),
  ],
  'synoptic-criterion-too-few': [
    at('assessment.md', 1, 1, `Criterion reflection-no-prompt:1.1 is assessed by 1 question; it needs at least 2 (2 a sitting for 1 sittings), so every sitting draws questions not drawn before. Reference it in more questions.`),
  ],
  'observation-with-pool': [
    at('assessment.md', 1, 1, `This unit is assessed by observation, so assessment.md would never be used. Move its questions into a module as knowledge checks (practice), then delete assessment.md.`),
  ],
};

const SEVERAL = 'several-mistakes';
const caseOf = (d: Diagnostic) => d.file.split('/')[3];

describe('tests/fixtures/invalid', () => {
  let result: CompileResult;
  let byCase: Map<string, string[]>;

  beforeAll(() => {
    // One compile for every case: the compiler reads every unit folder whatever `only` says.
    result = compile(DIR);
    byCase = new Map();
    for (const d of result.diagnostics) {
      expect(d.file.startsWith(`${DIR}/`)).toBe(true);
      byCase.set(caseOf(d), [...(byCase.get(caseOf(d)) ?? []), formatDiagnostic(d)]);
    }
  });

  it('has a test for every fixture folder, and a fixture for every test', () => {
    expect(CASES).toEqual([...Object.keys(EXPECTED), SEVERAL].sort());
    expect(CASES.length).toBeGreaterThanOrEqual(16);
  });

  it('reports every problem as an error, none as a warning', () => {
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics.filter((d) => d.severity !== 'error')).toEqual([]);
  });

  it.each(Object.keys(EXPECTED))('%s', (name) => {
    expect(byCase.get(name) ?? []).toEqual(EXPECTED[name].map((line) => line(name)));
  });

  it('reports a case the same when compiled on its own with `only`', () => {
    const name = 'criterion-id-unquoted';
    const alone = compile(DIR, [name]);
    expect(diagnosticLines(alone)).toEqual(EXPECTED[name].map((line) => line(name)));
    expect(alone.units.map((u) => u.facts.id)).toEqual([name]);
  });

  it('names an unknown unit folder given to `only`', () => {
    expect(diagnosticLines(compile(DIR, ['no-such-unit']))).toEqual([
      `${DIR}/no-such-unit:1:1: There is no unit folder "no-such-unit". Choose one of: ${CASES.join(', ')}.`,
    ]);
  });
});

describe('a unit with several mistakes', () => {
  let lines: string[];
  let diagnostics: Diagnostic[];

  beforeAll(() => {
    const result = compile(DIR, [SEVERAL]);
    diagnostics = result.diagnostics;
    lines = diagnosticLines(result);
  });

  it('reports all of them at once, from every file and both checking stages, sorted by file and line', () => {
    const file = (name: string) => `${DIR}/${SEVERAL}/${name}`;
    expect(lines).toEqual([
      // 01-why-service-matters.md: a broken link in prose, then two mistakes in one question
      `${file(MOD)}:7:61: Link "policy.md" points to a file that does not exist. Correct the path (it is relative to this markdown file) or add the file.`,
      `${file(MOD)}:28:3: Question "kc-listen" is type single but has 2 correct options; it needs exactly one. Mark one option "correct: true", or make it type multiple.`,
      `${file(MOD)}:31:5: Option b of question "kc-listen" has no feedback. Add "feedback:" saying why this answer is right or wrong.`,
      // assessment.md: a bad id (found per block) and a duplicate id (found across the unit)
      `${file('assessment.md')}:28:5: The id "As_Why_3" is not allowed: ids are 2 to 64 characters of a-z, 0-9 and "-", because they become SCORM identifiers. Rename it, for example "as-why-3".`,
      `${file('assessment.md')}:40:1: The id "kc-why" is used twice in this unit (first at ${file(MOD)}:9). Ids key the learner's saved progress, so each must be unique: rename one.`,
      // unit.md: a typo in the front matter
      `${file('unit.md')}:12:1: The front matter of unit.md has an unknown field "gls". Use only: title, ref, level, credits, glh, codes, facts, seed, purpose, version, changes, outcomes, synoptic, observation, assessment, terms.`,
    ]);
  });

  it('lists them in file, line, column order whatever order the checks ran in', () => {
    const sorted = [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
    expect(diagnostics).toEqual(sorted);
    expect(new Set(diagnostics.map((d) => d.file)).size).toBe(3);
  });
});
