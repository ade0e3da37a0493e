// SCORM 2004 4th edition spelling of everything the adapter sends and reads.

import { clamp, decimalText, sanitiseIdentifier, singleLine } from './cmi-values.ts';
import type { InteractionVocabulary, VersionProfile, Write } from './profile.ts';
import { duration2004, timestamp2004 } from './time-format.ts';
import type { CmiRecord, InteractionType, ObjectiveRecord } from './types.ts';

const IDENTIFIER_LIMIT = 4000;
const CASE_INSENSITIVE = '{case_matters=false}';

/** localized_string_type: SPM 250 for fill-in, 4000 for the long forms. */
const TEXT_LIMITS: Record<InteractionType, number> = {
  choice: 250,
  'true-false': 250,
  sequencing: 250,
  matching: 250,
  'fill-in': 250,
  'long-fill-in': 4000,
  other: 4000,
};

const list = (parts: string[]): string => parts.join('[,]');
const truthWord = (parts: string[]): string => (parts[0]?.toLowerCase().startsWith('t') ? 'true' : 'false');
const pairs = (parts: string[]): string => list(parts.map((pair) => pair.replace('.', '[.]')));

/** A leading "{" reads as a {lang=..} delimiter and the LMS rejects the whole value. */
function withoutDelimiter(text: string): string {
  return text.replace(/^\{/, '(');
}

/** Line breaks go too: scorm-again, like some LMSs, refuses them even in long-fill-in. */
function textResponse(type: InteractionType, text: string): string {
  return withoutDelimiter(singleLine(text, TEXT_LIMITS[type]));
}

/** Accepted short answers match regardless of case, as the player marks them. */
function textPattern(type: InteractionType, text: string): string {
  if (type !== 'fill-in') return textResponse(type, text);
  const answer = singleLine(text, TEXT_LIMITS['fill-in'] - CASE_INSENSITIVE.length);
  return answer === '' ? '' : `${CASE_INSENSITIVE}${withoutDelimiter(answer)}`;
}


// LMSs such as Moodle resend every value of a SCORM 2004 attempt on each commit, and on unload
// two commits must fit the browser's 64 KB keepalive quota (src/preview/moodle-model.ts): each
// value costs about 130 bytes of form overhead, so only the values an assessor reads are sent.
// Interactions carry id, type, time, response, correct pattern and result: no latency, no
// description, no objective links (the tutor guide maps questions to criteria). Objectives carry
// id and status: no description, and no score beside a success status that says the same.
const interactions: InteractionVocabulary = {
  element: (index, field) => `cmi.interactions.${index}.${field}`,
  responseField: 'learner_response',
  timeField: 'timestamp',
  formatTime: timestamp2004,
  formatLatency: () => '',
  linksObjectives: false,
  typeNames: {
    choice: 'choice',
    'true-false': 'true-false',
    sequencing: 'sequencing',
    matching: 'matching',
    'fill-in': 'fill-in',
    'long-fill-in': 'long-fill-in',
    other: 'other',
  },
  resultNames: { correct: 'correct', incorrect: 'incorrect', neutral: 'neutral' },
  encode: {
    choice: list,
    'true-false': truthWord,
    sequencing: list,
    matching: pairs,
    'fill-in': list,
    'long-fill-in': list,
    other: list,
  },
  textResponse,
  textPattern,
  identifierLimit: IDENTIFIER_LIMIT,
};

function scoreWrites(raw: number | null | undefined): Write[] {
  if (raw === null || raw === undefined) return [];
  const bounded = clamp(raw, 0, 100);
  return [
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
    ['cmi.score.raw', decimalText(bounded, 2)],
    ['cmi.score.scaled', decimalText(bounded / 100, 4)],
  ];
}

// Suspend even once finished: Moodle hands SCORM 2004 data back only to a session that ended
// with "suspend", so a learner who passed and comes back to revise keeps their record.
const EXIT: Write = ['cmi.exit', 'suspend'];

function recordWrites(record: Partial<CmiRecord>): Write[] {
  const writes: Write[] = [];
  if (record.location !== undefined) writes.push(['cmi.location', record.location]);
  if (record.suspendData !== undefined) writes.push(['cmi.suspend_data', record.suspendData]);
  if (record.completion !== undefined) writes.push(['cmi.completion_status', record.completion]);
  if (record.success !== undefined) writes.push(['cmi.success_status', record.success]);
  writes.push(...scoreWrites(record.scoreRaw));
  if (record.progress !== undefined) {
    writes.push(['cmi.progress_measure', decimalText(clamp(record.progress, 0, 1), 4)]);
  }
  writes.push(EXIT);
  return writes;
}

function objectiveWrites(index: number, objective: ObjectiveRecord): Write[] {
  const prefix = `cmi.objectives.${index}`;
  const writes: Write[] = [[`${prefix}.id`, sanitiseIdentifier(objective.id, IDENTIFIER_LIMIT)]];
  if (objective.success !== 'unknown') writes.push([`${prefix}.success_status`, objective.success]);
  // A criterion met is completed by definition: its completion is sent only where success says nothing.
  if (objective.completion !== 'unknown' && objective.success === 'unknown') writes.push([`${prefix}.completion_status`, objective.completion]);
  return writes;
}

export const scorm2004: VersionProfile = {
  mode: 'scorm2004',
  apiName: 'API_1484_11',
  maxParentHops: 500,
  methods: {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
  },
  suspendDataLimit: 64000,
  identifierLimit: IDENTIFIER_LIMIT,
  launch: {
    suspendData: 'cmi.suspend_data',
    location: 'cmi.location',
    masteryScore: 'cmi.scaled_passing_score',
    masteryDivisor: 1,
    learnerName: 'cmi.learner_name',
    learnerId: 'cmi.learner_id',
    entry: 'cmi.entry',
    interactionCount: 'cmi.interactions._count',
    objectiveCount: 'cmi.objectives._count',
    objectiveId: (index) => `cmi.objectives.${index}.id`,
    heldStatus: (get) => {
      const completion = get('cmi.completion_status');
      const success = get('cmi.success_status');
      return {
        ...(completion === 'completed' || completion === 'incomplete' ? { completion } : {}),
        ...(success === 'passed' || success === 'failed' ? { success } : {}),
      };
    },
    objectivePassed: (get, index) => get(`cmi.objectives.${index}.success_status`) === 'passed',
    readableInteractions: true,
  },
  recordWrites,
  exitWrite: EXIT,
  sessionTimeWrite: (seconds) => ['cmi.session_time', duration2004(seconds)],
  interactions,
  objectiveWrites,
};
