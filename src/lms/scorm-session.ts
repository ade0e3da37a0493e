// A session with an LMS: one Initialize, throttled commits with retries, one Terminate, and the
// browser's copy of everything the LMS has not accepted yet.

import { createCommitSchedule } from './commit-schedule.ts';
import { launchData, NO_FACTS, readLaunchFacts, recoverable, type LmsFacts } from './launch.ts';
import { createWriter, type LmsWriter } from './lms-writer.ts';
import type { Mirror, MirrorState } from './local-mirror.ts';
import { createOutbox, type Outbox } from './outbox.ts';
import type { VersionProfile, Write } from './profile.ts';
import { createRuntime, type ScormApiObject } from './runtime.ts';
import { createStatusFeed, describeStatus, type Situation } from './status.ts';
import type { Lms } from './types.ts';

export interface ScormSessionOptions {
  api: ScormApiObject;
  profile: VersionProfile;
  mirror: Mirror;
  now: () => number;
  /** Interaction ids whose latest response the launch data should carry. */
  responsesFor?: string[];
}

interface Link {
  writer: LmsWriter | null;
  facts: LmsFacts;
  recovered: MirrorState | null;
}

/** Initialize, then read launch facts; without a working Initialize the LMS is never called again. */
function open(options: ScormSessionOptions): Link {
  const { api, profile, mirror } = options;
  const runtime = createRuntime(api, profile.methods);
  if (!runtime.initialize()) {
    return { writer: null, facts: NO_FACTS, recovered: recoverable(mirror.load(), profile.mode, null) };
  }
  const facts = readLaunchFacts(runtime, profile, options.responsesFor);
  const held = new Map([
    [profile.launch.suspendData, facts.suspendData],
    [profile.launch.location, facts.location],
  ]);
  const recovered = recoverable(mirror.load(), profile.mode, facts.learnerId);
  return { writer: createWriter(runtime, held), facts, recovered };
}

function replay(outbox: Outbox, recovered: MirrorState | null): void {
  if (recovered === null) return;
  if (recovered.record) outbox.update(recovered.record);
  recovered.objectives.forEach((objective) => outbox.setObjective(objective));
  recovered.interactions.forEach((interaction) => outbox.addInteraction(interaction));
}

export function connectScorm(options: ScormSessionOptions): Lms {
  const { profile, mirror, now } = options;
  const startedAt = now();
  const { writer, facts, recovered } = open(options);
  const learnerId = writer ? facts.learnerId : (recovered?.learnerId ?? '');
  const outbox = createOutbox(profile, facts);
  replay(outbox, recovered);
  let failing = false;
  let finished = false;

  function situation(): Situation {
    if (writer === null) return 'unreachable';
    if (outbox.oversize()) return 'too-large';
    if (finished) return outbox.settled() ? 'connected' : 'ended';
    return failing ? 'retrying' : 'connected';
  }
  const currentStatus = () => describeStatus(situation(), !outbox.settled(), mirror.working());
  const feed = createStatusFeed(currentStatus());

  function remember(): void {
    if (outbox.settled()) mirror.clear();
    else mirror.save({ mode: profile.mode, learnerId, ...outbox.unaccepted() });
    feed.publish(currentStatus());
  }

  function send(extra?: Write[]): boolean {
    if (writer === null) return false;
    failing = !writer.sync(outbox.entries(), extra);
    remember();
    return !failing;
  }

  const schedule = createCommitSchedule(() => send());
  const changed = (): void => {
    remember();
    if (!finished && writer !== null) schedule.changed();
  };
  if (!outbox.settled()) changed();

  return {
    launch: launchData(profile.mode, facts, recovered),
    update(changes) {
      if (outbox.update(changes)) changed();
    },
    recordInteraction(interaction) {
      outbox.addInteraction(interaction);
      changed();
    },
    setObjective(objective) {
      if (outbox.setObjective(objective)) changed();
    },
    flush() {
      if (!finished && writer !== null) schedule.now();
    },
    finish() {
      if (finished) return;
      finished = true;
      schedule.stop();
      if (writer === null) return remember();
      // Exit is sent even if the record never changed this session, so the next launch resumes.
      writer.finish(outbox.entries(), [profile.exitWrite, profile.sessionTimeWrite((now() - startedAt) / 1000)]);
      remember();
    },
    onStatus: (listener) => feed.subscribe(listener),
  };
}
