import { unitCues } from '../../src/compiler/cues.ts';
import { describe, expect, it } from 'vitest';
import { buildCoverage, coverageCsv, coverageJson } from '../../src/package/coverage.ts';
import { fixtureSynopticUnit, fixtureUnit } from './fixture-unit.ts';

/** A small RFC 4180 reader, so the test does not trust the writer's own quoting. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i];
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && csv[i + 1] === '\n') rows.push([...row, field]), (row = []), (field = ''), i++;
    else field += char;
  }
  return rows;
}

describe('buildCoverage', () => {
  const rows = buildCoverage([fixtureUnit(), fixtureSynopticUnit()]).criteria;

  it('has a row for every criterion, and for a synoptic unit’s external criteria', () => {
    expect(rows.map((row) => [row.unit, row.ref])).toEqual([
      ['l2-fixture', 'l2-fix:1.1'],
      ['l2-fixture', 'l2-fix:1.2'],
      ['l2-fixture', 'l2-fix:2.1'],
      ['l1-synoptic', 'l2-fix:1.1'],
      ['l1-synoptic', 'l2-fix:1.2'],
    ]);
  });

  it('maps a criterion to its teaching pages, checks, assessment items and scenarios', () => {
    expect(rows[1]).toEqual({
      unit: 'l2-fixture',
      ref: 'l2-fix:1.2',
      outcome: '1',
      criterion: '1.2',
      text: 'Describe the difference between "needs" and "expectations", with examples',
      evidence: 'quiz',
      from: '',
      pages: ['expectations/what-customers-expect', 'expectations/needs-and-wants'],
      checks: ['kc-needs'],
      assessment: ['q-need-kettle', 'q-need-hotel'],
      reflections: [],
      scenarios: ['late-parcel'],
    });
  });

  it('maps a workplace criterion to its reflection', () => {
    expect(rows[2]).toMatchObject({
      evidence: 'workplace',
      pages: ['complaints/listening'],
      checks: ['kc-complaint'],
      assessment: [],
      reflections: ['my-complaint'],
    });
  });

  it('names the unit an external criterion comes from', () => {
    expect(rows[3]).toMatchObject({
      outcome: '1',
      criterion: '1.1',
      from: 'Principles of customer service & care',
      pages: ['practice/shop-floor'],
      checks: ['kc-shop'],
      assessment: ['syn-q-1'],
      scenarios: ['shop-floor'],
    });
  });

  it('ignores external criteria of units that are not synoptic', () => {
    const unit = fixtureUnit();
    unit.external = fixtureSynopticUnit().external;
    expect(buildCoverage([unit]).criteria).toHaveLength(3);
  });
});

describe('reading figures', () => {
  it('measures each unit\'s teaching pages, not its questions', () => {
    const unit = fixtureUnit();
    unit.intro = [{ id: 'intro', title: 'Intro', blocks: [{ kind: 'html', html: '<h2>Not counted</h2><p>The shop is open. Customers come back.</p>' }] }];
    unit.modules = unit.modules.map((m) => ({ ...m, pages: [] }));
    expect(buildCoverage([unit]).units).toEqual([
      {
        unit: unit.facts.id,
        level: unit.facts.level ?? '',
        words: 7,
        sentences: 2,
        wordsPerSentence: 3.5,
        longWords: 14.3,
        readingEase: 82.4,
        grade: 2.6,
        cues: unitCues(unit),
      },
    ]);
  });
});

describe('coverage files', () => {
  const coverage = buildCoverage([fixtureUnit(), fixtureSynopticUnit()]);
  const rows = coverage.criteria;

  it('writes the rows and the units\' reading figures as JSON', () => {
    expect(JSON.parse(coverageJson(coverage))).toEqual({ criteria: rows, units: coverage.units });
    expect(coverage.units.map((u) => u.unit)).toEqual(['l2-fixture', 'l1-synoptic']);
  });

  it('writes a CSV with a header row and one quoted-where-needed row per criterion', () => {
    const csv = coverageCsv(coverage);
    expect(csv.startsWith('\uFEFFunit,ref,outcome,criterion,text,')).toBe(true);
    expect(csv).toContain(',"Describe the difference between ""needs"" and ""expectations"", with examples",');
    const [header, ...body] = parseCsv(csv.slice(1));
    expect(header).toEqual([
      'unit', 'ref', 'outcome', 'criterion', 'text', 'evidence', 'from_unit',
      'pages', 'knowledge_checks', 'assessment_items', 'reflections', 'scenarios',
      'unit_level', 'unit_words_per_sentence', 'unit_long_words_percent', 'unit_reading_ease', 'unit_grade',
      'unit_cue_strategy_percent',
    ]);
    expect(body).toHaveLength(rows.length);
    body.forEach((fields, i) => {
      expect(fields).toHaveLength(header.length);
      expect(fields[1]).toBe(rows[i].ref);
      expect(fields[4]).toBe(rows[i].text);
      expect(fields[9].split(' ').filter(Boolean)).toEqual(rows[i].assessment);
      const reading = coverage.units.find((u) => u.unit === rows[i].unit)!;
      const cueShare = Math.max(...Object.values(reading.cues.strategies));
      expect(fields.slice(12)).toEqual([reading.level, ...[reading.wordsPerSentence, reading.longWords, reading.readingEase, reading.grade, cueShare].map(String)]);
    });
  });
});
