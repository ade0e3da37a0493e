// Progress kept in the browser: all of it in standalone mode, and in LMS mode whatever the LMS
// has not accepted yet, so a tab closed while the LMS is failing loses nothing. Browsers may
// refuse storage (privacy modes, blocked cookies, quota) by throwing: that is survivable.

import type { CmiRecord, InteractionRecord, LmsMode, ObjectiveRecord } from './types.ts';

const FORMAT = 1;

export interface MirrorState {
  mode: LmsMode;
  /** Whose progress it is, so a shared computer never hands one learner's answers to another. */
  learnerId: string;
  record?: Partial<CmiRecord>;
  interactions: InteractionRecord[];
  objectives: ObjectiveRecord[];
}

export interface Mirror {
  load(): MirrorState | null;
  save(state: MirrorState): void;
  clear(): void;
  /** False once the browser has refused to store anything. */
  working(): boolean;
}

function storageOf(win: Window): Storage | null {
  try {
    return win.localStorage ?? null;
  } catch {
    return null;
  }
}

function isRecordLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reviveInteraction(value: unknown): InteractionRecord | null {
  if (!isRecordLike(value) || typeof value.id !== 'string') return null;
  return { ...(value as unknown as InteractionRecord), timestamp: new Date(String(value.timestamp)) };
}

function parseState(text: string | null): MirrorState | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!isRecordLike(value) || value.format !== FORMAT) return null;
    const list = (items: unknown): unknown[] => (Array.isArray(items) ? items : []);
    return {
      mode: value.mode as LmsMode,
      learnerId: typeof value.learnerId === 'string' ? value.learnerId : '',
      record: isRecordLike(value.record) ? (value.record as Partial<CmiRecord>) : undefined,
      interactions: list(value.interactions).map(reviveInteraction).filter((i) => i !== null),
      objectives: list(value.objectives).filter(isRecordLike) as unknown as ObjectiveRecord[],
    };
  } catch {
    return null;
  }
}

export function openMirror(win: Window, key: string): Mirror {
  let working = storageOf(win) !== null;
  const attempt = <T>(action: (storage: Storage) => T, fallback: T): T => {
    const storage = storageOf(win);
    try {
      if (storage === null) throw new Error('no storage');
      const result = action(storage);
      working = true;
      return result;
    } catch {
      working = false;
      return fallback;
    }
  };

  return {
    load: () => parseState(attempt((storage) => storage.getItem(key), null)),
    save: (state) => attempt((storage) => storage.setItem(key, JSON.stringify({ format: FORMAT, ...state })), undefined),
    clear: () => attempt((storage) => storage.removeItem(key), undefined),
    working: () => working,
  };
}
