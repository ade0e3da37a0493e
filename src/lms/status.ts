// What the learner is told about saving. Each situation has a calm sentence for when the
// browser keeps a copy and one for when it cannot.

import type { LmsStatus } from './types.ts';

export type Situation = 'connected' | 'standalone' | 'retrying' | 'too-large' | 'unreachable' | 'ended';

interface Wording {
  state: LmsStatus['state'];
  saved: string;
  unsaved: string;
}

const WORDING: Record<Situation, Wording> = {
  connected: {
    state: 'connected',
    saved: 'Your progress is saved to the learning platform.',
    unsaved: 'Your progress is saved to the learning platform.',
  },
  standalone: {
    state: 'standalone',
    saved: 'No learning platform found: your progress is saved in this browser only.',
    unsaved:
      'No learning platform found, and this browser is not allowing us to save: your progress will be lost when you close this page.',
  },
  retrying: {
    state: 'retrying',
    saved: 'Your progress is saved in this browser while we reconnect to the learning platform.',
    unsaved: 'We are reconnecting to the learning platform. Please keep this page open until your progress is saved.',
  },
  'too-large': {
    state: 'failed',
    saved:
      'Your progress is too large for the learning platform to store, so it is kept in this browser for now. Please let your tutor know.',
    unsaved:
      'Your progress is too large for the learning platform to store, and this browser is not allowing us to keep it. Please let your tutor know.',
  },
  unreachable: {
    state: 'failed',
    saved:
      'We could not connect to the learning platform, so your progress is saved in this browser and will be sent next time you open the course.',
    unsaved:
      'We could not connect to the learning platform, and this browser is not allowing us to save: your progress will be lost when you close this page.',
  },
  ended: {
    state: 'failed',
    saved:
      'Your latest progress is saved in this browser and will be sent to the learning platform next time you open this course.',
    unsaved: 'Some of your latest progress could not be sent to the learning platform.',
  },
};

export function describeStatus(situation: Situation, pending: boolean, storageWorking: boolean): LmsStatus {
  const wording = WORDING[situation];
  return { state: wording.state, pending, message: storageWorking ? wording.saved : wording.unsaved };
}

export interface StatusFeed {
  publish(status: LmsStatus): void;
  subscribe(listener: (status: LmsStatus) => void): () => void;
}

export function createStatusFeed(initial: LmsStatus): StatusFeed {
  let current = initial;
  const listeners = new Set<(status: LmsStatus) => void>();
  const tell = (listener: (status: LmsStatus) => void): void => {
    try {
      listener(current);
    } catch {
      // A broken listener must not stop saving or the other listeners.
    }
  };

  return {
    publish(status) {
      const same =
        status.state === current.state && status.pending === current.pending && status.message === current.message;
      if (same) return;
      current = status;
      listeners.forEach(tell);
    },
    subscribe(listener) {
      listeners.add(listener);
      tell(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
