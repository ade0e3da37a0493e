// The compiler's entry: finds unit folders, reads their files, and runs the parsing and checking
// steps over them. Those work on the text read here; they look at the file system only to check
// that a link or picture points to a file, to size a picture, and to read the legislation register.
import { join, relative } from 'node:path';
import type { Unit } from '../shared/course.ts';
import { type Diagnostic, Diagnostics, type Position, sortDiagnostics } from './diagnostics.ts';
import { kindOf, listFolder, readContentFile } from './content-files.ts';
import { checkLegislation, entriesOf, lawsNamed, type LegislationEntry, readRegister, todayIso } from './legislation.ts';
import { LAW_CHECKED_MARK } from './containers.ts';
import type { Law } from './legislation-register.ts';
import { checkCues } from './cue-check.ts';
import { lintQuestions } from './question-lint.ts';
import { checkReadability, readQuality } from './reading-levels.ts';
import { buildRegistry, finishUnit } from './rules.ts';
import { markTerms } from './terms.ts';
import { MEDIA_FOLDER } from './markdown.ts';
import { AIDS_FOLDER, type DraftUnit, type FileText, MODULE_FILE, readUnitFolder } from './unit-folder.ts';

export interface CompileResult {
  units: Unit[];
  diagnostics: Diagnostic[];
  /** Every file read, so a watcher knows what to watch. */
  files: string[];
  /** By unit id: the files of its folder that its links and images point to, for its packages. */
  media: Record<string, MediaFile[]>;
  /** The legislation register the content was checked against, for the tutor guides. */
  legislation: LegislationEntry[];
}

export interface MediaFile {
  /** Where the packages hold it: "media/images/till.svg" for the unit folder's "images/till.svg". */
  path: string;
  /** Absolute path to copy it from. */
  source: string;
}

export interface CompileOptions {
  /** Project root: diagnostics name files relative to it. */
  root: string;
  /** Folder of unit folders, relative to root. */
  contentDir?: string;
  /** Unit folder names to keep; all when empty. Every unit is still read, for cross-unit references. */
  only?: string[];
  /** Today as YYYY-MM-DD, for the legislation register's review dates; tests fix it. */
  today?: string;
}

export function compileCourse({ root, contentDir = 'content', only = [], today = todayIso() }: CompileOptions): CompileResult {
  const diags = new Diagnostics();
  const base = join(root, contentDir);
  const sources: FileText[] = [];
  /** A content file's text, or undefined once its problem (a folder, a broken link, no permission) is reported. */
  const read = (path: string): FileText | undefined => {
    const file = relative(root, path);
    const text = readContentFile(path, file, diags);
    if (text === undefined) return undefined;
    const source = { file, path, text };
    sources.push(source);
    return source;
  };
  const readAll = (paths: string[]) => paths.flatMap((p) => read(p) ?? []);
  const folders = (listFolder(base, contentDir, diags) ?? []).filter((name) => {
    const found = kindOf(join(base, name));
    if (found.kind === 'broken') diags.report({ file: join(contentDir, name), line: 1, col: 1 }, 'file-unreadable', { file: join(contentDir, name), reason: found.reason });
    return found.kind === 'folder' && !/\.ya?ml$/.test(name);
  });
  for (const name of only) {
    if (!folders.includes(name)) {
      diags.report({ file: join(contentDir, name), line: 1, col: 1 }, 'unit-folder-unknown', { name, folders });
    }
  }
  const drafts: DraftUnit[] = [];
  for (const name of folders) {
    const dir = join(base, name);
    const shown = relative(root, dir);
    const entries = (listFolder(dir, shown, diags) ?? []).filter((f) => f.endsWith('.md'));
    // Every file is read, so each one's own problems are reported, even when unit.md cannot be.
    const files = {
      unit: entries.includes('unit.md') ? read(join(dir, 'unit.md')) : undefined,
      assessment: entries.includes('assessment.md') ? read(join(dir, 'assessment.md')) : undefined,
      modules: readAll(entries.filter((f) => MODULE_FILE.test(f)).map((f) => join(dir, f))),
      aids: readAll((listFolder(join(dir, AIDS_FOLDER), join(shown, AIDS_FOLDER), diags) ?? []).filter((f) => f.endsWith('.md')).map((f) => join(dir, AIDS_FOLDER, f))),
      unknown: entries
        .filter((f) => f !== 'unit.md' && f !== 'assessment.md' && !MODULE_FILE.test(f))
        .map((f) => ({ file: relative(root, join(dir, f)), path: join(dir, f), text: '' })),
    };
    // A unit.md that is there but cannot be read is reported as such, not as missing.
    if (entries.includes('unit.md') && !files.unit) continue;
    const draft = guard(diags, { file: join(shown, 'unit.md'), line: 1, col: 1 }, () => readUnitFolder(shown, files, diags));
    if (draft) drafts.push(draft);
  }
  const registry = buildRegistry(drafts, diags);
  // The quality checks (reading level and question lint) run where the content folder opts in
  // with a quality.yaml, so the compiler's own fixtures test one rule each, not writing quality.
  const qualityPath = join(base, 'quality.yaml');
  const qualityFile = kindOf(qualityPath).kind === 'missing' ? undefined : read(qualityPath);
  const quality = qualityFile ? readQuality(qualityFile, diags) : undefined;
  // A unit the compiler fails on is reported at its unit.md and left out; the others still compile.
  const finished = drafts.flatMap((d) => {
    const unit = guard(diags, { file: join(d.dir, 'unit.md'), line: 1, col: 1 }, () => {
      const unit = finishUnit(d, registry, diags);
      if (quality) {
        checkReadability(d, quality.reading, diags);
        lintQuestions(d, quality.questions, diags);
        if (quality.cues) checkCues(d, unit, quality.cues, diags);
      }
      // Marking adds each term's definition to the page HTML, so it comes after the checks of page text.
      return markTerms(unit, d.unitFile.termAt, activityTexts(d), diags);
    });
    return unit ? [{ unit, draft: d }] : [];
  });
  const units = finished.map((f) => f.unit);
  const register = readRegister(root, contentDir, diags, today);
  checkLegislation(register, drafts.flatMap((d) => d.texts), diags);
  units.forEach((unit, i) => (units[i] = withLawDates(unit, lawsNamed(register, finished[i].draft.texts))));
  const keep = (id: string) => only.length === 0 || only.includes(id);
  const inKept = (file: string) => only.length === 0 || only.some((u) => file.startsWith(join(contentDir, u) + '/') || file === join(contentDir, u));
  return {
    units: units.filter((u) => keep(u.facts.id)),
    diagnostics: sortDiagnostics(diags.list.filter((d) => inKept(d.file))),
    files: [...sources.map((source) => source.path), ...(register.path ? [register.path] : [])],
    legislation: entriesOf(register),
    media: Object.fromEntries(drafts.filter((d) => keep(d.unitFile.facts.id)).map((d) => [d.unitFile.facts.id, mediaFiles(root, d)])),
  };
}

/** A date as learners read it: "22 November 2026". */
const longDate = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The unit with the date its law was checked (the oldest review among the laws it names) and the
 * next review (a year on), shown on its cover and in every "the law now" callout.
 */
function withLawDates(unit: Unit, laws: Law[]): Unit {
  if (laws.length === 0) return unit;
  const oldest = laws.map((l) => l.reviewed).sort()[0];
  const next = `${Number(oldest.slice(0, 4)) + 1}${oldest.slice(4)}`;
  const lawChecked = { on: longDate(oldest), reviewBy: longDate(next) };
  const mark = `Law checked on ${lawChecked.on}; next review by ${lawChecked.reviewBy}.`;
  const page = (p: Unit['intro'][number]) => ({ ...p, blocks: p.blocks.map((b) => (b.kind === 'html' && b.html.includes(LAW_CHECKED_MARK) ? { ...b, html: b.html.replaceAll(LAW_CHECKED_MARK, mark) } : b)) });
  return { ...unit, lawChecked, intro: unit.intro.map(page), modules: unit.modules.map((m) => ({ ...m, pages: m.pages.map(page) })) };
}

/** What a learner reads in each activity of the pages, by activity id, for finding key terms. */
function activityTexts(draft: DraftUnit): Map<string, string[]> {
  const read = new Set(['title', 'prompt', 'option', 'correct option', 'item', 'pair', 'step', 'choice', 'best choice']);
  return new Map(
    draft.activities
      .filter(({ place }) => place === 'module')
      .map(({ parsed }) => [parsed.activity.id, parsed.texts.filter((t) => read.has(t.role)).map((t) => t.text)]),
  );
}

/**
 * What `run` returns, or undefined when the compiler itself fails on the content: reported at
 * `at` as a diagnostic, not a stack trace, so one unit's fault neither hides the others' problems
 * nor stops `npm run check`.
 */
function guard<T>(diags: Diagnostics, at: Position, run: () => T): T | undefined {
  try {
    return run();
  } catch (e) {
    // DEBUG=1 shows where, for whoever fixes the fault.
    if (process.env.DEBUG) console.error(e);
    diags.report(at, 'compiler-fault', { reason: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    return undefined;
  }
}

function mediaFiles(root: string, draft: DraftUnit): MediaFile[] {
  return [...draft.media].sort().map((file) => ({ path: `${MEDIA_FOLDER}/${file}`, source: join(root, draft.dir, file) }));
}
