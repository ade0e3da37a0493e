// @vitest-environment jsdom
// Launch data: read after Initialize, resume, mastery score in both versions' units.

import { describe, expect, it } from 'vitest';
import { launchWith, sampleInteraction, VERSIONS } from './harness.ts';
import { strictApi, type LaunchSetup, type StrictVersion } from './strict-lms.ts';

interface Row {
  version: StrictVersion;
  setup: LaunchSetup;
  expected: { masteryScore: number | null; learnerName: string; resumed: boolean };
}

const rows: Row[] = [
  { version: '1.2', setup: {}, expected: { masteryScore: null, learnerName: 'Khan, Amira', resumed: false } },
  { version: '1.2', setup: { masteryScore: '80' }, expected: { masteryScore: 0.8, learnerName: 'Khan, Amira', resumed: false } },
  { version: '1.2', setup: { masteryScore: '100', entry: 'resume' }, expected: { masteryScore: 1, learnerName: 'Khan, Amira', resumed: true } },
  { version: '2004', setup: {}, expected: { masteryScore: null, learnerName: 'Amira Khan', resumed: false } },
  { version: '2004', setup: { masteryScore: '0.75' }, expected: { masteryScore: 0.75, learnerName: 'Amira Khan', resumed: false } },
  { version: '2004', setup: { entry: 'resume', learnerName: 'Tomasz Nowak' }, expected: { masteryScore: null, learnerName: 'Tomasz Nowak', resumed: true } },
];

describe('launch data', () => {
  it.each(rows)('$version with $setup', ({ version, setup, expected }) => {
    const { lms, api } = launchWith(version, { setup });
    expect(lms.launch).toEqual({
      mode: version === '1.2' ? 'scorm12' : 'scorm2004',
      suspendData: '',
      location: '',
      responses: {},
      learnerId: 'learner-1',
      held: {},
      objectivesPassed: [],
      ...expected,
    });
    expect(api.violations).toEqual([]);
  });

  it.each(VERSIONS)('%s: a resumed attempt returns the saved location and suspend data', (version) => {
    const first = launchWith(version);
    first.lms.update({ location: 'm2-p3', suspendData: '{"v":1,"answers":{"q1":"a"}}', completion: 'incomplete', success: 'unknown' });
    first.lms.finish();

    const second = launchWith(version, { api: strictApi(version, { resumeFrom: first.api }) });
    expect(second.lms.launch).toMatchObject({
      location: 'm2-p3',
      suspendData: '{"v":1,"answers":{"q1":"a"}}',
      resumed: true,
    });
    expect(second.api.violations).toEqual([]);
  });

  it.each(VERSIONS)('%s: a finished attempt still resumes, with its status and passed objectives, so a returning learner keeps their record', (version) => {
    const first = launchWith(version);
    first.lms.update({ location: 'end', suspendData: 'done', completion: 'completed', success: 'passed', scoreRaw: 100 });
    first.lms.setObjective({ id: 'u:1.1', description: 'One', success: 'passed', completion: 'completed', scoreScaled: 1 });
    first.lms.setObjective({ id: 'u:1.2', description: 'Two', success: 'unknown', completion: 'incomplete', scoreScaled: null });
    first.lms.finish();

    const second = launchWith(version, { api: strictApi(version, { resumeFrom: first.api }) });
    expect(second.lms.launch.resumed).toBe(true);
    expect(second.lms.launch.suspendData).toBe('done');
    expect(second.lms.launch.held).toEqual({ completion: 'completed', success: 'passed' });
    expect(second.lms.launch.objectivesPassed).toEqual(['u_1.1']);
  });

  it.each(VERSIONS)('%s: reads launch data only after Initialize', (version) => {
    const { api } = launchWith(version);
    const initialize = version === '1.2' ? 'LMSInitialize' : 'Initialize';
    expect(api.calls[0]).toBe(initialize);
    expect(api.calls.slice(1).every((call) => /GetValue/.test(call))).toBe(true);
    expect(api.calls.length).toBeGreaterThan(5);
  });
});

describe('responses read back at launch', () => {
  const reflection = (id: string, text: string) => sampleInteraction({ id, type: 'long-fill-in', response: [text], correct: [], result: 'neutral' });

  it('2004: a second launch carries the latest response of each asked-for interaction', () => {
    const first = launchWith('2004');
    first.lms.recordInteraction(reflection('rf-duty', 'First draft.'));
    first.lms.recordInteraction(sampleInteraction());
    first.lms.recordInteraction(reflection('rf-duty', 'Second draft,\nwith a line break.'));
    first.lms.recordInteraction(reflection('rf-other', '{Braced} start.'));
    first.lms.finish();

    const api = strictApi('2004', { resumeFrom: first.api });
    const second = launchWith('2004', { api, responsesFor: ['rf-duty', 'rf-other', 'rf-never'] });
    // The 2004 form: one line, a leading "{" made "(".
    expect(second.lms.launch.responses).toEqual({ 'rf-duty': 'Second draft, with a line break.', 'rf-other': '(Braced} start.' });
    // Ids first, newest first; only asked-for responses are fetched.
    const reads = api.calls.filter((call) => call.startsWith('GetValue cmi.interactions.'));
    expect(reads).toEqual([
      'GetValue cmi.interactions._count',
      'GetValue cmi.interactions.3.id',
      'GetValue cmi.interactions.3.learner_response',
      'GetValue cmi.interactions.2.id',
      'GetValue cmi.interactions.2.learner_response',
      'GetValue cmi.interactions.1.id',
      'GetValue cmi.interactions.0.id',
    ]);
    expect(second.api.violations).toEqual([]);
  });

  it('2004: ids are matched as the LMS stores them, sanitised', () => {
    const first = launchWith('2004');
    first.lms.recordInteraction(reflection('rf-2:1 duty', 'Kept.'));
    first.lms.finish();
    const second = launchWith('2004', { api: strictApi('2004', { resumeFrom: first.api }), responsesFor: ['rf-2:1 duty'] });
    expect(second.lms.launch.responses).toEqual({ 'rf-2:1 duty': 'Kept.' });
  });

  it('2004: nothing is read when no ids are asked for', () => {
    const first = launchWith('2004');
    first.lms.recordInteraction(reflection('rf-duty', 'Text.'));
    first.lms.finish();
    const api = strictApi('2004', { resumeFrom: first.api });
    expect(launchWith('2004', { api }).lms.launch.responses).toEqual({});
    expect(api.calls.filter((call) => /interactions\.\d/.test(call))).toEqual([]);
  });

  it('1.2: interactions are write-only, so none are read and there are no errors', () => {
    const first = launchWith('1.2');
    first.lms.recordInteraction(reflection('rf-duty', 'Text.'));
    first.lms.finish();
    const api = strictApi('1.2', { resumeFrom: first.api });
    const second = launchWith('1.2', { api, responsesFor: ['rf-duty'] });
    expect(second.lms.launch.responses).toEqual({});
    expect(api.calls.filter((call) => /interactions\.\d/.test(call))).toEqual([]);
    expect(second.api.violations).toEqual([]);
  });
});
