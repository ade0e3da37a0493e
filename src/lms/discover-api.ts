// Finding the LMS's API object the way ADL's reference algorithms do: this window and its
// parents, then the opener and its parents. Every property read may throw when a frame
// belongs to another origin, so each one is guarded; window.top is never assumed reachable.

import type { VersionProfile } from './profile.ts';
import type { ScormApiObject } from './runtime.ts';

function read(target: unknown, key: string): unknown {
  try {
    return (target as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function isApi(candidate: unknown, initializeName: string): candidate is ScormApiObject {
  return typeof candidate === 'object' && candidate !== null && typeof read(candidate, initializeName) === 'function';
}

/** Looks in `start` and up to `maxHops` parents, noting every window it could see. */
function scanParents(
  start: unknown,
  profile: VersionProfile,
  seen: unknown[],
): ScormApiObject | null {
  let current = start;
  for (let hop = 0; hop <= profile.maxParentHops; hop += 1) {
    seen.push(current);
    const api = read(current, profile.apiName);
    if (isApi(api, profile.methods.initialize)) return api;
    const parent = read(current, 'parent');
    if (parent === undefined || parent === null || parent === current) return null;
    current = parent;
  }
  return null;
}

/** A popup's frames have no opener themselves: their top window has, so each seen window's opener counts. */
function scanOpeners(windows: unknown[], profile: VersionProfile): ScormApiObject | null {
  const tried: unknown[] = [];
  for (const win of windows) {
    const opener = read(win, 'opener');
    if (opener === undefined || opener === null || tried.includes(opener)) continue;
    tried.push(opener);
    const api = scanParents(opener, profile, []);
    if (api) return api;
  }
  return null;
}

export function findApi(win: Window, profile: VersionProfile): ScormApiObject | null {
  const seen: unknown[] = [];
  return scanParents(win, profile, seen) ?? scanOpeners(seen, profile);
}
