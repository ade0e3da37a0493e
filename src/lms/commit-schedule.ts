// When to talk to the LMS. Changes wait for one trailing commit at most every 5 s, because
// many LMSs persist each Commit with a server round trip; failures back off so a struggling
// LMS is not hammered, and keep trying for as long as the page is open.

export const COMMIT_INTERVAL_MS = 5000;
export const RETRY_DELAYS_MS = [2000, 5000, 10000, 30000] as const;

export interface CommitSchedule {
  /** Something changed: make sure a commit is coming. */
  changed(): void;
  /** Commit at once (page hiding). */
  now(): void;
  /** No more commits, ever. */
  stop(): void;
}

/** `run` sends everything and answers whether the LMS accepted it. */
export function createCommitSchedule(run: () => boolean): CommitSchedule {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let stopped = false;

  const cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const schedule = (delay: number): void => {
    if (!stopped) timer = setTimeout(fire, delay);
  };
  function fire(): void {
    cancel();
    if (stopped) return;
    if (run()) {
      failures = 0;
      return;
    }
    schedule(RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]);
    failures += 1;
  }

  return {
    changed() {
      if (timer === undefined) schedule(COMMIT_INTERVAL_MS);
    },
    now: fire,
    stop() {
      cancel();
      stopped = true;
    },
  };
}
