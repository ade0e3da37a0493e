// `npm run check` and `npm run build` on content with a mistake: a non-zero exit, the diagnostic
// on stderr, and (for build) nothing written. Then the option parser they share.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import { ROOT } from './helpers.ts';

const CASE = 'scenario-next-missing';
const DIAGNOSTIC =
  `tests/fixtures/invalid/${CASE}/01-why-service-matters.md:28:3: A choice in step "greet" of scenario "sc-kettle" leads to ` +
  `"manager", but there is no step with that name. Add that step or correct "next:".`;
const CLI_TIMEOUT = 120_000;

function run(script: string, args: string[]) {
  const result = spawnSync('npx', ['tsx', `src/cli/${script}`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: CLI_TIMEOUT,
  });
  if (result.error) throw result.error;
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    /** stderr lines that are diagnostics (npx may add its own warnings). */
    diagnostics: result.stderr.split('\n').filter((line) => line.startsWith('tests/fixtures/')),
  };
}

/** Every file under a folder with its bytes, to compare a folder before and after. */
function snapshotFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[path.slice(dir.length + 1)] = readFileSync(path, 'base64');
    }
  }
  return out;
}

describe('npm run check', () => {
  it(
    'exits 1 and prints the diagnostic for a unit with a mistake',
    () => {
      const r = run('check.ts', ['--content', 'tests/fixtures/invalid', '--unit', CASE]);
      expect(r.diagnostics).toEqual([DIAGNOSTIC]);
      expect(r.stdout).toMatch(/^1 units checked in \d+ ms: 1 errors, 0 warnings\.\n$/);
      expect(r.status).toBe(1);
    },
    CLI_TIMEOUT,
  );

  it(
    'exits 2 with the reason for a bad option on one line, and no stack trace',
    () => {
      const r = run('check.ts', ['--content', 'tests/fixtures/valid', '--split', 'pages']);
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm warn'))).toEqual([
        '--split takes "units" (unit packages only) or "modules" (module packages only), not "pages".',
      ]);
      expect(r.stdout).toBe('');
    },
    CLI_TIMEOUT,
  );

  it(
    'exits 0 and prints no diagnostic for the valid fixture',
    () => {
      const r = run('check.ts', ['--content', 'tests/fixtures/valid']);
      expect(r.diagnostics).toEqual([]);
      expect(r.stdout).toMatch(/^1 units checked in \d+ ms: 0 errors, 0 warnings\.\n$/);
      expect(r.status).toBe(0);
    },
    CLI_TIMEOUT,
  );
});

describe('npm run build', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'build-cli-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const build = (out: string) => run('build.ts', ['--content', 'tests/fixtures/invalid', '--unit', CASE, '--out', out]);

  it(
    'exits 1, prints the diagnostic and creates no output folder',
    () => {
      const out = join(tmp, 'fresh', 'dist');
      const r = build(out);
      expect(r.diagnostics).toEqual([DIAGNOSTIC]);
      expect(r.stderr).toContain('Build stopped: 1 content problem. Nothing was written');
      expect(r.stdout).toBe('');
      expect(r.status).toBe(1);
      expect(existsSync(out)).toBe(false);
      expect(existsSync(join(tmp, 'fresh'))).toBe(false);
    },
    CLI_TIMEOUT,
  );

  it(
    'leaves an existing output folder exactly as it was',
    () => {
      const out = join(tmp, 'existing', 'dist');
      mkdirSync(join(out, 'packages'), { recursive: true });
      writeFileSync(join(out, 'index.html'), '<p>the last good build</p>\n');
      writeFileSync(join(out, 'packages', 'old-scorm12.zip'), new Uint8Array([80, 75, 5, 6]));
      const before = snapshotFolder(out);
      const r = build(out);
      expect(r.status).toBe(1);
      expect(r.diagnostics).toEqual([DIAGNOSTIC]);
      expect(snapshotFolder(out)).toEqual(before);
      expect(readdirSync(join(tmp, 'existing'))).toEqual(['dist']);
    },
    CLI_TIMEOUT,
  );

  it(
    'exits 2 with the reason for a bad option, before reading any content',
    () => {
      const out = join(tmp, 'bad-option', 'dist');
      const r = run('build.ts', ['--content', 'tests/fixtures/invalid', '--scorm', '3', '--out', out]);
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm warn'))).toEqual([
        '--scorm takes 1.2 or 2004, not "3".',
      ]);
      expect(existsSync(out)).toBe(false);
    },
    CLI_TIMEOUT,
  );

  it(
    'writes to the --out folder, names it in its last line, and packs the unit\'s image',
    () => {
      const out = join(tmp, 'built', 'out');
      const r = run('build.ts', ['--content', 'tests/fixtures/valid-more', '--unit', 'rich', '--scorm', '1.2', '--out', out, '--no-pdf']);
      expect(r.status).toBe(0);
      const last = r.stdout.trim().split('\n').at(-1)!;
      // The whole unit and its one module, each in a package.
      expect(last).toMatch(/^Built 2 packages from 1 units in [\d.]+ s: /);
      expect(existsSync(join(out, 'packages', 'rich-serving-scorm12.zip'))).toBe(true);
      expect(last.endsWith(`s: ${out}/index.html lists them.`)).toBe(true);
      expect(existsSync(join(out, 'index.html'))).toBe(true);
      const zip = unzipSync(readFileSync(join(out, 'packages', 'rich-scorm12.zip')));
      expect(zip['media/images/till.svg']).toEqual(new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/valid-more/rich/images/till.svg'))));
    },
    CLI_TIMEOUT,
  );
});

describe('parseArgs', () => {
  it('defaults to every unit, both SCORM versions, unit and module packages, content/ to dist/', () => {
    expect(parseArgs([])).toEqual({ units: [], versions: ['1.2', '2004'], kinds: ['unit', 'module'], content: 'content', out: 'dist', pdf: true });
  });

  it('takes --no-pdf to build the workbooks without their PDFs', () => {
    expect(parseArgs(['--no-pdf']).pdf).toBe(false);
  });

  it('takes --unit more than once', () => {
    expect(parseArgs(['--unit', 'l1-cs1-principles', '--unit', 'l2-principles']).units).toEqual([
      'l1-cs1-principles',
      'l2-principles',
    ]);
  });

  it('takes --scorm 1.2 or --scorm 2004', () => {
    expect(parseArgs(['--scorm', '1.2']).versions).toEqual(['1.2']);
    expect(parseArgs(['--scorm', '2004']).versions).toEqual(['2004']);
  });

  it('rejects any other SCORM version', () => {
    expect(() => parseArgs(['--scorm', '2004-3rd'])).toThrow('--scorm takes 1.2 or 2004, not "2004-3rd".');
    expect(() => parseArgs(['--scorm', '1.3'])).toThrow('--scorm takes 1.2 or 2004, not "1.3".');
  });

  it('takes --split modules or --split units for one kind of package, and nothing else', () => {
    expect(parseArgs(['--split', 'modules']).kinds).toEqual(['module']);
    expect(parseArgs(['--split', 'units']).kinds).toEqual(['unit']);
    expect(() => parseArgs(['--split', 'pages'])).toThrow(
      '--split takes "units" (unit packages only) or "modules" (module packages only), not "pages".',
    );
  });

  it('takes --content and --out', () => {
    expect(parseArgs(['--content', 'tests/fixtures/valid', '--out', '/tmp/x'])).toMatchObject({
      content: 'tests/fixtures/valid',
      out: '/tmp/x',
    });
  });

  it('combines options in any order', () => {
    expect(parseArgs(['--split', 'modules', '--unit', 'a', '--scorm', '2004', '--unit', 'b'])).toEqual({
      units: ['a', 'b'],
      versions: ['2004'],
      kinds: ['module'],
      content: 'content',
      out: 'dist',
      pdf: true,
    });
  });

  it('rejects an unknown option, listing the ones there are', () => {
    expect(() => parseArgs(['--units', 'a'])).toThrow(
      'Unknown option "--units". Options: --unit <id> (repeatable), --scorm 1.2|2004, --split units|modules, --content <folder>, --out <folder>, --no-pdf.',
    );
    expect(() => parseArgs(['l2-principles'])).toThrow('Unknown option "l2-principles".');
  });

  it('rejects an option with its value missing', () => {
    expect(() => parseArgs(['--unit'])).toThrow('--unit needs a value.');
    expect(() => parseArgs(['--unit', 'a', '--scorm'])).toThrow('--scorm needs a value.');
  });
});
