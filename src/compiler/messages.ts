// Every diagnostic the compiler gives, by a code that never changes once released (tests, the
// README's table and authors' searches point at it), with its severity and its message: what
// happened and why, then what to do. The wording may improve; the code stays.
import { capital } from '../shared/text.ts';

interface Message<A> {
  severity: 'error' | 'warning';
  message: (args: A) => string;
}

const error = <A>(message: (args: A) => string): Message<A> => ({ severity: 'error', message });
const warning = <A>(message: (args: A) => string): Message<A> => ({ severity: 'warning', message });

type What = { what: string };
type Field = { what: string; key: string };

export const MESSAGES = {
  // ---- YAML ----
  'yaml-malformed': error(
    (a: What & { reason: string }) =>
      `The YAML of ${a.what} cannot be read (${a.reason}). Check the indentation, and write text that contains ": ", "#" or quotes as a "|" block.`,
  ),
  'yaml-no-fields': error((a: What) => `${capital(a.what)} holds no fields. Write its fields as YAML "key: value" lines.`),
  'unknown-field': error((a: Field & { known: string[] }) => `${capital(a.what)} has an unknown field "${a.key}". Use only: ${a.known.join(', ')}.`),
  'field-missing': error((a: Field & { needs: 'text' | 'number' | 'list' }) => {
    const add = { text: 'with its text', number: 'with a whole number', list: 'followed by a list of "- " items' }[a.needs];
    return `${capital(a.what)} has no "${a.key}". Add "${a.key}:" ${add}.`;
  }),
  'field-not-text': error((a: Field) => `"${a.key}" of ${a.what} should be text, not a list or a map. Write it as "${a.key}: text" or as a "|" block.`),
  'field-not-number': error((a: Field & { example: number }) => `"${a.key}" of ${a.what} should be a whole number, such as ${a.example}.`),
  'field-not-boolean': error((a: Field) => `"${a.key}" of ${a.what} should be true or false.`),
  'field-not-list': error((a: Field) => `"${a.key}" of ${a.what} should be a list of "- " items.`),
  'field-not-map': error((a: What) => `${capital(a.what)} should be a set of "key: value" fields.`),
  'list-item-not-text': error((a: Field) => `Each item of "${a.key}" in ${a.what} should be text.`),
  'criterion-unquoted': error(
    (a: What & { written: string; value: number }) =>
      `Criterion ${a.written} in ${a.what} is written without quotes, so YAML reads it as the number ${a.value}. Write it as "${a.written}".`,
  ),
  'criterion-not-text': error((a: What) => `Each criterion in ${a.what} should be a quoted id such as "1.2".`),

  // ---- Files that cannot be read, and the compiler's own faults ----
  'file-is-folder': error(
    (a: { file: string }) => `${a.file} is a folder, but a file of that name is expected. Move what is in it elsewhere, then write ${a.file.split('/').pop()} as a file.`,
  ),
  'file-unreadable': error(
    (a: { file: string; reason: string }) => `${a.file} cannot be read: ${a.reason}. Replace it with the file itself, or remove it.`,
  ),
  'folder-unreadable': error(
    (a: { folder: string; reason: string }) => `The folder ${a.folder} cannot be read: ${a.reason}. Make it a folder of the unit's files, or remove it.`,
  ),
  'file-too-large': error(
    (a: { file: string; limit: string }) =>
      `${a.file} is larger than ${a.limit}, more than any unit's file needs, so it is not read. Split it (modules into several files; an assessment pool into fewer, shorter questions), or remove what was pasted in by mistake.`,
  ),
  'file-not-utf8': error(
    (a: { file: string }) =>
      `${a.file} is not saved as UTF-8, and this is its first character that is not (older editors often save as Latin-1 or Windows-1252), so learners would see "\uFFFD" in place of it and others like it. Save the file as UTF-8, then check its accented letters and symbols.`,
  ),
  'nesting-too-deep': error(
    (a: { what: string; depth?: number; limit: number }) =>
      `Here ${a.what} are nested ${a.depth === undefined ? 'too deep to read' : `${a.depth} deep`}; at most ${a.limit} levels are allowed, so pages stay readable and build in good time. Flatten it, with fewer levels inside each other.`,
  ),
  'marks-too-many': error(
    (a: { limit: number }) =>
      `This paragraph has more than ${a.limit} emphasis marks ("*", "_" or "~"), which makes the page very slow to build. Split the paragraph, and write "\\_" for an underscore that is not emphasis.`,
  ),
  'compiler-fault': error(
    (a: { reason: string }) =>
      `The checker failed while reading this unit (${a.reason}), so it is left out. This is a fault in the checker, not only in the content: report it with this unit attached. Meanwhile look for unusual text in the files you changed last.`,
  ),

  // ---- Unit folders and unit.md ----
  'unit-folder-unknown': error((a: { name: string; folders: string[] }) => `There is no unit folder "${a.name}". Choose one of: ${a.folders.join(', ')}.`),
  'missing-unit-md': error(
    (a: { dir: string }) =>
      `The unit folder ${a.dir} has no unit.md, so it has no title, outcomes or criteria. Add unit.md with the unit's front matter (see the authoring guide in README.md).`,
  ),
  'stray-file': error(
    (a: { file: string }) => `${a.file} is not a module, unit.md or assessment.md, so it would be left out. Name modules "NN-name.md", such as "02-legal-rights.md".`,
  ),
  'unit-no-front-matter': error(
    (_a: object) =>
      'unit.md has no front matter, so the unit has no title, outcomes or criteria. Start the file with a "---" line, the unit\'s YAML fields, and another "---" line.',
  ),
  'unit-ref-invalid': error((a: { ref: string }) => `The unit ref "${a.ref}" is not allowed: use 2 to 64 characters of a-z, 0-9 and "-", such as "l1-cs3".`),
  'unit-ref-duplicate': error(
    (a: { ref: string; first: string }) =>
      `The unit ref "${a.ref}" is also the ref of ${a.first}. Other units name a unit by its ref in criteria such as "${a.ref}:1.1", and packages use it in objective ids, so each unit needs its own: change one.`,
  ),
  'evidence-unknown': error(
    (a: What & { evidence: string }) =>
      `The evidence "${a.evidence}" of ${a.what} is not known. The only value is "workplace"; leave it out for quiz-assessed criteria.`,
  ),
  'checklist-not-workplace': error(
    (a: What) => `${capital(a.what)} has a checklist or product, but only a criterion with "evidence: workplace" is judged against one. Add "evidence: workplace", or remove them.`,
  ),
  'workplace-no-checklist': error(
    (a: { id: string }) =>
      `Criterion ${a.id}: it is evidenced in the workplace but has no checklist of what the assessor must see. Add "checklist:" with the points, in the criterion's words.`,
  ),
  'observation-not-synoptic': error(
    (_a: object) => 'unit.md has an "observation", but only a synoptic unit is assessed by one. Add "synoptic:" naming the units it assesses, or remove "observation".',
  ),
  'observation-with-pool': error(
    (_a: object) =>
      'This unit is assessed by observation, so assessment.md would never be used. Move its questions into a module as knowledge checks (practice), then delete assessment.md.',
  ),
  'aid-name': error(
    (a: { file: string }) => `aids/${a.file} is not named as a job aid is. Name it with 2 to 64 of a-z, 0-9 and "-", then ".md", such as "refund-timeline.md".`,
  ),
  'aid-no-front-matter': error(
    (a: { file: string }) => `${a.file} has no front matter. Start it with "---", then "title:" and "summary:" (a sentence for the contents), then "---".`,
  ),
  'aid-activity': error(
    (a: { kind: string }) => `A job aid holds a ${a.kind} block, but a job aid is a page to print, not to answer. Move the block into a module.`,
  ),
  'change-date-invalid': error((a: What & { date: string }) => `The date "${a.date}" of ${a.what} should be written like 2026-12-04.`),
  'criterion-declared-twice': error(
    (a: { id: string }) => `Criterion "${a.id}" is declared twice in unit.md. Each criterion id appears once; correct the id from the unit specification.`,
  ),
  'criterion-id-unquoted': error(
    (a: What & { written: string; value: number }) =>
      `The id of ${a.what} is written without quotes, so YAML reads ${a.written} as the number ${a.value}. Write it as id: "${a.written}".`,
  ),
  'module-no-front-matter': error(
    (a: { file: string }) => `${a.file} has no front matter. Start it with "---", then title, criteria and minutes, then "---".`,
  ),
  'module-empty': error((a: { file: string }) => `${a.file} has no content. Write the module's teaching below its front matter.`),
  'duplicate-module-id': error(
    (a: { file: string; id: string; first: string }) =>
      `${a.file} is the module "${a.id}", like ${a.first}: a module's id is its file name without the number, and names its pages and, when modules are packaged one at a time, its package. Rename one of the files.`,
  ),
  'assessment-not-question': error(
    (a: { kind: string }) => `assessment.md holds a ${a.kind} block, but the assessment pool takes questions only. Move it into a module.`,
  ),

  // ---- Activity blocks ----
  'invalid-id': error(
    (a: { id: string; suggestion: string }) =>
      `The id "${a.id}" is not allowed: ids are 2 to 64 characters of a-z, 0-9 and "-", because they become SCORM identifiers. Rename it, for example "${a.suggestion}".`,
  ),
  'duplicate-id': error(
    (a: { id: string; first: string }) =>
      `The id "${a.id}" is used twice in this unit (first at ${a.first}). Ids key the learner's saved progress, so each must be unique: rename one.`,
  ),
  'progress-key-clash': error(
    (a: { first: string; firstAt: string; id: string; key: string }) =>
      `The ids "${a.first}" (at ${a.firstAt}) and "${a.id}" have the same short key "${a.key}" in the learner's saved progress, so one would overwrite the other's answers. Rename one of them.`,
  ),
  'question-ref-clash': error(
    (a: { first: string; firstAt: string; id: string; ref: string }) =>
      `The assessment questions "${a.first}" (at ${a.firstAt}) and "${a.id}" have the same reference "${a.ref}", which the learner sees beside the question, the answer key lists and the LMS records, so the two could not be told apart. Rename one of them.`,
  ),
  'activity-no-criteria': error((a: { label: string }) => `${a.label} lists no criteria. Add criteria: ["1.1"] naming what it assesses.`),
  'question-unknown-type': error(
    (a: What & { type: string; types: string[] }) => `${capital(a.what)} has type "${a.type}", which does not exist. Use one of: ${a.types.join(', ')}.`,
  ),
  'option-no-feedback': error(
    (a: What & { key: string }) => `Option ${a.key} of ${a.what} has no feedback. Add "feedback:" saying why this answer is right or wrong.`,
  ),
  'too-few-options': error((a: What & { count: number }) => `${capital(a.what)} has ${a.count} options; a question needs 2 to 8. Add options.`),
  'too-many-options': error((a: What & { count: number }) => `${capital(a.what)} has ${a.count} options; a question needs 2 to 8. Remove options.`),
  'single-correct-count': error(
    (a: What & { count: number }) =>
      `${capital(a.what)} is type single but has ${a.count} correct options; it needs exactly one. Mark one option "correct: true", or make it type multiple.`,
  ),
  'multiple-no-correct': error((a: What) => `${capital(a.what)} is type multiple but has no correct option. Mark at least one option "correct: true".`),
  'truefalse-shape': error(
    (a: What) => `${capital(a.what)} is type truefalse, so it needs exactly two options (True and False) with one marked "correct: true".`,
  ),
  'feedback-missing': error(
    (a: What) => `${capital(a.what)} has no feedback. Add "feedback:" with "correct:" and "incorrect:" texts that explain the answer.`,
  ),
  'item-count': error(
    (a: What & { count: number; meaning: string; min: number; max: number }) =>
      `${capital(a.what)} lists ${a.count} ${a.meaning}; it needs ${a.min} to ${a.max}.`,
  ),
  'pair-count': error((a: What & { count: number }) => `${capital(a.what)} has ${a.count} pairs; a match question needs 2 to 8.`),
  'scenario-start-missing': error(
    (a: What & { start: string; steps: string[] }) =>
      `${capital(a.what)} starts at "${a.start}", but there is no step with that name. Set "start:" to one of: ${a.steps.join(', ')}.`,
  ),
  'scenario-next-missing': error(
    (a: What & { step: string; next: string }) =>
      `A choice in step "${a.step}" of ${a.what} leads to "${a.next}", but there is no step with that name. Add that step or correct "next:".`,
  ),
  'scenario-unreachable': error(
    (a: What & { step: string; start: string }) =>
      `Step "${a.step}" of ${a.what} can never be reached from "${a.start}". Point a choice's "next:" at it, or delete it.`,
  ),
  'scenario-loop': error(
    (a: What & { step: string }) =>
      `From step "${a.step}" of ${a.what} no path reaches an ending, so a learner would go round in circles. Give one of its paths a step with an "outcome:".`,
  ),
  'scenario-no-good-ending': error(
    (a: What) =>
      `${capital(a.what)} has no ending with "outcome: good", so a learner can never see what good service looks like. Mark the best ending "outcome: good".`,
  ),
  'scenario-dead-end': error(
    (a: What) =>
      `${capital(a.what)} has neither choices nor an outcome, so the scenario stops there. Add "choices:", or "outcome: good", "partial" or "poor" to make it an ending.`,
  ),
  'scenario-no-steps': error((a: What) => `${capital(a.what)} has no "steps". Add "steps:" with one entry per step.`),
  'reflection-no-model': error(
    (a: What & { missing: string[] }) =>
      `${capital(a.what)} has no ${a.missing.map((k) => `"${k}"`).join(', ')}. Add "model:" (what a good answer covers, shown to the learner once they save theirs) and annotated "strong:" and "weak:" examples for the tutor guide.`,
  ),
  'step-outcome-unknown': error((a: What & { outcome: string }) => `${capital(a.what)} has outcome "${a.outcome}". Use good, partial or poor.`),
  'step-ending-with-choices': error(
    (a: What) => `${capital(a.what)} is an ending (it has an outcome) but also has choices. Remove one of them.`,
  ),

  // ---- Criteria and coverage ----
  'criterion-unknown-unit': error(
    (a: { ref: string; unit: string; units: string[] }) =>
      `Criterion "${a.ref}" names the unit "${a.unit}", which does not exist. Use a unit ref from a unit.md: ${a.units.join(', ')}.`,
  ),
  'criterion-unknown': error(
    (a: { ref: string; where: string; known: string[] }) =>
      `Criterion "${a.ref}" is not in ${a.where}. ${
        a.known.length ? `Use one of: ${a.known.join(', ')}.` : 'This unit declares no criteria of its own: reference another unit\'s, such as "l1-cs1:1.1".'
      }`,
  ),
  'criterion-no-teaching': error((a: { id: string }) => `Criterion ${a.id}: no module teaches it (add "${a.id}" to a module's criteria).`),
  'criterion-no-check': error((a: { id: string }) => `Criterion ${a.id}: it has no knowledge check (add a question block to a module).`),
  'criterion-too-few-questions': error(
    (a: { id: string; count: number; perCriterion: number; attempts: number }) =>
      `Criterion ${a.id}: it has ${a.count} assessment question${a.count === 1 ? '' : 's'} and needs at least ${a.perCriterion * a.attempts} (${a.perCriterion} a sitting for ${a.attempts} sittings), so every sitting draws questions not drawn before (add to assessment.md).`,
  ),
  'workplace-no-reflection': error(
    (a: { id: string }) => `Criterion ${a.id}: it is evidenced in the workplace but has no reflection (add a reflection block).`,
  ),
  'synoptic-unit-unknown': error(
    (a: { ref: string }) => `The synoptic unit names "${a.ref}", which is not a unit ref. Use refs from the units' unit.md files.`,
  ),
  'synoptic-outcome-unassessed': error(
    (a: { unit: string; outcome: string }) =>
      `Learning outcome ${a.outcome} of ${a.unit} is not assessed by any question in assessment.md. Add a question whose criteria include one of ${a.unit}'s ${a.outcome}.x criteria.`,
  ),
  'synoptic-criterion-too-few': error(
    (a: { ref: string; count: number; perCriterion: number; attempts: number }) =>
      `Criterion ${a.ref} is assessed by ${a.count} question${a.count === 1 ? '' : 's'}; it needs at least ${a.perCriterion * a.attempts} (${a.perCriterion} a sitting for ${a.attempts} sittings), so every sitting draws questions not drawn before. Reference it in more questions.`,
  ),

  // ---- Markdown ----
  'raw-html-removed': error(
    (a: { what: string }) => `Raw HTML ${a.what} is removed when the page is sanitised, so learners would not see it. Write it in markdown instead, or delete it.`,
  ),
  'link-outside-unit': error(
    (a: { kind: string; href: string }) =>
      `${a.kind} "${a.href}" points outside the unit folder, so the file would not be in the unit's package. Copy the file into the unit folder and give its path relative to this markdown file.`,
  ),
  'link-missing': error(
    (a: { kind: string; href: string }) =>
      `${a.kind} "${a.href}" points to a file that does not exist. Correct the path (it is relative to this markdown file) or add the file.`,
  ),

  // ---- Figures and diagrams ----
  'figure-no-alt': error(
    (a: What) =>
      `${capital(a.what)} has no "alt". Add "alt:" saying what the picture shows and means, for learners who cannot see it (alt: "" only for pure decoration).`,
  ),
  'diagram-empty-alt': error((a: What) => `${capital(a.what)} has an empty "alt", but a diagram always carries meaning. Say what it shows and means.`),
  'figure-type': error(
    (a: { src: string; types: string[] }) => `The picture "${a.src}" is not one a figure can show. Use a file ending ${a.types.join(', ')}.`,
  ),
  'figure-unreadable': error(
    (a: { src: string }) => `The size of the picture "${a.src}" cannot be read from the file. Check it opens as the kind of file its name says, and export it again.`,
  ),
  'diagram-kind-unknown': error(
    (a: What & { kind: string; kinds: readonly string[] }) => `${capital(a.what)} has kind "${a.kind}", which does not exist. Use one of: ${a.kinds.join(', ')}.`,
  ),
  'diagram-dot-invalid': error(
    (a: What & { reason: string }) =>
      `The "dot" of ${a.what} cannot be drawn (${a.reason}). Check the line: statements look like  a -> b [label="Yes"]  and each label is in double quotes.`,
  ),
  'diagram-item-count': error(
    (a: What & { kind: string; count: number; min: number; max: number }) =>
      `${capital(a.what)} lists ${a.count} items; a ${a.kind} needs ${a.min === a.max ? a.min : `${a.min} to ${a.max}`} to stay readable on a phone.`,
  ),

  // ---- ::: blocks and the layout of a file ----
  'block-kind-unknown': error(
    (a: { opened: string; kinds: string[] }) => `"${a.opened}" opens a block of a kind that does not exist. Use one of: ${a.kinds.map((k) => `:::${k}`).join(', ')}.`,
  ),
  'block-variant-unknown': error(
    (a: { opened: string; kind: string; variants: string[] }) =>
      `"${a.opened}" is not a kind of ${a.kind} block. ${a.variants.length ? `Write :::${a.kind} followed by one of: ${a.variants.join(', ')}.` : `Write :::${a.kind} alone.`}`,
  ),
  'block-parts': error(
    (a: { opened: string; needed: number }) =>
      `The "${a.opened}" block needs ${a.needed === 1 ? 'each of its parts' : `at least ${a.needed} parts, each`} under a "###" heading, and this text has none. Start each part with "### Its title".`,
  ),
  'block-unclosed': error(
    (a: { opened: string }) => `The "${a.opened}" block is never closed, so the rest of the file is inside it. Close it with a line holding only ":::".`,
  ),
  'block-page-break': error(
    (a: { opened: string }) =>
      `A page break ("##" or "---") is inside the "${a.opened}" block, but a block cannot span pages. Close the block with ":::" before the page break.`,
  ),
  'fence-unclosed': error((a: { opened: string; swallows?: { opened: string; line: number } }) =>
    a.swallows
      ? `The code fence "${a.opened}" is not closed before the "${a.swallows.opened}" block at line ${a.swallows.line}, so that block would show as code and the fences after it pair up wrongly. Close the fence with a line holding only "${a.opened.replace(/[^`~]/g, '')}", or delete it.`
      : `The code fence "${a.opened}" is never closed, so the rest of the file would show as code. Close it with a line holding only the same fence.`,
  ),
  'title-empty': error((a: What) => `${capital(a.what)} is empty, so learners would see no title. Write the title.`),

  // ---- Key terms ----
  'term-unused': warning(
    (a: { term: string }) =>
      `The key term "${a.term}" is not used on any page, so learners meet it only in the glossary. Use it in the unit's teaching, or remove it from terms.`,
  ),
  'term-duplicate': warning(
    (a: { term: string; line: number }) =>
      `The key term "${a.term}" is declared twice in unit.md (first at line ${a.line}), so only the first definition is used. Remove one of them.`,
  ),

  // ---- quality.yaml ----
  'quality-section-missing': error((a: What & { key: string; add: string }) => `${a.what} has no "${a.key}". Add "${a.key}:" with ${a.add}.`),
  'quality-not-percent': error(
    (a: What & { key: string; value: number }) => `"${a.key}" of ${a.what} is ${a.value}, but it is a per cent. Write a whole number from 0 to 100, such as 60.`,
  ),
  'quality-unstated-unknown': error(
    (a: { level: string; levels: string[] }) => `"unstated" in quality.yaml names level "${a.level}", which has no targets. Use one of: ${a.levels.join(', ')}.`,
  ),
  'quality-limits-missing': error((a: What & { key: string; measures: string[] }) => `${a.what} has no "${a.key}". Add "${a.key}:" with ${a.measures.join(', ')}.`),

  // ---- Reading level ----
  'sentence-too-long': error(
    (a: { words: number; limit: number; level: string; start: string }) =>
      `This sentence has ${a.words} words, more than the ${a.limit} allowed at ${a.level}: "${a.start}". Split it into shorter sentences, or make a list of it.`,
  ),
  'page-far-above-level': error(
    (a: { title: string; level: string; reasons: string[]; longest: string }) =>
      `${a.title} reads far above ${a.level}: ${a.reasons.join(', ')}. Its longest sentences: ${a.longest}. Rewrite it in shorter sentences and plainer words.`,
  ),
  'page-above-level': warning(
    (a: { title: string; level: string; reasons: string[]; longest: string }) =>
      `${a.title} reads above its target for ${a.level}: ${a.reasons.join(', ')}. Its longest sentences: ${a.longest}. Split long sentences and prefer short, everyday words.`,
  ),

  // ---- Question lint ----
  'question-near-duplicate': warning(
    (a: { id: string; first: string; line: number; share: number }) =>
      `The question "${a.id}" reads almost the same as "${a.first}" (line ${a.line}): ${a.share}% of their three-word phrases match. A learner could meet both in one sitting or on a retake; reword one, or make it test a different point.`,
  ),
  'feedback-says-nothing': warning(
    (a: { id: string; which: string }) =>
      `The feedback of question "${a.id}" for ${a.which} only says right or wrong. Say why the answer is right or wrong, so the learner learns from it.`,
  ),

  // ---- Surface cues (quality.yaml "cues") ----
  'cue-strategy': error(
    (a: { unit: string; strategy: string; figure: number; limit: number; guessing: number; items: string }) =>
      `A learner who knows nothing and always picks by "${a.strategy}" would meet ${a.figure}% of ${a.unit}'s quiz-assessed criteria over every sitting (at most ${a.limit}%; blind guessing meets ${a.guessing}%). Make the options of the questions that give it away look alike, starting with ${a.items}.`,
  ),
  'cue-length': error(
    (a: { unit: string; which: string; figure: number; limit: number; chance: number; items: string }) =>
      `In ${a.unit}, the correct option of ${a.figure}% of single-answer questions is the ${a.which} (at most ${a.limit}%; chance is ${a.chance}%). Even out option lengths, starting with ${a.items}.`,
  ),
  'cue-absolute': error(
    (a: { unit: string; figure: number; limit: number; items: string }) =>
      `In ${a.unit}, only wrong options use "always", "never", "only", "all", "none" or "must" in ${a.figure}% of questions (at most ${a.limit}%), so ruling them out finds the answer. Use such words in right options too, or in none, starting with ${a.items}.`,
  ),
  'cue-position': error(
    (a: { unit: string; figure: number; limit: number }) =>
      `In ${a.unit}, ${a.figure}% of single-answer questions have their correct option at the same written position (at most ${a.limit}%). Spread the correct options over a, b, c and d.`,
  ),
  'cue-correct-count': error(
    (a: { unit: string; figure: number; limit: number }) =>
      `In ${a.unit}, ${a.figure}% of multiple-answer questions have the same number of correct options (at most ${a.limit}%), so a learner can tick that many. Vary how many are right.`,
  ),
  'cue-true-false': error(
    (a: { unit: string; figure: number; min: number; max: number }) =>
      `In ${a.unit}, ${a.figure}% of true/false questions are keyed True (${a.min}% to ${a.max}% expected), so always answering one way pays. Balance the keys.`,
  ),
  'cue-all-of-the-above': error(
    (a: { id: string; key: string }) =>
      `Option ${a.key} of question "${a.id}" refers to the other options ("All of the above", "Both of these"), which makes no sense once options are shuffled. Rewrite it as an answer of its own; "None of these" is kept only with "fixed: true".`,
  ),

  // ---- The legislation register ----
  'register-detail-missing': error(
    (a: What & { status: string }) =>
      `${capital(a.what)} is ${a.status} but has no "detail". Say what still applies and to whom, such as "still applies to sales between businesses".`,
  ),
  'register-replaced-by-missing': error(
    (a: What & { status: string }) =>
      `${capital(a.what)} is ${a.status} but has no "replacedBy". Say what replaced it, so the course and the tutor guide can teach the law that applies now.`,
  ),
  'register-in-force-replaced': error(
    (a: What) =>
      `${capital(a.what)} is in force but has "replacedBy". If another law replaced it, make its status superseded, repealed or revoked; if it was only amended, say so in "detail".`,
  ),
  'register-title-suffix': error(
    (a: { title: string; n: number }) =>
      `The title "${a.title}" of entry ${a.n} does not end in "Act", "Regulations", "Regulation" or "Order", so the content's mentions of it cannot be found. Write the short title as legislation.gov.uk gives it, and other names under "aliases".`,
  ),
  'register-name-year': error((a: { subject: string; year: string }) => `${a.subject} ends in its year. Write it without the year, which belongs in "year: ${a.year}".`),
  'register-year-missing': error((a: What) => `${capital(a.what)} has no "year". Add "year:" with the year in the law's title, such as 2010.`),
  'register-year-invalid': error((a: What) => `"year" of ${a.what} should be the four-digit year in the law's title, such as 2010.`),
  'register-status-unknown': error(
    (a: What & { status: string; statuses: readonly string[] }) =>
      `${capital(a.what)} has status "${a.status}", which the check does not know. Use one of: ${a.statuses.join(', ')}.`,
  ),
  'register-reviewed-invalid': error(
    (a: What & { today: string }) => `"reviewed" of ${a.what} should be the date the entry was last checked, written like ${a.today}.`,
  ),
  'register-reviewed-future': error(
    (a: What & { reviewed: string; today: string }) =>
      `${capital(a.what)} says it was reviewed on ${a.reviewed}, which is after today (${a.today}). Write the date it was last checked.`,
  ),
  'register-review-stale': warning(
    (a: What & { reviewed: string }) =>
      `${capital(a.what)} was last reviewed on ${a.reviewed}, more than a year ago. Check its status and what replaced it on legislation.gov.uk, then set "reviewed" to the date you checked.`,
  ),
  'register-duplicate': error((a: { key: string; line: number }) => `The ${a.key} is in the legislation register twice (also at line ${a.line}). Keep one entry.`),
  'register-alias-shared': error(
    (a: { name: string; other: string; title: string }) =>
      `The name "${a.name}" is given to both the ${a.other} and the ${a.title}, so a mention of it cannot be checked. Keep it on one entry.`,
  ),

  // ---- Legislation named in the content ----
  'law-year-only-unknown': error(
    (a: { written: string; kind: string; year: number }) =>
      `"${a.written}" refers to no ${a.kind} of ${a.year} that this file names in full. Name it in full, or correct the year.`,
  ),
  'law-not-listed': error(
    (a: { written: string; register: string }) =>
      `"${a.written}" is not in the legislation register (${a.register}). Check its title and year on legislation.gov.uk, then add it to the register with its status.`,
  ),
  'law-wrong-year': error(
    (a: { written: string; listed: string }) => `"${a.written}" has the wrong year: the legislation register lists ${a.listed}. Correct the year.`,
  ),
  'law-replaced-taught': error(
    (a: { law: string; replaced: string; by: string }) =>
      `The ${a.law} is taught here as current law, but the legislation register says it is ${a.replaced} and was replaced by ${a.by}. Teach the law that applies now, or say in this sentence or the one before that it was replaced.`,
  ),
} satisfies Record<string, Message<never>>;

export type Code = keyof typeof MESSAGES;
export type ArgsOf<C extends Code> = Parameters<(typeof MESSAGES)[C]['message']>[0];
