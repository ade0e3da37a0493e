// Rules about the learner's record that hold whatever the LMS.

import type { CmiRecord } from './types.ts';

/** Finished means nothing more to do: completed and judged. Anything else is left to resume. */
export function isFinished(record: Partial<CmiRecord>): boolean {
  return record.completion === 'completed' && (record.success === 'passed' || record.success === 'failed');
}

/** The record with `changes` applied, or null when nothing actually changes. */
export function mergeRecord(record: Partial<CmiRecord>, changes: Partial<CmiRecord>): Partial<CmiRecord> | null {
  const merged: Partial<CmiRecord> = { ...record };
  let changed = false;
  for (const key of Object.keys(changes) as (keyof CmiRecord)[]) {
    const value = changes[key];
    if (value === undefined || record[key] === value) continue;
    Object.assign(merged, { [key]: value });
    changed = true;
  }
  return changed ? merged : null;
}

/** Whether saved progress holds anything worth resuming from. */
export function hasProgress(record: Partial<CmiRecord> | undefined): boolean {
  return Boolean(record && (record.suspendData || record.location));
}
