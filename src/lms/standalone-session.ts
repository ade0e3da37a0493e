// No LMS (opened from disk or a plain web server): progress lives in this browser only.
// Interactions and objectives have nobody to report to, so they are not kept.

import { mergeRecord } from './cmi-record.ts';
import { launchData, NO_FACTS } from './launch.ts';
import type { Mirror } from './local-mirror.ts';
import { createStatusFeed, describeStatus } from './status.ts';
import type { CmiRecord, Lms } from './types.ts';

export function connectStandalone(mirror: Mirror): Lms {
  const stored = mirror.load();
  const saved = stored?.mode === 'standalone' ? stored : null;
  let record: Partial<CmiRecord> = saved?.record ?? {};
  const currentStatus = () => describeStatus('standalone', false, mirror.working());
  const feed = createStatusFeed(currentStatus());

  return {
    launch: launchData('standalone', NO_FACTS, saved),
    update(changes) {
      const merged = mergeRecord(record, changes);
      if (merged === null) return;
      record = merged;
      mirror.save({ mode: 'standalone', learnerId: '', record, interactions: [], objectives: [] });
      feed.publish(currentStatus());
    },
    recordInteraction() {},
    setObjective() {},
    flush() {},
    finish() {},
    onStatus: (listener) => feed.subscribe(listener),
  };
}
