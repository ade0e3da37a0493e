// A stricter LMS than scorm-again: it forwards every call to the real Scorm12API/Scorm2004API
// and records each breach of the rules real LMSs (Moodle, Cornerstone...) enforce and
// scorm-again forgives. Tests can also make SetValue/Commit fail on demand.
// No Node-only imports: a browser page bundles this file as its LMS too.

import { Scorm12API, Scorm2004API } from 'scorm-again';

export type StrictVersion = '1.2' | '2004';
type Role = 'initialize' | 'terminate' | 'getValue' | 'setValue' | 'commit' | 'getLastError' | 'getErrorString' | 'getDiagnostic';
type Method = (...args: string[]) => string;

const METHODS: Record<StrictVersion, Record<Role, string>> = {
  '1.2': {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    getLastError: 'LMSGetLastError',
    getErrorString: 'LMSGetErrorString',
    getDiagnostic: 'LMSGetDiagnostic',
  },
  '2004': {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    getLastError: 'GetLastError',
    getErrorString: 'GetErrorString',
    getDiagnostic: 'GetDiagnostic',
  },
};

/** Per-version facts of the stricter profile. */
const RULES = {
  '1.2': {
    suspendDataLimit: 4096,
    separator: ',',
    responseFields: ['student_response'],
    failureCode: { setValue: '101', commit: '101', initialize: '101', terminate: '101' },
    resumeFields: { exit: ['core', 'exit'], sessionTime: ['core', 'session_time'] },
  },
  '2004': {
    suspendDataLimit: 64000,
    separator: '[,]',
    responseFields: ['learner_response'],
    failureCode: { setValue: '351', commit: '391', initialize: '102', terminate: '111' },
    resumeFields: { exit: ['exit'], sessionTime: ['session_time'] },
  },
} as const;

const TIMESPAN_12 = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const TIME_12 = /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/;
const OVER_TWO_DECIMALS = /\.\d{3,}/;
const IDENTIFIER_ELEMENT = /^cmi\.(?:interactions\.\d+(?:\.objectives\.\d+)?|objectives\.\d+)\.id$/;
const INTERACTION_ELEMENT = /^cmi\.interactions\.(\d+)\.(.+)$/;
const OBJECTIVE_ELEMENT = /^cmi\.objectives\.(\d+)\./;

export interface LaunchSetup {
  learnerName?: string;
  learnerId?: string;
  /** 1.2: "0"-"100"; 2004: "0"-"1". */
  masteryScore?: string;
  entry?: string;
  /** What an LMS kept from an earlier session; the new one resumes if it ended with exit suspend. */
  resumeFrom?: StrictApi;
}

export interface Faults {
  setValue: boolean | ((element: string) => boolean);
  commit: boolean;
  initialize: boolean;
  /** A Terminate also fails while commit faults are on: its persistence would fail too. */
  terminate: boolean;
  /** Failing calls throw instead of answering "false". */
  throws: boolean;
}

export interface StrictApi {
  readonly version: StrictVersion;
  readonly lms: Scorm12API | Scorm2004API;
  readonly violations: string[];
  /** Every call in order, e.g. "SetValue cmi.location = p2". */
  readonly calls: string[];
  /** Commit calls, failed ones included. */
  commits: number;
  faults: Faults;
  /** Runtime value of an element from scorm-again's cmi object, write-only ones included. */
  value(element: string): string;
  /** The last value sent for an element, exactly as sent. */
  sent(element: string): string | undefined;
  /** The CMI as the LMS stored it at the last accepted Commit or Terminate. */
  persisted(): Record<string, unknown>;
  [method: string]: unknown;
}

type Cmi = Record<string, unknown>;

function pathOf(element: string): string[] {
  return element.replace(/^cmi\./, '').split('.');
}

function readPath(data: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
}

function deletePath(data: Cmi, path: readonly string[]): void {
  const parent = readPath(data, path.slice(0, -1)) as Cmi | undefined;
  if (parent) delete parent[path[path.length - 1]];
}

function snapshot(lms: Scorm12API | Scorm2004API): Cmi {
  return JSON.parse(JSON.stringify(lms.cmi)) as Cmi;
}

function applyLaunch(version: StrictVersion, lms: Scorm12API | Scorm2004API, setup: LaunchSetup): void {
  const previous = setup.resumeFrom?.persisted();
  const rules = RULES[version];
  const entry = setup.entry ?? (previous && readPath(previous, rules.resumeFields.exit) === 'suspend' ? 'resume' : '');
  if (previous) {
    deletePath(previous, rules.resumeFields.exit);
    deletePath(previous, rules.resumeFields.sessionTime);
    lms.loadFromJSON(previous);
  }
  if (lms instanceof Scorm12API) {
    lms.cmi.core.entry = entry;
    lms.cmi.core.student_name = setup.learnerName ?? 'Khan, Amira';
    lms.cmi.core.student_id = setup.learnerId ?? 'learner-1';
    if (setup.masteryScore !== undefined) lms.cmi.student_data.mastery_score = setup.masteryScore;
  } else {
    lms.cmi.entry = entry;
    lms.cmi.learner_name = setup.learnerName ?? 'Amira Khan';
    lms.cmi.learner_id = setup.learnerId ?? 'learner-1';
    if (setup.masteryScore !== undefined) lms.cmi.scaled_passing_score = setup.masteryScore;
  }
}

/** Read through the JSON form: scorm-again's 1.2 getters throw on write-only elements. */
function interactionField(lms: Scorm12API | Scorm2004API, index: number, field: 'id' | 'type'): string {
  const found = readPath(snapshot(lms), ['interactions', String(index), field]);
  return typeof found === 'string' ? found : '';
}

/** The stricter checks for one SetValue; each breach is a sentence. */
function setValueBreaches(version: StrictVersion, lms: Scorm12API | Scorm2004API, element: string, value: string): string[] {
  const rules = RULES[version];
  const breaches: string[] = [];
  if (IDENTIFIER_ELEMENT.test(element) && /\s/.test(value)) breaches.push(`whitespace in identifier ${element} = "${value}"`);
  const objective = OBJECTIVE_ELEMENT.exec(element);
  if (objective && Number(objective[1]) > lms.cmi.objectives.childArray.length) {
    breaches.push(`objective index ${objective[1]} skips past ${lms.cmi.objectives.childArray.length}`);
  }
  if (element === 'cmi.suspend_data' && value.length > rules.suspendDataLimit) {
    breaches.push(`suspend_data of ${value.length} characters exceeds ${rules.suspendDataLimit}`);
  }
  if (version === '1.2' && element === 'cmi.core.session_time' && !TIMESPAN_12.test(value)) {
    breaches.push(`session_time "${value}" is not HHHH:MM:SS.SS`);
  }
  if (version === '2004' && element === 'cmi.session_time' && OVER_TWO_DECIMALS.test(value)) {
    breaches.push(`session_time "${value}" has more than 2 decimals`);
  }
  const interaction = INTERACTION_ELEMENT.exec(element);
  if (interaction) breaches.push(...interactionBreaches(version, lms, Number(interaction[1]), interaction[2], value));
  return breaches;
}

function interactionBreaches(
  version: StrictVersion,
  lms: Scorm12API | Scorm2004API,
  index: number,
  field: string,
  value: string,
): string[] {
  const breaches: string[] = [];
  const count = lms.cmi.interactions.childArray.length;
  const element = `cmi.interactions.${index}.${field}`;
  if (index > count) breaches.push(`interaction index ${index} skips past ${count}`);
  if (version === '2004' && field !== 'id') {
    const hasId = index < count && interactionField(lms, index, 'id') !== '';
    const hasType = index < count && interactionField(lms, index, 'type') !== '';
    if (!hasId || (field !== 'type' && !hasType)) breaches.push(`${element} set before the interaction's id and type`);
  }
  if (version === '2004' && (field === 'latency' || field === 'timestamp') && OVER_TWO_DECIMALS.test(value)) {
    breaches.push(`${element} "${value}" has more than 2 decimals`);
  }
  if (version === '1.2' && field === 'latency' && !TIMESPAN_12.test(value)) breaches.push(`${element} "${value}" is not HHHH:MM:SS.SS`);
  if (version === '1.2' && field === 'time' && !TIME_12.test(value)) breaches.push(`${element} "${value}" is not HH:MM:SS`);
  const isResponse = (RULES[version].responseFields as readonly string[]).includes(field) || /^correct_responses\.\d+\.pattern$/.test(field);
  if (isResponse && interactionField(lms, index, 'type') === 'choice') {
    const letters = value.split(RULES[version].separator);
    if (!letters.every((letter) => /^[a-z]$/.test(letter))) breaches.push(`${element} "${value}" is not single letters`);
  }
  return breaches;
}

export function strictApi(version: StrictVersion, setup: LaunchSetup = {}): StrictApi {
  const lms = version === '1.2' ? new Scorm12API({ autocommit: false, logLevel: 5 }) : new Scorm2004API({ autocommit: false, logLevel: 5 });
  applyLaunch(version, lms, setup);
  const names = METHODS[version];
  const forward = (role: Role, ...args: string[]): string => (lms as unknown as Record<string, Method>)[names[role]](...args);
  const rules = RULES[version];
  let phase: 'new' | 'running' | 'ended' = 'new';
  let failureCode = '';
  let stored: Cmi = snapshot(lms);
  const sentValues = new Map<string, string>();

  const strict: StrictApi = {
    version,
    lms,
    violations: [],
    calls: [],
    commits: 0,
    faults: { setValue: false, commit: false, initialize: false, terminate: false, throws: false },
    value: (element) => {
      const path = pathOf(element);
      if (path[path.length - 1] === '_count') return String(Object.keys(readPath(snapshot(lms), path.slice(0, -1)) ?? {}).length);
      const found = readPath(snapshot(lms), path);
      return typeof found === 'string' ? found : '';
    },
    sent: (element) => sentValues.get(element),
    persisted: () => JSON.parse(JSON.stringify(stored)) as Cmi,
  };

  const breach = (message: string): void => {
    strict.violations.push(message);
  };
  const requireRunning = (role: Role): void => {
    if (phase === 'new') breach(`${names[role]} called before ${names.initialize}`);
    if (phase === 'ended') breach(`${names[role]} called after ${names.terminate}`);
  };
  const fail = (role: keyof Faults & keyof typeof rules.failureCode): string => {
    failureCode = rules.failureCode[role];
    if (strict.faults.throws) throw new Error(`${names[role]} failed (simulated)`);
    return 'false';
  };
  const failsSet = (element: string): boolean => {
    const rule = strict.faults.setValue;
    return typeof rule === 'function' ? rule(element) : rule;
  };

  const handlers: Record<Role, Method> = {
    initialize: (parameter = '') => {
      strict.calls.push(names.initialize);
      if (phase !== 'new') breach(`second ${names.initialize}`);
      if (strict.faults.initialize) return fail('initialize');
      phase = 'running';
      return forward('initialize', parameter);
    },
    terminate: (parameter = '') => {
      strict.calls.push(names.terminate);
      requireRunning('terminate');
      if (phase !== 'running') return 'false';
      phase = 'ended';
      if (strict.faults.commit || strict.faults.terminate) return fail('terminate');
      const answer = forward('terminate', parameter);
      if (answer === 'true') stored = snapshot(lms);
      return answer;
    },
    getValue: (element) => {
      strict.calls.push(`${names.getValue} ${element}`);
      requireRunning('getValue');
      return forward('getValue', element);
    },
    setValue: (element, value) => {
      const text = String(value);
      strict.calls.push(`${names.setValue} ${element} = ${text}`);
      requireRunning('setValue');
      setValueBreaches(version, lms, element, text).forEach(breach);
      if (failsSet(element)) return fail('setValue');
      sentValues.set(element, text);
      return forward('setValue', element, text);
    },
    commit: (parameter = '') => {
      strict.calls.push(names.commit);
      strict.commits += 1;
      requireRunning('commit');
      if (strict.faults.commit) return fail('commit');
      const answer = forward('commit', parameter);
      if (answer === 'true') stored = snapshot(lms);
      return answer;
    },
    getLastError: () => (failureCode !== '' ? failureCode : forward('getLastError')),
    getErrorString: (code) => forward('getErrorString', code),
    getDiagnostic: (code) => forward('getDiagnostic', code),
  };

  for (const role of Object.keys(handlers) as Role[]) {
    strict[names[role]] = (...args: string[]) => {
      if (role !== 'getLastError' && role !== 'getErrorString' && role !== 'getDiagnostic') failureCode = '';
      return handlers[role](...args);
    };
  }
  return strict;
}
