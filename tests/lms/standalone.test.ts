// @vitest-environment jsdom
// No LMS: progress is kept in this browser, and the learner is told so.

import { beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/lms/index.ts';
import { asWindow, memoryStorage, mirrored, sampleInteraction, sampleObjective, STORAGE_KEY, topWindow, VERSIONS } from './harness.ts';

function open(storage: unknown, version: '1.2' | '2004' = '2004') {
  return connect({ version, storageKey: STORAGE_KEY, win: asWindow(topWindow({ localStorage: storage })) });
}

describe('standalone mode', () => {
  beforeEach(() => {
    window.localStorage.clear();
  });

  it.each(VERSIONS)('%s: starts fresh and says progress stays in this browser', (version) => {
    const lms = open(memoryStorage(), version);
    expect(lms.launch).toEqual({
      mode: 'standalone',
      suspendData: '',
      location: '',
      masteryScore: null,
      learnerName: '',
      learnerId: '',
      held: {},
      objectivesPassed: [],
      resumed: false,
      responses: {},
    });
    const statuses: unknown[] = [];
    lms.onStatus((status) => statuses.push(status));
    expect(statuses).toEqual([
      { state: 'standalone', pending: false, message: 'No learning platform found: your progress is saved in this browser only.' },
    ]);
  });

  it('saves progress and resumes from it on the next launch', () => {
    const storage = memoryStorage();
    const first = open(storage);
    first.update({ location: 'm2-p1', suspendData: 'v1|q1=a', completion: 'incomplete' });
    first.recordInteraction(sampleInteraction());
    first.setObjective(sampleObjective());
    first.flush();
    first.finish();
    expect(mirrored(storage)).toMatchObject({ mode: 'standalone', record: { location: 'm2-p1' } });

    const second = open(storage);
    expect(second.launch).toMatchObject({ mode: 'standalone', location: 'm2-p1', suspendData: 'v1|q1=a', resumed: true });
  });

  it("uses the page's own localStorage by default", () => {
    const lms = connect({ version: '1.2', storageKey: STORAGE_KEY });
    lms.update({ location: 'p3' });
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ record: { location: 'p3' } });
    expect(connect({ version: '1.2', storageKey: STORAGE_KEY }).launch.location).toBe('p3');
  });

  it('copes when storage throws, and says progress will be lost', () => {
    const blocked = new Proxy({} as Storage, {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const lms = open(blocked);
    let message = '';
    lms.onStatus((status) => (message = status.message));
    expect(() => lms.update({ location: 'p1' })).not.toThrow();
    expect(lms.launch.resumed).toBe(false);
    expect(message).toMatch(/will be lost/);
  });

  it('hears a status change, and nothing once unsubscribed', () => {
    const lms = open(fullStorage());
    const heard: string[] = [];
    lms.onStatus((status) => heard.push(status.message));
    lms.update({ location: 'p1' });
    expect(heard).toHaveLength(2);
    expect(heard[1]).toMatch(/will be lost/);
  });

  it('stops listening when unsubscribed', () => {
    const lms = open(fullStorage());
    const heard: string[] = [];
    const stop = lms.onStatus((status) => heard.push(status.message));
    stop();
    lms.update({ location: 'p1' });
    expect(heard).toHaveLength(1);
  });
});

/** Storage that can be read but is full, so the first save changes the status. */
function fullStorage(): Storage {
  return Object.assign(memoryStorage(), {
    setItem: () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    },
  });
}
