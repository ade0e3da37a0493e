// Everything the LMS has not accepted yet: the latest record, new interactions and changed
// objectives. Items leave only when a commit succeeds, so whatever is here is also what the
// browser must keep.

import { mergeRecord } from './cmi-record.ts';
import { sanitiseIdentifier } from './cmi-values.ts';
import { interactionWrites } from './interaction-writes.ts';
import type { MirrorState } from './local-mirror.ts';
import type { VersionProfile, Write } from './profile.ts';
import type { CmiRecord, InteractionRecord, ObjectiveRecord } from './types.ts';

export interface OutboxEntry {
  writes: Write[];
  /** Called once the LMS has committed all of `writes`. */
  acknowledge(): void;
}

export interface Outbox {
  /** The latest record, accepted or not. */
  record(): Partial<CmiRecord>;
  /** False when the changes change nothing. */
  update(changes: Partial<CmiRecord>): boolean;
  addInteraction(interaction: InteractionRecord): void;
  /** False when the objective is exactly as last set. */
  setObjective(objective: ObjectiveRecord): boolean;
  /** What to send, in order: the record (resume data first), objectives, then interactions. */
  entries(): OutboxEntry[];
  settled(): boolean;
  /** Suspend data beyond the version's limit is never sent, and never cut short. */
  oversize(): boolean;
  unaccepted(): Pick<MirrorState, 'record' | 'interactions' | 'objectives'>;
}

interface Indexed<T> {
  index: number;
  item: T;
}

export interface OutboxStart {
  interactionCount: number;
  objectiveIds: string[];
}

export function createOutbox(profile: VersionProfile, start: OutboxStart): Outbox {
  let record: Partial<CmiRecord> = {};
  let revision = 0;
  let acceptedRevision = 0;
  let nextInteraction = start.interactionCount;
  let nextObjective = start.objectiveIds.length;
  const interactions: Indexed<InteractionRecord>[] = [];
  const objectiveIndex = new Map(start.objectiveIds.map((id, index) => [id, index]));
  const objectives = new Map<string, Indexed<ObjectiveRecord>>();
  const lastObjective = new Map<string, string>();

  const oversize = (): boolean => (record.suspendData?.length ?? 0) > profile.suspendDataLimit;

  function recordEntry(): OutboxEntry {
    const sent = revision;
    const whole = !oversize();
    const sendable = whole ? record : { ...record, suspendData: undefined };
    return {
      writes: profile.recordWrites(sendable),
      acknowledge: () => {
        if (whole && revision === sent) acceptedRevision = sent;
      },
    };
  }

  function objectiveEntry(key: string, entry: Indexed<ObjectiveRecord>): OutboxEntry {
    return {
      writes: profile.objectiveWrites(entry.index, entry.item),
      acknowledge: () => {
        if (objectives.get(key) === entry) objectives.delete(key);
      },
    };
  }

  function interactionEntry(entry: Indexed<InteractionRecord>): OutboxEntry {
    return {
      writes: interactionWrites(entry.index, entry.item, profile.interactions),
      acknowledge: () => {
        const at = interactions.indexOf(entry);
        if (at >= 0) interactions.splice(at, 1);
      },
    };
  }

  function indexFor(key: string): number {
    const known = objectiveIndex.get(key);
    if (known !== undefined) return known;
    objectiveIndex.set(key, nextObjective);
    nextObjective += 1;
    return nextObjective - 1;
  }

  return {
    record: () => record,
    update(changes) {
      const merged = mergeRecord(record, changes);
      if (merged === null) return false;
      record = merged;
      revision += 1;
      return true;
    },
    addInteraction(interaction) {
      interactions.push({ index: nextInteraction, item: interaction });
      nextInteraction += 1;
    },
    setObjective(objective) {
      const key = sanitiseIdentifier(objective.id, profile.identifierLimit);
      const fingerprint = JSON.stringify(objective);
      if (lastObjective.get(key) === fingerprint) return false;
      lastObjective.set(key, fingerprint);
      objectives.set(key, { index: indexFor(key), item: objective });
      return true;
    },
    entries() {
      const list: OutboxEntry[] = revision === acceptedRevision ? [] : [recordEntry()];
      objectives.forEach((entry, key) => list.push(objectiveEntry(key, entry)));
      interactions.forEach((entry) => list.push(interactionEntry(entry)));
      return list;
    },
    settled: () => revision === acceptedRevision && interactions.length === 0 && objectives.size === 0,
    oversize,
    unaccepted: () => ({
      record: revision === acceptedRevision ? undefined : record,
      interactions: interactions.map((entry) => entry.item),
      objectives: [...objectives.values()].map((entry) => entry.item),
    }),
  };
}
