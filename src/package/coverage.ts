import { type CueFigures, unitCues } from '../compiler/cues.ts';
import { figuresOf, proseFromHtml, type ReadingFigures, sentencesOf } from '../compiler/readability.ts';
import type { Activity, Page, Unit } from '../shared/course.ts';
import { splitRef } from '../shared/course.ts';
import { criterionRef } from './split.ts';

/** What teaches and assesses one criterion of one unit. */
export interface CoverageRow {
  /** Id of the unit whose package covers the criterion. */
  unit: string;
  /** Resolved reference, unique across units: "l1-cs1:2.1". */
  ref: string;
  outcome: string;
  criterion: string;
  text: string;
  evidence: 'quiz' | 'workplace';
  /** Title of the unit the criterion belongs to when it is another unit's (synoptic units); else "". */
  from: string;
  /** Ids of the pages of every module that teaches it. */
  pages: string[];
  /** Ids of the knowledge-check questions on those and other pages. */
  checks: string[];
  /** Ids of the unit's assessment questions. */
  assessment: string[];
  reflections: string[];
  scenarios: string[];
}

type CriterionFacts = Pick<CoverageRow, 'ref' | 'outcome' | 'criterion' | 'text' | 'evidence' | 'from'>;

function ownCriteria(unit: Unit): CriterionFacts[] {
  return unit.outcomes.flatMap((outcome) =>
    outcome.criteria.map((criterion) => ({
      ref: criterionRef(unit, criterion.id),
      outcome: outcome.id,
      criterion: criterion.id,
      text: criterion.text,
      evidence: criterion.evidence ?? 'quiz',
      from: '',
    })),
  );
}

// A synoptic unit assesses other units' criteria with its own question pool.
function externalCriteria(unit: Unit): CriterionFacts[] {
  if (unit.facts.synoptic.length === 0) return [];
  return Object.entries(unit.external).map(([ref, external]) => ({
    ref,
    outcome: external.outcomeId,
    criterion: splitRef(ref).id,
    text: external.text,
    evidence: 'quiz',
    from: external.unitTitle,
  }));
}

function activitiesOn(pages: Page[]): Activity[] {
  return pages.flatMap((page) => page.blocks.filter((block): block is Activity => block.kind !== 'html'));
}

function coverageOf(unit: Unit, facts: CriterionFacts, activities: Activity[]): CoverageRow {
  const citing = (kind: Activity['kind']) =>
    activities
      .filter((activity) => activity.kind === kind && activity.criteria.includes(facts.ref))
      .map((activity) => activity.id);
  return {
    unit: unit.facts.id,
    ...facts,
    pages: unit.modules
      .filter((module) => module.criteria.includes(facts.ref))
      .flatMap((module) => module.pages.map((page) => page.id)),
    checks: citing('question'),
    assessment: unit.pool.filter((question) => question.criteria.includes(facts.ref)).map((q) => q.id),
    reflections: citing('reflection'),
    scenarios: citing('scenario'),
  };
}

/** How hard one unit's teaching pages are to read, and how far surface cues give its answers away, measured as the checker measures them. */
export interface UnitReading extends ReadingFigures {
  unit: string;
  /** The unit's level as unit.md states it; "" where it states none. */
  level: string;
  cues: CueFigures;
}

export interface Coverage {
  criteria: CoverageRow[];
  units: UnitReading[];
}

function readingOf(unit: Unit): UnitReading {
  const pages = [...unit.intro, ...unit.modules.flatMap((module) => module.pages)];
  const html = pages.flatMap((page) => page.blocks.flatMap((block) => (block.kind === 'html' ? [block.html] : [])));
  return { unit: unit.facts.id, level: unit.facts.level ?? '', ...figuresOf(sentencesOf(html.flatMap(proseFromHtml))), cues: unitCues(unit) };
}

/** One row per criterion of every unit (and per external criterion of synoptic units), and each unit's reading figures. */
export function buildCoverage(units: Unit[]): Coverage {
  const criteria = units.flatMap((unit) => {
    const activities = activitiesOn([...unit.intro, ...unit.modules.flatMap((module) => module.pages)]);
    return [...ownCriteria(unit), ...externalCriteria(unit)].map((facts) =>
      coverageOf(unit, facts, activities),
    );
  });
  return { criteria, units: units.map(readingOf) };
}

/** reports/coverage.json */
export const coverageJson = (coverage: Coverage) => `${JSON.stringify(coverage, null, 2)}\n`;

// The unit's reading figures repeat on each of its rows, so the CSV stays one table.
const READING_COLUMNS: { header: string; value: (reading: UnitReading) => string }[] = [
  { header: 'unit_level', value: (r) => r.level },
  { header: 'unit_words_per_sentence', value: (r) => String(r.wordsPerSentence) },
  { header: 'unit_long_words_percent', value: (r) => String(r.longWords) },
  { header: 'unit_reading_ease', value: (r) => String(r.readingEase) },
  { header: 'unit_grade', value: (r) => String(r.grade) },
  // The share of quiz-assessed criteria the most successful surface-cue strategy would meet.
  { header: 'unit_cue_strategy_percent', value: (r) => String(Math.max(...Object.values(r.cues.strategies))) },
];

const CSV_COLUMNS: { header: string; value: (row: CoverageRow) => string }[] = [
  { header: 'unit', value: (row) => row.unit },
  { header: 'ref', value: (row) => row.ref },
  { header: 'outcome', value: (row) => row.outcome },
  { header: 'criterion', value: (row) => row.criterion },
  { header: 'text', value: (row) => row.text },
  { header: 'evidence', value: (row) => row.evidence },
  { header: 'from_unit', value: (row) => row.from },
  { header: 'pages', value: (row) => row.pages.join(' ') },
  { header: 'knowledge_checks', value: (row) => row.checks.join(' ') },
  { header: 'assessment_items', value: (row) => row.assessment.join(' ') },
  { header: 'reflections', value: (row) => row.reflections.join(' ') },
  { header: 'scenarios', value: (row) => row.scenarios.join(' ') },
];

// RFC 4180: a field holding a quote, comma or line break is quoted, its quotes doubled.
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

const csvLine = (fields: string[]) => `${fields.map(csvField).join(',')}\r\n`;

/** reports/coverage.csv: a header row, then one row per criterion; lists are space-separated ids. */
export function coverageCsv({ criteria, units }: Coverage): string {
  const reading = new Map(units.map((r) => [r.unit, r]));
  const line = (row: CoverageRow) =>
    csvLine([...CSV_COLUMNS.map((column) => column.value(row)), ...READING_COLUMNS.map((column) => column.value(reading.get(row.unit)!))]);
  // The byte-order mark makes Excel, the spreadsheet most LMS admins open this in, read UTF-8.
  return '\uFEFF' + csvLine([...CSV_COLUMNS, ...READING_COLUMNS].map((column) => column.header)) + criteria.map(line).join('');
}
