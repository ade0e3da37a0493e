// How a package holds what its launch page does not: each module's pages and the assessment pool,
// as scripts that call one global function with their data (the packager writes them, the
// player's loader reads them).

/** The name a data file calls back with; the file is course/<name>.js. */
export const moduleFile = (id: string): string => `m-${id}`;
export const POOL_FILE = 'pool';
/** The global function each data file calls: DATA_CALLBACK(name, data). */
export const DATA_CALLBACK = '__courseData';
