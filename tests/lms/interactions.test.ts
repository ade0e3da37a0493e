// @vitest-environment jsdom
// Interactions of every type in both versions: formats, order, indices, read back from scorm-again.

import { describe, expect, it } from 'vitest';
import type { InteractionRecord } from '../../src/lms/index.ts';
import { launchWith, sampleInteraction, setCalls, VERSIONS } from './harness.ts';
import { strictApi, type StrictVersion } from './strict-lms.ts';

interface Row {
  version: StrictVersion;
  given: Partial<InteractionRecord>;
  type: string;
  response: string;
  patterns: string[];
  result: string;
}

const essay = `First line of my answer.\nSecond line. ${'word '.repeat(1000)}`;

const rows: Row[] = [
  { version: '1.2', given: { type: 'choice', response: ['a', 'c'], correct: ['a'] }, type: 'choice', response: 'a,c', patterns: ['a'], result: 'wrong' },
  { version: '1.2', given: { type: 'true-false', response: ['true'], correct: ['false'] }, type: 'true-false', response: 't', patterns: ['f'], result: 'wrong' },
  { version: '1.2', given: { type: 'sequencing', response: ['c', 'a', 'b'], correct: ['a', 'b', 'c'] }, type: 'sequencing', response: 'c,a,b', patterns: ['a,b,c'], result: 'wrong' },
  { version: '1.2', given: { type: 'matching', response: ['a.1', 'b.3'], correct: ['a.1', 'b.2'] }, type: 'matching', response: 'a.1,b.3', patterns: ['a.1,b.2'], result: 'wrong' },
  {
    version: '1.2',
    given: { type: 'fill-in', response: ['Consumer Rights Act'], correct: ['Consumer Rights Act 2015', 'CRA 2015'], result: 'correct' },
    type: 'fill-in',
    response: 'Consumer Rights Act',
    patterns: ['Consumer Rights Act 2015', 'CRA 2015'],
    result: 'correct',
  },
  {
    version: '1.2',
    given: { type: 'long-fill-in', response: [essay], correct: [], result: 'neutral' },
    type: 'fill-in',
    response: essay.replace(/\s+/g, ' ').slice(0, 255),
    patterns: [],
    result: 'neutral',
  },
  { version: '1.2', given: { type: 'other', response: ['good ending'], correct: [], result: 'correct' }, type: 'performance', response: 'good ending', patterns: [], result: 'correct' },
  { version: '2004', given: { type: 'choice', response: ['a', 'c'], correct: ['a'] }, type: 'choice', response: 'a[,]c', patterns: ['a'], result: 'incorrect' },
  { version: '2004', given: { type: 'true-false', response: ['false'], correct: ['false'], result: 'correct' }, type: 'true-false', response: 'false', patterns: ['false'], result: 'correct' },
  { version: '2004', given: { type: 'sequencing', response: ['c', 'a', 'b'], correct: ['a', 'b', 'c'] }, type: 'sequencing', response: 'c[,]a[,]b', patterns: ['a[,]b[,]c'], result: 'incorrect' },
  { version: '2004', given: { type: 'matching', response: ['a.1', 'b.3'], correct: ['a.1', 'b.2'] }, type: 'matching', response: 'a[.]1[,]b[.]3', patterns: ['a[.]1[,]b[.]2'], result: 'incorrect' },
  {
    version: '2004',
    given: { type: 'fill-in', response: ['Consumer Rights Act'], correct: ['Consumer Rights Act 2015', 'CRA 2015'], result: 'correct' },
    type: 'fill-in',
    response: 'Consumer Rights Act',
    patterns: ['{case_matters=false}Consumer Rights Act 2015', '{case_matters=false}CRA 2015'],
    result: 'correct',
  },
  {
    version: '2004',
    given: { type: 'fill-in', response: ['{braces} first'], correct: [], result: 'neutral' },
    type: 'fill-in',
    response: '(braces} first',
    patterns: [],
    result: 'neutral',
  },
  {
    version: '2004',
    given: { type: 'long-fill-in', response: [essay], correct: [], result: 'neutral' },
    type: 'long-fill-in',
    response: essay.replace(/\s+/g, ' ').slice(0, 4000),
    patterns: [],
    result: 'neutral',
  },
  { version: '2004', given: { type: 'other', response: ['good ending'], correct: [], result: 'correct' }, type: 'other', response: 'good ending', patterns: [], result: 'correct' },
];

function fieldOf(version: StrictVersion, index: number, field: string): string {
  const renamed = version === '1.2' && field === 'learner_response' ? 'student_response' : field;
  return `cmi.interactions.${index}.${renamed}`;
}

describe('interaction formats', () => {
  it.each(rows)('$version $given.type', ({ version, given, type, response, patterns, result }) => {
    const { lms, api } = launchWith(version);
    lms.recordInteraction(sampleInteraction(given));
    lms.flush();
    expect(api.value(fieldOf(version, 0, 'type'))).toBe(type);
    expect(api.value(fieldOf(version, 0, 'learner_response'))).toBe(response);
    expect(api.value(fieldOf(version, 0, 'correct_responses._count'))).toBe(String(patterns.length));
    patterns.forEach((pattern, n) => expect(api.value(fieldOf(version, 0, `correct_responses.${n}.pattern`))).toBe(pattern));
    expect(api.value(fieldOf(version, 0, 'result'))).toBe(result);
    expect(api.violations).toEqual([]);
  });
});

describe.each(VERSIONS)('interactions, SCORM %s', (version) => {
  it('sanitises the id and objective ids into identifiers', () => {
    const { lms, api } = launchWith(version);
    lms.recordInteraction(sampleInteraction({ id: 'a1 refund: kettle?', objectives: ['l1-cs1:2.1', '2.2'] }));
    lms.flush();
    expect(api.value(fieldOf(version, 0, 'id'))).toBe('a1_refund__kettle_');
    if (version === '1.2') {
      expect(api.value(fieldOf(version, 0, 'objectives.0.id'))).toBe('l1-cs1_2.1');
      expect(api.value(fieldOf(version, 0, 'objectives.1.id'))).toBe('2.2');
    }
    expect(api.violations).toEqual([]);
  });

  it('caps identifiers at the version\'s length', () => {
    const { lms, api } = launchWith(version);
    lms.recordInteraction(sampleInteraction({ id: 'q'.repeat(5000) }));
    lms.flush();
    expect(api.value(fieldOf(version, 0, 'id'))).toHaveLength(version === '1.2' ? 255 : 4000);
  });

  it('sets id and type before anything else of the interaction', () => {
    const { lms, api } = launchWith(version);
    lms.recordInteraction(sampleInteraction());
    lms.flush();
    const fields = setCalls(api)
      .filter((call) => call.startsWith('cmi.interactions.0.'))
      .map((call) => call.split(' = ')[0].replace('cmi.interactions.0.', ''));
    expect(fields.slice(0, 2)).toEqual(['id', 'type']);
    expect(fields.length).toBeGreaterThan(4);
  });

  it('appends after the interactions already recorded, with sequential indices', () => {
    const first = launchWith(version);
    first.lms.recordInteraction(sampleInteraction({ id: 'q1' }));
    first.lms.recordInteraction(sampleInteraction({ id: 'q2' }));
    first.lms.finish();

    const { lms, api } = launchWith(version, { api: strictApi(version, { resumeFrom: first.api }) });
    lms.recordInteraction(sampleInteraction({ id: 'q3' }));
    lms.recordInteraction(sampleInteraction({ id: 'q1' }));
    lms.flush();
    expect(api.value('cmi.interactions._count')).toBe('4');
    expect(['0', '1', '2', '3'].map((n) => api.value(`cmi.interactions.${n}.id`))).toEqual(['q1', 'q2', 'q3', 'q1']);
    expect(api.violations).toEqual([]);
  });

  it('sends no description, latency or criterion links in 2004, where LMSs resend every value', () => {
    const { lms, api } = launchWith(version);
    lms.recordInteraction(sampleInteraction({ description: 'd'.repeat(300), latencySeconds: 12, objectives: ['l1-cs1:1.1'] }));
    lms.flush();
    expect(api.sent('cmi.interactions.0.description')).toBeUndefined();
    const latency = 'cmi.interactions.0.latency';
    expect(api.sent(latency)).toBe(version === '1.2' ? '00:00:12' : undefined);
    expect(api.sent('cmi.interactions.0.objectives.0.id')).toBe(version === '1.2' ? 'l1-cs1_1.1' : undefined);
  });
});

describe('interaction times', () => {
  it('1.2: time of day HH:MM:SS and latency HHHH:MM:SS.SS', () => {
    const { lms, api } = launchWith('1.2');
    lms.recordInteraction(sampleInteraction({ timestamp: new Date(2026, 10, 22, 9, 5, 7, 890), latencySeconds: 3723.456 }));
    lms.flush();
    expect(api.sent('cmi.interactions.0.time')).toBe('09:05:07');
    expect(api.sent('cmi.interactions.0.latency')).toBe('01:02:03.46');
    expect(api.violations).toEqual([]);
  });

  it('2004: timestamp with at most 2 decimals', () => {
    const { lms, api } = launchWith('2004');
    lms.recordInteraction(sampleInteraction({ timestamp: new Date('2026-11-22T10:15:30.129Z'), latencySeconds: 3723.456 }));
    lms.flush();
    expect(api.value('cmi.interactions.0.timestamp')).toBe('2026-11-22T10:15:30.12Z');
    expect(api.violations).toEqual([]);
  });
});
