import type { ScormVersion } from '../lms/types.ts';

/** The SCORM versions a package can be built for; the type is the LMS adapter's, which speaks them. */
export type { ScormVersion };

export const SCORM_VERSIONS: ScormVersion[] = ['1.2', '2004'];

/** Package file suffix per version: "<unit>-scorm12.zip", "<unit>-scorm2004.zip". */
export const PACKAGE_SUFFIX: Record<ScormVersion, string> = { '1.2': 'scorm12', '2004': 'scorm2004' };
