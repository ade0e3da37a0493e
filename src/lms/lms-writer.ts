// Sends the outbox to the LMS: only values the LMS does not hold already, then one Commit.
// It stops at the first refused SetValue, because what follows may depend on it (an
// interaction's id before its fields, interaction n before n+1).

import type { OutboxEntry } from './outbox.ts';
import type { Write } from './profile.ts';
import type { Runtime } from './runtime.ts';

export interface LmsWriter {
  /** Sends and commits; true when the LMS accepted all of it. */
  sync(entries: OutboxEntry[], extra?: Write[]): boolean;
  /** Sends the last values, then Terminate, which persists them: no Commit of its own first. */
  finish(entries: OutboxEntry[], extra: Write[]): void;
}

/** `held` starts with what the LMS already holds (launch values) and grows with each SetValue. */
export function createWriter(runtime: Runtime, held: Map<string, string>): LmsWriter {
  let uncommitted = false;
  let awaitingCommit: OutboxEntry[] = [];

  function send(writes: Write[]): boolean {
    for (const [element, value] of writes) {
      if (held.get(element) === value) continue;
      if (!runtime.set(element, value)) return false;
      held.set(element, value);
      uncommitted = true;
    }
    return true;
  }

  /** Entries whose writes are all in the LMS, in order, up to the first refusal. */
  function sendEntries(entries: OutboxEntry[]): { sent: OutboxEntry[]; complete: boolean } {
    const sent: OutboxEntry[] = [];
    for (const entry of entries) {
      if (!send(entry.writes)) return { sent, complete: false };
      sent.push(entry);
    }
    return { sent, complete: true };
  }

  function accept(): void {
    awaitingCommit.forEach((entry) => entry.acknowledge());
    awaitingCommit = [];
    uncommitted = false;
  }

  return {
    sync(entries, extra = []) {
      const { sent, complete } = sendEntries(entries);
      const allSent = complete && send(extra);
      awaitingCommit = sent;
      if (!uncommitted) {
        accept();
        return allSent;
      }
      const committed = runtime.commit();
      if (committed) accept();
      return allSent && committed;
    },
    finish(entries, extra) {
      // Terminate persists like a Commit (SCORM 2004 says so; 1.2 LMSs behave alike). A Commit
      // just before it would cost a second request on unload: Moodle sends each by sendBeacon,
      // within the browser's 64 KB in flight, so one is saved.
      const { sent, complete } = sendEntries(entries);
      if (complete) send(extra);
      awaitingCommit = sent;
      if (runtime.terminate()) accept();
    },
  };
}
