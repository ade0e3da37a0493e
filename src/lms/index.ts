// The player's only way to the LMS: find the API, speak its version, or fall back to the browser.

import { findApi } from './discover-api.ts';
import { openMirror } from './local-mirror.ts';
import type { VersionProfile } from './profile.ts';
import { connectScorm } from './scorm-session.ts';
import { scorm12 } from './scorm12.ts';
import { scorm2004 } from './scorm2004.ts';
import { connectStandalone } from './standalone-session.ts';
import type { ConnectOptions, Lms, ScormVersion } from './types.ts';

export type {
  CmiRecord,
  ConnectOptions,
  InteractionRecord,
  InteractionType,
  LaunchData,
  Lms,
  LmsMode,
  LmsStatus,
  ObjectiveRecord,
  ScormVersion,
} from './types.ts';

const PROFILES: Record<ScormVersion, VersionProfile> = { '1.2': scorm12, '2004': scorm2004 };

export function connect(options: ConnectOptions): Lms {
  const win = options.win ?? window;
  const profile = PROFILES[options.version];
  const mirror = openMirror(win, options.storageKey);
  const api = findApi(win, profile);
  if (api === null) return connectStandalone(mirror);
  return connectScorm({ api, profile, mirror, now: options.now ?? Date.now });
}
