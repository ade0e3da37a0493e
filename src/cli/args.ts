// Command-line options shared by build, check and bench.
import type { PackageKind } from '../package/write-dist.ts';
import type { ScormVersion } from '../shared/scorm.ts';

export interface CliOptions {
  units: string[];
  versions: ScormVersion[];
  /** Unit packages and module packages by default; --split units or --split modules for one kind. */
  kinds: PackageKind[];
  /** Folder of unit folders; "content" unless --content is given (tests build fixtures). */
  content: string;
  out: string;
  /** Print each unit's workbook to PDF (build only); --no-pdf leaves the PDFs out. */
  pdf: boolean;
}

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { units: [], versions: ['1.2', '2004'], kinds: ['unit', 'module'], content: 'content', out: 'dist', pdf: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value.`);
      return v;
    };
    if (arg === '--unit') options.units.push(value());
    else if (arg === '--scorm') {
      const v = value();
      if (v !== '1.2' && v !== '2004') throw new Error(`--scorm takes 1.2 or 2004, not "${v}".`);
      options.versions = [v];
    } else if (arg === '--split') {
      const v = value();
      if (v !== 'modules' && v !== 'units') {
        throw new Error(`--split takes "units" (unit packages only) or "modules" (module packages only), not "${v}".`);
      }
      options.kinds = [v === 'units' ? 'unit' : 'module'];
    } else if (arg === '--content') options.content = value();
    else if (arg === '--out') options.out = value();
    else if (arg === '--no-pdf') options.pdf = false;
    else throw new Error(`Unknown option "${arg}". Options: --unit <id> (repeatable), --scorm 1.2|2004, --split units|modules, --content <folder>, --out <folder>, --no-pdf.`);
  }
  return options;
}

/** The options, or, when they cannot be read, the reason on one line and exit code 2: no stack trace. */
export function parseArgsOrExit(argv: string[]): CliOptions {
  try {
    return parseArgs(argv);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
}
