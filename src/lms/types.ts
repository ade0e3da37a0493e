// The adapter's public vocabulary: what the player reads and writes, in plain words.
// SCORM element names never appear here; they live in scorm12.ts and scorm2004.ts.

export type ScormVersion = '1.2' | '2004';
export type LmsMode = 'scorm12' | 'scorm2004' | 'standalone';

export interface LaunchData {
  mode: LmsMode;
  /** Saved state string from the last session ('' when none). */
  suspendData: string;
  /** Saved resume location ('' when none). */
  location: string;
  /** Share (0..1) of criteria that must be met, when the LMS supplies one, else null. */
  masteryScore: number | null;
  learnerName: string;
  /** As the LMS gives it; '' standalone or when the LMS gives none. */
  learnerId: string;
  /** What the LMS already records for the learner: the package never writes lower. */
  held: HeldStatus;
  /** Objective ids (as sent, sanitised) the LMS records as passed: criteria already met stay met. */
  objectivesPassed: string[];
  /** True when the LMS says this attempt resumes, or browser storage held saved progress. */
  resumed: boolean;
  /**
   * The latest learner response the LMS holds for each interaction id asked for in
   * ConnectOptions.responsesFor. SCORM 2004 only: 1.2's interactions are write-only, and
   * standalone has no LMS, so both give {}. Text comes back as it was sent (one line).
   */
  responses: Record<string, string>;
}

/** The statuses an LMS holds, in the adapter's terms; undefined where it holds none. */
export interface HeldStatus {
  completion?: 'incomplete' | 'completed';
  success?: 'passed' | 'failed';
}

export interface CmiRecord {
  /** Page id to resume at. */
  location: string;
  suspendData: string;
  completion: 'incomplete' | 'completed';
  success: 'unknown' | 'passed' | 'failed';
  /** 0-100, share of criteria met; null = not yet scored. */
  scoreRaw: number | null;
  /** 0..1; only SCORM 2004 has somewhere to put it. */
  progress: number;
}

export type InteractionType =
  | 'choice'
  | 'true-false'
  | 'sequencing'
  | 'matching'
  | 'fill-in'
  | 'long-fill-in'
  | 'other';

export interface InteractionRecord {
  /** e.g. "a1-refund-faulty-kettle"; sanitised into a SCORM identifier on the way out. */
  id: string;
  type: InteractionType;
  /** Sent to SCORM 2004 only, trimmed to 250 characters. */
  description: string;
  /** choice: ["a","c"]; true-false: ["true"]; sequencing: keys in order; matching: ["a.1","b.3"]; text types: [text]. */
  response: string[];
  /** Same shape as response; [] when there is none; fill-in: each accepted answer. */
  correct: string[];
  result: 'correct' | 'incorrect' | 'neutral';
  /** Criterion refs like "l1-cs1:2.1"; sanitised on the way out. */
  objectives: string[];
  latencySeconds: number;
  timestamp: Date;
}

export interface ObjectiveRecord {
  /** Criterion ref like "l1-cs1:2.1"; sanitised on the way out. */
  id: string;
  /** Criterion text; sent to SCORM 2004 only. */
  description: string;
  success: 'unknown' | 'passed' | 'failed';
  completion: 'unknown' | 'incomplete' | 'completed';
  /** 0..1, or null when not scored. */
  scoreScaled: number | null;
}

export interface LmsStatus {
  state: 'connected' | 'standalone' | 'retrying' | 'failed';
  /** Changes not yet accepted by the LMS. */
  pending: boolean;
  /** Calm, learner-facing sentence. */
  message: string;
}

export interface Lms {
  readonly launch: LaunchData;
  update(record: Partial<CmiRecord>): void;
  recordInteraction(interaction: InteractionRecord): void;
  setObjective(objective: ObjectiveRecord): void;
  /** Commit now (used on visibilitychange to hidden). */
  flush(): void;
  /** Final commit and Terminate / LMSFinish (used on pagehide). Idempotent; nothing after it. */
  finish(): void;
  /** The listener hears the current status at once, then every change; returns unsubscribe. */
  onStatus(listener: (status: LmsStatus) => void): () => void;
}

export interface ConnectOptions {
  version: ScormVersion;
  /** localStorage key for standalone progress and for changes the LMS has not accepted yet. */
  storageKey: string;
  win?: Window;
  now?: () => number;
  /** Interaction ids whose latest response to read back at launch (see LaunchData.responses). */
  responsesFor?: string[];
}
