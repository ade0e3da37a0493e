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
  HeldStatus,
  InteractionRecord,
  InteractionType,
  LaunchData,
  Lms,
  LmsMode,
  LmsStatus,
  ObjectiveRecord,
  ScormVersion,
} from './types.ts';

/** Set by the package build: each package's player speaks one version, so the other is left out. */
declare const __SCORM_VERSION__: ScormVersion | undefined;

function profileFor(version: ScormVersion): VersionProfile {
  if (typeof __SCORM_VERSION__ !== 'undefined') return __SCORM_VERSION__ === '1.2' ? scorm12 : scorm2004;
  return version === '1.2' ? scorm12 : scorm2004;
}

export { sanitiseIdentifier } from './cmi-values.ts';

export function connect(options: ConnectOptions): Lms {
  const win = options.win ?? window;
  const profile = profileFor(options.version);
  const mirror = openMirror(win, options.storageKey);
  const api = findApi(win, profile);
  if (api === null) return connectStandalone(mirror);
  return connectScorm({ api, profile, mirror, now: options.now ?? Date.now, responsesFor: options.responsesFor });
}
