// What the adapter learns at the start: from the LMS (after Initialize, never before) and
// from the browser's copy of progress the LMS never accepted.

import { hasProgress } from './cmi-record.ts';
import { countFrom, shareFrom } from './cmi-values.ts';
import type { MirrorState } from './local-mirror.ts';
import type { VersionProfile } from './profile.ts';
import type { Runtime } from './runtime.ts';
import type { LaunchData, LmsMode } from './types.ts';

export interface LmsFacts {
  suspendData: string;
  location: string;
  masteryScore: number | null;
  learnerName: string;
  learnerId: string;
  resumed: boolean;
  /** Where this session's first interaction goes: interactions are append-only. */
  interactionCount: number;
  /** Objective ids by index, so a resumed session updates its objectives in place. */
  objectiveIds: string[];
}

export const NO_FACTS: LmsFacts = {
  suspendData: '',
  location: '',
  masteryScore: null,
  learnerName: '',
  learnerId: '',
  resumed: false,
  interactionCount: 0,
  objectiveIds: [],
};

export function readLaunchFacts(runtime: Runtime, profile: VersionProfile): LmsFacts {
  const elements = profile.launch;
  const objectiveCount = countFrom(runtime.get(elements.objectiveCount));
  return {
    suspendData: runtime.get(elements.suspendData),
    location: runtime.get(elements.location),
    masteryScore: shareFrom(runtime.get(elements.masteryScore), elements.masteryDivisor),
    learnerName: runtime.get(elements.learnerName),
    learnerId: runtime.get(elements.learnerId),
    resumed: runtime.get(elements.entry) === 'resume',
    interactionCount: countFrom(runtime.get(elements.interactionCount)),
    objectiveIds: Array.from({ length: objectiveCount }, (_, index) => runtime.get(elements.objectiveId(index))),
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
    resumed: facts.resumed || hasProgress(record),
  };
}
