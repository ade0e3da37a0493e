// Reads unit.md: the unit's facts, version, outcomes, criteria, assessment settings and key terms.
import { isScalar, type YAMLMap } from 'yaml';
import type { AssessmentSettings, KeyTerm, Outcome, Release, UnitFacts } from '../shared/course.ts';
import type { Diagnostics, Position } from './diagnostics.ts';
import { plainText, type RenderContext } from './markdown.ts';
import type { SourceText, TextRole } from './source-text.ts';
import type { SourceFile } from './source.ts';
import { type CriterionMention, writtenNumber, YamlReader } from './yaml-reader.ts';

export interface UnitFile {
  facts: UnitFacts;
  outcomes: Outcome[];
  assessment: AssessmentSettings;
  terms: KeyTerm[];
  /** Where each criterion is declared, keyed by its id, for coverage diagnostics. */
  criterionAt: Map<string, Position>;
  /** Where each of `terms` is declared, in the same order, for key-term diagnostics. */
  termAt: Position[];
  /** Where "ref:" is written, for a ref another unit also uses. */
  refAt: Position;
  /** The front matter's texts a learner reads (and the criteria, kept verbatim from the seed). */
  texts: SourceText[];
  /** A synoptic unit's observation, its criteria as written (resolved in rules.ts). */
  observation?: { title: string; brief: string; criteria: { mention: CriterionMention; checklist: string[] }[]; at: Position };
}

const FIELDS = [
  'title', 'ref', 'level', 'credits', 'glh', 'codes', 'facts', 'seed', 'purpose', 'version', 'changes',
  'outcomes', 'synoptic', 'observation', 'assessment', 'terms',
];
/** Questions drawn per criterion in each sitting, and sittings allowed, where unit.md does not say. */
export const DEFAULT_ASSESSMENT: AssessmentSettings = { perCriterion: 2, attempts: 3 };
const WHAT = 'the front matter of unit.md';

/** `render` turns a markdown field into sanitised HTML, with its position for diagnostics. */
export function readUnitFile(
  unitId: string,
  source: SourceFile,
  diags: Diagnostics,
  render: (text: string, ctx: Pick<RenderContext, 'at' | 'indent'>) => string,
): UnitFile | undefined {
  if (!source.frontMatter) {
    diags.report({ file: source.file, line: 1, col: 1 }, 'unit-no-front-matter', {});
    return undefined;
  }
  const r = new YamlReader(source.frontMatter, diags, WHAT);
  const m = r.root;
  if (!m) return undefined;
  r.onlyKnown(m, FIELDS, WHAT);
  const texts: SourceText[] = [];
  const note = (role: TextRole, node: Parameters<YamlReader['sourceText']>[1]) => {
    const text = r.sourceText(role, node);
    if (text) texts.push(text);
  };
  note('title', r.node(m, 'title'));
  note('purpose', r.node(m, 'purpose'));
  const synoptic = (r.stringList(m, 'synoptic', WHAT, false) ?? []).map((s) => s.value);
  const facts: UnitFacts = {
    id: unitId,
    ref: r.string(m, 'ref', WHAT) ?? unitId,
    title: plainText(r.string(m, 'title', WHAT) ?? unitId),
    level: r.string(m, 'level', WHAT, false),
    credits: r.string(m, 'credits', WHAT, false),
    glh: r.string(m, 'glh', WHAT, false),
    codes: readLabels(r, m, 'codes', note),
    facts: readLabels(r, m, 'facts', note),
    seed: r.string(m, 'seed', WHAT) ?? '',
    purpose: r.string(m, 'purpose', WHAT) ?? '',
    synoptic,
    version: r.string(m, 'version', WHAT, false) ?? '1',
    changes: readChanges(r, m),
  };
  if (facts.title === '') diags.report(r.at(r.node(m, 'title')), 'title-empty', { what: 'the title of unit.md' });
  if (!/^[a-z0-9-]{2,64}$/.test(facts.ref)) {
    diags.report(r.at(r.node(m, 'ref')), 'unit-ref-invalid', { ref: facts.ref });
  }
  const criterionAt = new Map<string, Position>();
  const termAt: Position[] = [];
  const outcomes = synoptic.length > 0 && !r.has(m, 'outcomes') ? [] : readOutcomes(r, m, criterionAt, note);
  const terms = readTerms(r, m, termAt, note);
  const observation = r.has(m, 'observation') ? readObservation(r, m, synoptic.length > 0, note, render) : undefined;
  return { facts, outcomes, assessment: readAssessment(r, m), terms, criterionAt, termAt, refAt: r.at(r.node(m, 'ref')), texts, observation };
}

function readChanges(r: YamlReader, m: YAMLMap): Release[] {
  return (r.list(m, 'changes', WHAT, false) ?? []).flatMap((node, i) => {
    const what = `change ${i + 1} in unit.md`;
    const cm = r.map(node, what);
    if (!cm) return [];
    r.onlyKnown(cm, ['version', 'date', 'note'], what);
    const version = r.string(cm, 'version', what);
    const date = r.string(cm, 'date', what);
    const note = r.string(cm, 'note', what);
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) r.diags.report(r.at(r.node(cm, 'date')), 'change-date-invalid', { what, date });
    return version !== undefined && date !== undefined && note !== undefined ? [{ version, date, note }] : [];
  });
}

/** The checklist of a workplace criterion or an observed criterion: at least one point, each a line of text. */
function readChecklist(r: YamlReader, map: YAMLMap, what: string, note: Note, required: boolean): string[] {
  const items = r.stringList(map, 'checklist', what, required) ?? [];
  for (const node of r.list(map, 'checklist', what, false) ?? []) note('checklist', node);
  return items.map((i) => plainText(i.value));
}

function readObservation(
  r: YamlReader,
  m: YAMLMap,
  synoptic: boolean,
  note: Note,
  render: (text: string, ctx: Pick<RenderContext, 'at' | 'indent'>) => string,
): UnitFile['observation'] {
  const what = '"observation" in unit.md';
  const om = r.map(r.node(m, 'observation'), what);
  if (!om) return undefined;
  if (!synoptic) {
    r.diags.report(r.keyAt(m, 'observation'), 'observation-not-synoptic', {});
    return undefined;
  }
  r.onlyKnown(om, ['title', 'brief', 'criteria'], what);
  const title = r.string(om, 'title', what) ?? '';
  note('title', r.node(om, 'title'));
  const brief = r.string(om, 'brief', what) ?? '';
  note('prose', r.node(om, 'brief'));
  const criteria = (r.list(om, 'criteria', what) ?? []).flatMap((node, i) => {
    const cw = `observed criterion ${i + 1} in unit.md`;
    const cm = r.map(node, cw);
    if (!cm) return [];
    r.onlyKnown(cm, ['ref', 'checklist'], cw);
    const ref = r.string(cm, 'ref', cw);
    const checklist = readChecklist(r, cm, cw, note, true);
    return ref === undefined ? [] : [{ mention: { ref, at: r.at(r.node(cm, 'ref')) }, checklist }];
  });
  return { title: plainText(title), brief: brief ? render(brief, r.textAt(r.node(om, 'brief'))) : '', criteria, at: r.at(om) };
}

type Note = (role: TextRole, node: Parameters<YamlReader['sourceText']>[1]) => void;

function readLabels(r: YamlReader, m: YAMLMap, key: string, note: Note): Record<string, string> {
  const node = r.node(m, key);
  if (node === undefined) return {};
  const map = r.map(node, `"${key}" in ${WHAT}`);
  const out: Record<string, string> = {};
  for (const pair of map?.items ?? []) {
    const label = String((pair.key as { value?: unknown }).value ?? '');
    const value = map ? r.string(map, label, `"${key}" in ${WHAT}`, false) : undefined;
    if (value !== undefined) out[label] = value;
    note('fact', pair.value as never);
  }
  return out;
}

function readOutcomes(r: YamlReader, m: YAMLMap, criterionAt: Map<string, Position>, note: Note): Outcome[] {
  const nodes = r.list(m, 'outcomes', WHAT) ?? [];
  return nodes.flatMap((node, i) => {
    const om = r.map(node, `outcome ${i + 1} in unit.md`);
    if (!om) return [];
    const what = `outcome ${i + 1} in unit.md`;
    r.onlyKnown(om, ['id', 'text', 'criteria'], what);
    note('outcome', r.node(om, 'text'));
    const id = quotedId(r, om, what);
    const criteria = (r.list(om, 'criteria', what) ?? []).flatMap((cn, j) => {
      const cw = `criterion ${j + 1} of outcome ${id ?? i + 1}`;
      const cm = r.map(cn, cw);
      if (!cm) return [];
      r.onlyKnown(cm, ['id', 'text', 'evidence', 'checklist', 'product'], cw);
      note('criterion', r.node(cm, 'text'));
      const evidence = r.string(cm, 'evidence', cw, false);
      if (evidence !== undefined && evidence !== 'workplace') {
        r.diags.report(r.at(r.node(cm, 'evidence')), 'evidence-unknown', { what: cw, evidence });
      }
      const workplace = evidence === 'workplace';
      if (!workplace && (r.has(cm, 'checklist') || r.has(cm, 'product'))) {
        r.diags.report(r.keyAt(cm, r.has(cm, 'checklist') ? 'checklist' : 'product'), 'checklist-not-workplace', { what: cw });
      }
      const checklist = workplace ? readChecklist(r, cm, cw, note, false) : [];
      const product = workplace ? r.string(cm, 'product', cw, false) : undefined;
      if (product !== undefined) note('prose', r.node(cm, 'product'));
      const cid = quotedId(r, cm, cw);
      if (cid !== undefined && criterionAt.has(cid)) {
        r.diags.report(r.at(r.node(cm, 'id')), 'criterion-declared-twice', { id: cid });
      }
      if (cid !== undefined) criterionAt.set(cid, r.at(cm));
      if (cid === undefined) return [];
      const text = r.string(cm, 'text', cw) ?? '';
      // Only what is written is kept, so a criterion without a checklist reads as it always has.
      const judged = { ...(checklist.length > 0 ? { checklist } : {}), ...(product !== undefined ? { product } : {}) };
      return [workplace ? { id: cid, text, evidence: 'workplace' as const, ...judged } : { id: cid, text }];
    });
    return id === undefined ? [] : [{ id, text: r.string(om, 'text', what) ?? '', criteria }];
  });
}

/**
 * Ids must be quoted strings: an unquoted 1.10 reaches us as the number 1.1. That is reported,
 * and the id kept as written, so references to "1.10" do not fail as well.
 */
function quotedId(r: YamlReader, map: YAMLMap, what: string): string | undefined {
  const node = r.node(map, 'id');
  if (isScalar(node) && typeof node.value === 'number') {
    const written = writtenNumber(node);
    r.diags.report(r.at(node), 'criterion-id-unquoted', { what, written, value: node.value });
    return written;
  }
  return r.string(map, 'id', what);
}

function readAssessment(r: YamlReader, m: YAMLMap): AssessmentSettings {
  const node = r.node(m, 'assessment');
  const am = node === undefined ? undefined : r.map(node, `"assessment" in ${WHAT}`);
  if (!am) return DEFAULT_ASSESSMENT;
  r.onlyKnown(am, ['perCriterion', 'attempts'], `"assessment" in ${WHAT}`);
  return {
    perCriterion: Math.max(1, r.number(am, 'perCriterion', '"assessment"', DEFAULT_ASSESSMENT.perCriterion) ?? DEFAULT_ASSESSMENT.perCriterion),
    attempts: Math.max(1, r.number(am, 'attempts', '"assessment"', DEFAULT_ASSESSMENT.attempts) ?? DEFAULT_ASSESSMENT.attempts),
  };
}

function readTerms(r: YamlReader, m: YAMLMap, termAt: Position[], note: Note): KeyTerm[] {
  return (r.list(m, 'terms', WHAT, false) ?? []).flatMap((node, i) => {
    const tm = r.map(node, `key term ${i + 1}`);
    if (!tm) return [];
    r.onlyKnown(tm, ['term', 'definition'], `key term ${i + 1}`);
    const term = r.string(tm, 'term', `key term ${i + 1}`);
    const definition = r.string(tm, 'definition', `key term ${i + 1}`);
    if (!term || !definition) return [];
    note('term', r.node(tm, 'term'));
    note('definition', r.node(tm, 'definition'));
    termAt.push(r.at(r.node(tm, 'term')));
    return [{ term, definition }];
  });
}
