import { createHash } from 'node:crypto';
import { PACKAGE_SUFFIX, type ScormVersion } from '../shared/scorm.ts';

/** One zip written to the output folder. */
export interface PackageRecord {
  /** Id of the packaged unit: the unit's id, or "<unit>-<module>" for a split package. */
  unit: string;
  version: ScormVersion;
  /** Relative to the output folder, forward slashes: "packages/<unit>-scorm12.zip". */
  path: string;
  bytes: number;
  /** Lower-case hex. */
  sha256: string;
}

/** "<unit>-scorm12.zip", "<unit>-scorm2004.zip". */
export const packageFileName = (unitId: string, version: ScormVersion) =>
  `${unitId}-${PACKAGE_SUFFIX[version]}.zip`;

const sha256Hex = (data: Uint8Array | string) =>
  createHash('sha256').update(data).digest('hex');

/** The record of a zip about to be written under packages/. */
export function packageRecord(unitId: string, version: ScormVersion, zip: Uint8Array): PackageRecord {
  return {
    unit: unitId,
    version,
    path: `packages/${packageFileName(unitId, version)}`,
    bytes: zip.byteLength,
    sha256: sha256Hex(zip),
  };
}
