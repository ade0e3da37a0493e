// What the adapter learns at the start: from the LMS (after Initialize, never before) and
// from the browser's copy of progress the LMS never accepted.

import { hasProgress } from './cmi-record.ts';
import { countFrom, sanitiseIdentifier, shareFrom } from './cmi-values.ts';
import type { MirrorState } from './local-mirror.ts';
import type { VersionProfile } from './profile.ts';
import type { Runtime } from './runtime.ts';
import type { HeldStatus, LaunchData, LmsMode } from './types.ts';

export interface LmsFacts {
  suspendData: string;
  location: string;
  masteryScore: number | null;
  learnerName: string;
  learnerId: string;
  held: HeldStatus;
  objectivesPassed: string[];
  resumed: boolean;
  /** Where this session's first interaction goes: interactions are append-only. */
  interactionCount: number;
  /** Objective ids by index, so a resumed session updates its objectives in place. */
  objectiveIds: string[];
  /** Latest learner response by the caller's interaction id (SCORM 2004 only). */
  responses: Record<string, string>;
}

/** Only the newest interactions are searched: enough for any unit, and launch stays quick. */
const RESPONSE_WINDOW = 500;

export const NO_FACTS: LmsFacts = {
  suspendData: '',
  location: '',
  masteryScore: null,
  learnerName: '',
  learnerId: '',
  held: {},
  objectivesPassed: [],
  resumed: false,
  interactionCount: 0,
  objectiveIds: [],
  responses: {},
};

/**
 * The latest response of each wanted interaction. Interactions are append-only, so the search
 * runs newest first, reads ids only, fetches the response of a wanted one, and stops once every
 * wanted id is found.
 */
function readResponses(runtime: Runtime, profile: VersionProfile, count: number, wanted: string[]): Record<string, string> {
  const responses: Record<string, string> = {};
  if (!profile.launch.readableInteractions) return responses;
  const words = profile.interactions;
  const missing = new Map(wanted.map((id) => [sanitiseIdentifier(id, words.identifierLimit), id]));
  for (let index = count - 1; index >= Math.max(0, count - RESPONSE_WINDOW) && missing.size > 0; index -= 1) {
    const identifier = runtime.get(words.element(index, 'id'));
    const id = missing.get(identifier);
    if (id === undefined) continue;
    missing.delete(identifier);
    responses[id] = runtime.get(words.element(index, words.responseField));
  }
  return responses;
}

export function readLaunchFacts(runtime: Runtime, profile: VersionProfile, responsesFor: string[] = []): LmsFacts {
  const elements = profile.launch;
  const objectiveCount = countFrom(runtime.get(elements.objectiveCount));
  const interactionCount = countFrom(runtime.get(elements.interactionCount));
  const get = (element: string) => runtime.get(element);
  const objectiveIds = Array.from({ length: objectiveCount }, (_, index) => runtime.get(elements.objectiveId(index)));
  return {
    suspendData: runtime.get(elements.suspendData),
    location: runtime.get(elements.location),
    masteryScore: shareFrom(runtime.get(elements.masteryScore), elements.masteryDivisor),
    learnerName: runtime.get(elements.learnerName),
    learnerId: runtime.get(elements.learnerId),
    held: elements.heldStatus(get),
    objectivesPassed: objectiveIds.filter((_, index) => elements.objectivePassed(get, index)),
    resumed: runtime.get(elements.entry) === 'resume',
    interactionCount,
    objectiveIds,
    responses: readResponses(runtime, profile, interactionCount, responsesFor),
  };
}

/**
 * The browser's copy counts only for the same kind of launch and the same learner. An unknown
 * learner (null now, '' in the copy: the LMS could not say) matches, because then keeping the
 * learner's place matters more than the rare shared computer.
 */
export function recoverable(state: MirrorState | null, mode: LmsMode, learnerId: string | null): MirrorState | null {
  if (state === null || state.mode !== mode) return null;
  const sameLearner = learnerId === null || state.learnerId === '' || state.learnerId === learnerId;
  return sameLearner ? state : null;
}

/** The browser's unaccepted copy is newer than anything the LMS holds, so it wins. */
export function launchData(mode: LmsMode, facts: LmsFacts, recovered: MirrorState | null): LaunchData {
  const record = recovered?.record;
  return {
    mode,
    suspendData: record?.suspendData ?? facts.suspendData,
    location: record?.location ?? facts.location,
    masteryScore: facts.masteryScore,
    learnerName: facts.learnerName,
    learnerId: facts.learnerId,
    held: facts.held,
    objectivesPassed: facts.objectivesPassed,
    resumed: facts.resumed || hasProgress(record),
    responses: facts.responses,
  };
}
