// Reads unit.md: the unit's facts, outcomes, criteria, assessment settings and key terms.
import { isScalar, type YAMLMap } from 'yaml';
import type { AssessmentSettings, KeyTerm, Outcome, UnitFacts } from '../shared/course.ts';
import type { Diagnostics, Position } from './diagnostics.ts';
import { plainText } from './markdown.ts';
import type { SourceFile } from './source.ts';
import { writtenNumber, YamlReader } from './yaml-reader.ts';

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
}

const FIELDS = ['title', 'ref', 'level', 'credits', 'glh', 'codes', 'facts', 'seed', 'purpose', 'outcomes', 'synoptic', 'assessment', 'terms'];
const WHAT = 'the front matter of unit.md';

export function readUnitFile(unitId: string, source: SourceFile, diags: Diagnostics): UnitFile | undefined {
  if (!source.frontMatter) {
    diags.error(
      { file: source.file, line: 1, col: 1 },
      'unit.md has no front matter, so the unit has no title, outcomes or criteria. Start the file with a "---" line, the unit\'s YAML fields, and another "---" line.',
    );
    return undefined;
  }
  const r = new YamlReader(source.frontMatter, diags, WHAT);
  const m = r.root;
  if (!m) return undefined;
  r.onlyKnown(m, FIELDS, WHAT);
  const synoptic = (r.stringList(m, 'synoptic', WHAT, false) ?? []).map((s) => s.value);
  const facts: UnitFacts = {
    id: unitId,
    ref: r.string(m, 'ref', WHAT) ?? unitId,
    title: plainText(r.string(m, 'title', WHAT) ?? unitId),
    level: r.string(m, 'level', WHAT, false),
    credits: r.string(m, 'credits', WHAT, false),
    glh: r.string(m, 'glh', WHAT, false),
    codes: readLabels(r, m, 'codes'),
    facts: readLabels(r, m, 'facts'),
    seed: r.string(m, 'seed', WHAT) ?? '',
    purpose: r.string(m, 'purpose', WHAT) ?? '',
    synoptic,
  };
  if (!/^[a-z0-9-]{2,64}$/.test(facts.ref)) {
    diags.error(r.at(r.node(m, 'ref')), `The unit ref "${facts.ref}" is not allowed: use 2 to 64 characters of a-z, 0-9 and "-", such as "l1-cs3".`);
  }
  const criterionAt = new Map<string, Position>();
  const termAt: Position[] = [];
  const outcomes = synoptic.length > 0 && !r.has(m, 'outcomes') ? [] : readOutcomes(r, m, criterionAt);
  return { facts, outcomes, assessment: readAssessment(r, m), terms: readTerms(r, m, termAt), criterionAt, termAt, refAt: r.at(r.node(m, 'ref')) };
}

function readLabels(r: YamlReader, m: YAMLMap, key: string): Record<string, string> {
  const node = r.node(m, key);
  if (node === undefined) return {};
  const map = r.map(node, `"${key}" in ${WHAT}`);
  const out: Record<string, string> = {};
  for (const pair of map?.items ?? []) {
    const label = String((pair.key as { value?: unknown }).value ?? '');
    const value = map ? r.string(map, label, `"${key}" in ${WHAT}`, false) : undefined;
    if (value !== undefined) out[label] = value;
  }
  return out;
}

function readOutcomes(r: YamlReader, m: YAMLMap, criterionAt: Map<string, Position>): Outcome[] {
  const nodes = r.list(m, 'outcomes', WHAT) ?? [];
  return nodes.flatMap((node, i) => {
    const om = r.map(node, `outcome ${i + 1} in unit.md`);
    if (!om) return [];
    const what = `outcome ${i + 1} in unit.md`;
    r.onlyKnown(om, ['id', 'text', 'criteria'], what);
    const id = quotedId(r, om, what);
    const criteria = (r.list(om, 'criteria', what) ?? []).flatMap((cn, j) => {
      const cw = `criterion ${j + 1} of outcome ${id ?? i + 1}`;
      const cm = r.map(cn, cw);
      if (!cm) return [];
      r.onlyKnown(cm, ['id', 'text', 'evidence'], cw);
      const evidence = r.string(cm, 'evidence', cw, false);
      if (evidence !== undefined && evidence !== 'workplace') {
        r.diags.error(r.at(r.node(cm, 'evidence')), `The evidence "${evidence}" of ${cw} is not known. The only value is "workplace"; leave it out for quiz-assessed criteria.`);
      }
      const cid = quotedId(r, cm, cw);
      if (cid !== undefined && criterionAt.has(cid)) {
        r.diags.error(r.at(r.node(cm, 'id')), `Criterion "${cid}" is declared twice in unit.md. Each criterion id appears once; correct the id from the unit specification.`);
      }
      if (cid !== undefined) criterionAt.set(cid, r.at(cm));
      return cid === undefined ? [] : [{ id: cid, text: r.string(cm, 'text', cw) ?? '', ...(evidence === 'workplace' ? { evidence: 'workplace' as const } : {}) }];
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
    r.diags.error(r.at(node), `The id of ${what} is written without quotes, so YAML reads ${written} as the number ${node.value}. Write it as id: "${written}".`);
    return written;
  }
  return r.string(map, 'id', what);
}

function readAssessment(r: YamlReader, m: YAMLMap): AssessmentSettings {
  const node = r.node(m, 'assessment');
  const am = node === undefined ? undefined : r.map(node, `"assessment" in ${WHAT}`);
  if (!am) return { perCriterion: 1, attempts: 3 };
  r.onlyKnown(am, ['perCriterion', 'attempts'], `"assessment" in ${WHAT}`);
  return {
    perCriterion: Math.max(1, r.number(am, 'perCriterion', '"assessment"', 1) ?? 1),
    attempts: Math.max(1, r.number(am, 'attempts', '"assessment"', 3) ?? 3),
  };
}

function readTerms(r: YamlReader, m: YAMLMap, termAt: Position[]): KeyTerm[] {
  return (r.list(m, 'terms', WHAT, false) ?? []).flatMap((node, i) => {
    const tm = r.map(node, `key term ${i + 1}`);
    if (!tm) return [];
    r.onlyKnown(tm, ['term', 'definition'], `key term ${i + 1}`);
    const term = r.string(tm, 'term', `key term ${i + 1}`);
    const definition = r.string(tm, 'definition', `key term ${i + 1}`);
    if (!term || !definition) return [];
    termAt.push(r.at(r.node(tm, 'term')));
    return [{ term, definition }];
  });
}
