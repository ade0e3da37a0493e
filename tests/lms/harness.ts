// Small factories for the adapter tests: windows that host an API, browser storage that
// survives a "relaunch", and sample records.

import { connect, type InteractionRecord, type Lms, type LmsStatus, type ObjectiveRecord } from '../../src/lms/index.ts';
import { strictApi, type LaunchSetup, type StrictApi, type StrictVersion } from './strict-lms.ts';

export const VERSIONS: StrictVersion[] = ['1.2', '2004'];
export const API_NAME: Record<StrictVersion, string> = { '1.2': 'API', '2004': 'API_1484_11' };
export const STORAGE_KEY = 'cs-course/l1-cs1';

/** A Storage that lives as long as the test wants, unlike a page. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, String(value));
    },
  };
}

export type FakeWindow = Record<string, unknown>;

/** A top-level window: its parent is itself, as browsers have it. */
export function topWindow(props: FakeWindow = {}): FakeWindow {
  const win: FakeWindow = { opener: null, localStorage: memoryStorage(), ...props };
  win.parent = win;
  return win;
}

/** A frame `depth` levels below `top`; returns the innermost frame. */
export function frameBelow(top: FakeWindow, depth: number): FakeWindow {
  let current = top;
  for (let level = 0; level < depth; level += 1) current = { parent: current, opener: null, localStorage: top.localStorage };
  return current;
}

export function asWindow(win: FakeWindow): Window {
  return win as unknown as Window;
}

export interface Launched {
  lms: Lms;
  api: StrictApi;
  storage: Storage;
  statuses: LmsStatus[];
}

/** Opens the adapter in a window whose LMS is a strict scorm-again. */
export function launchWith(
  version: StrictVersion,
  options: { api?: StrictApi; setup?: LaunchSetup; storage?: Storage; now?: () => number; responsesFor?: string[] } = {},
): Launched {
  const api = options.api ?? strictApi(version, options.setup);
  const storage = options.storage ?? memoryStorage();
  const win = topWindow({ [API_NAME[version]]: api, localStorage: storage });
  const lms = connect({ version, storageKey: STORAGE_KEY, win: asWindow(win), now: options.now, responsesFor: options.responsesFor });
  const statuses: LmsStatus[] = [];
  lms.onStatus((status) => statuses.push(status));
  return { lms, api, storage, statuses };
}

/** The SetValue calls the LMS saw, as "element = value". */
export function setCalls(api: StrictApi): string[] {
  const prefix = api.version === '1.2' ? 'LMSSetValue ' : 'SetValue ';
  return api.calls.filter((call) => call.startsWith(prefix)).map((call) => call.slice(prefix.length));
}

export function mirrored(storage: Storage): Record<string, unknown> | null {
  const text = storage.getItem(STORAGE_KEY);
  return text === null ? null : (JSON.parse(text) as Record<string, unknown>);
}

export function sampleInteraction(overrides: Partial<InteractionRecord> = {}): InteractionRecord {
  return {
    id: 'a1-refund-faulty-kettle',
    type: 'choice',
    description: 'A customer returns a kettle that stopped working after 10 days.',
    response: ['b'],
    correct: ['a'],
    result: 'incorrect',
    objectives: ['2.1'],
    latencySeconds: 12.5,
    timestamp: new Date('2026-11-22T10:15:30.123Z'),
    ...overrides,
  };
}

export function sampleObjective(overrides: Partial<ObjectiveRecord> = {}): ObjectiveRecord {
  return {
    id: 'l1-cs1:2.1',
    description: 'Describe the rights customers have when goods are faulty',
    success: 'unknown',
    completion: 'incomplete',
    scoreScaled: null,
    ...overrides,
  };
}
