// SCORM 1.2 spelling of everything the adapter sends and reads.

import { clamp, decimalText, sanitiseIdentifier, singleLine } from './cmi-values.ts';
import type { InteractionVocabulary, VersionProfile, Write } from './profile.ts';
import { clockTime12, timespan12 } from './time-format.ts';
import type { CmiRecord, HeldStatus, ObjectiveRecord } from './types.ts';

const IDENTIFIER_LIMIT = 255;
/** CMIString255 and CMIFeedback: 1.2 has no longer text element. */
const TEXT_LIMIT = 255;

const commaList = (parts: string[]): string => parts.join(',');
const truthLetter = (parts: string[]): string => (parts[0]?.toLowerCase().startsWith('t') ? 't' : 'f');
const shortText = (_type: unknown, text: string): string => singleLine(text, TEXT_LIMIT);

const interactions: InteractionVocabulary = {
  element: (index, field) => `cmi.interactions.${index}.${field}`,
  responseField: 'student_response',
  timeField: 'time',
  formatTime: clockTime12,
  formatLatency: timespan12,
  typeNames: {
    choice: 'choice',
    'true-false': 'true-false',
    sequencing: 'sequencing',
    matching: 'matching',
    'fill-in': 'fill-in',
    'long-fill-in': 'fill-in',
    other: 'performance',
  },
  resultNames: { correct: 'correct', incorrect: 'wrong', neutral: 'neutral' },
  encode: {
    choice: commaList,
    'true-false': truthLetter,
    sequencing: commaList,
    matching: commaList,
    'fill-in': commaList,
    'long-fill-in': commaList,
    other: commaList,
  },
  textResponse: shortText,
  textPattern: shortText,
  identifierLimit: IDENTIFIER_LIMIT,
};

// Suspend even once finished: the next launch is handed the learner's data back, and a learner
// who comes back to revise keeps their place and their result.
const EXIT: Write = ['cmi.core.exit', 'suspend'];

/** 1.2's one status, in the adapter's terms: passed and failed imply completed. */
function held12(status: string): HeldStatus {
  if (status === 'passed' || status === 'failed') return { completion: 'completed', success: status };
  if (status === 'completed') return { completion: 'completed' };
  return status === 'incomplete' ? { completion: 'incomplete' } : {};
}

/** 1.2 has a single status: a known result outranks completion. */
function lessonStatus(record: Partial<CmiRecord>): string | undefined {
  if (record.success === 'passed' || record.success === 'failed') return record.success;
  return record.completion;
}

function scoreWrites(prefix: string, raw: number | null | undefined): Write[] {
  if (raw === null || raw === undefined) return [];
  return [
    [`${prefix}.min`, '0'],
    [`${prefix}.max`, '100'],
    [`${prefix}.raw`, decimalText(clamp(raw, 0, 100), 2)],
  ];
}


function recordWrites(record: Partial<CmiRecord>): Write[] {
  const writes: Write[] = [];
  if (record.location !== undefined) writes.push(['cmi.core.lesson_location', record.location]);
  if (record.suspendData !== undefined) writes.push(['cmi.suspend_data', record.suspendData]);
  const status = lessonStatus(record);
  if (status !== undefined) writes.push(['cmi.core.lesson_status', status]);
  writes.push(...scoreWrites('cmi.core.score', record.scoreRaw));
  writes.push(EXIT);
  return writes;
}

function objectiveStatus(objective: ObjectiveRecord): string {
  if (objective.success !== 'unknown') return objective.success;
  return objective.completion === 'unknown' ? 'not attempted' : objective.completion;
}

function objectiveWrites(index: number, objective: ObjectiveRecord): Write[] {
  const prefix = `cmi.objectives.${index}`;
  const score = objective.scoreScaled === null ? null : objective.scoreScaled * 100;
  return [
    [`${prefix}.id`, sanitiseIdentifier(objective.id, IDENTIFIER_LIMIT)],
    [`${prefix}.status`, objectiveStatus(objective)],
    ...scoreWrites(`${prefix}.score`, score),
  ];
}

export const scorm12: VersionProfile = {
  mode: 'scorm12',
  apiName: 'API',
  maxParentHops: 7,
  methods: {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
  },
  suspendDataLimit: 4096,
  identifierLimit: IDENTIFIER_LIMIT,
  launch: {
    suspendData: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    masteryScore: 'cmi.student_data.mastery_score',
    masteryDivisor: 100,
    learnerName: 'cmi.core.student_name',
    learnerId: 'cmi.core.student_id',
    entry: 'cmi.core.entry',
    interactionCount: 'cmi.interactions._count',
    objectiveCount: 'cmi.objectives._count',
    objectiveId: (index) => `cmi.objectives.${index}.id`,
    heldStatus: (get) => held12(get('cmi.core.lesson_status')),
    objectivePassed: (get, index) => get(`cmi.objectives.${index}.status`) === 'passed',
    readableInteractions: false,
  },
  recordWrites,
  exitWrite: EXIT,
  sessionTimeWrite: (seconds) => ['cmi.core.session_time', timespan12(seconds)],
  interactions,
  objectiveWrites,
};
