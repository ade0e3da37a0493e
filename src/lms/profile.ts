// What differs between SCORM 1.2 and 2004, as data. The session code reads these tables and
// never branches on the version itself.

import type { CmiRecord, HeldStatus, InteractionRecord, InteractionType, ObjectiveRecord } from './types.ts';

/** One SetValue: element name and value, in the order the LMS should receive them. */
export type Write = readonly [element: string, value: string];

export interface MethodNames {
  initialize: string;
  terminate: string;
  getValue: string;
  setValue: string;
  commit: string;
}

/** Elements read once, right after Initialize. */
export interface LaunchElements {
  suspendData: string;
  location: string;
  masteryScore: string;
  /** What the LMS's mastery value is divided by to make a share 0..1. */
  masteryDivisor: number;
  learnerName: string;
  learnerId: string;
  entry: string;
  interactionCount: string;
  objectiveCount: string;
  objectiveId: (index: number) => string;
  /** Reads the record's statuses as this version spells them, in the adapter's terms. */
  heldStatus: (get: (element: string) => string) => HeldStatus;
  /** Whether an objective, by index, is recorded as passed. */
  objectivePassed: (get: (element: string) => string, index: number) => boolean;
  /** SCORM 2004 lets a SCO read its interactions back; 1.2 makes them write-only. */
  readableInteractions: boolean;
}

/** How one version spells an interaction; interaction-writes.ts turns it into writes. */
export interface InteractionVocabulary {
  element: (index: number, field: string) => string;
  responseField: string;
  timeField: string;
  formatTime: (date: Date) => string;
  formatLatency: (seconds: number) => string;
  typeNames: Record<InteractionType, string>;
  resultNames: Record<InteractionRecord['result'], string>;
  /** Encodes a structured response or pattern (choice, matching...) into one string. */
  encode: Record<InteractionType, (parts: string[]) => string>;
  /** How a free-text answer is cleaned, per type; patterns may carry a prefix. */
  textResponse: (type: InteractionType, text: string) => string;
  textPattern: (type: InteractionType, text: string) => string;
  describe?: (description: string) => string;
  /** False where each interaction's criteria are left out (they cost more than they tell, see scorm2004.ts). */
  linksObjectives?: boolean;
  identifierLimit: number;
}

export interface VersionProfile {
  mode: 'scorm12' | 'scorm2004';
  apiName: string;
  /** Parent hops the discovery walk may take (ADL's algorithms: 7 for 1.2, 500 for 2004). */
  maxParentHops: number;
  methods: MethodNames;
  suspendDataLimit: number;
  identifierLimit: number;
  launch: LaunchElements;
  recordWrites: (record: Partial<CmiRecord>) => Write[];
  /** Always suspend, so the next launch is handed the learner's data back (Moodle hands SCORM 2004 data back only after "suspend"). */
  exitWrite: Write;
  sessionTimeWrite: (seconds: number) => Write;
  interactions: InteractionVocabulary;
  objectiveWrites: (index: number, objective: ObjectiveRecord) => Write[];
}
