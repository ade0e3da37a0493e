// Turns one unit folder's files into a draft Unit: pages, modules and the assessment pool.
// Criteria are still as written here; rules.ts resolves and checks them across the unit.
import { join } from 'node:path';
import type { Question } from '../shared/course.ts';
import { parseActivity, type ParsedActivity } from './activities.ts';
import type { Diagnostics, Position } from './diagnostics.ts';
import { renderBlock } from './markdown.ts';
import { lineText, type SourceText } from './source-text.ts';
import { type SourceFile, type SourcePage, splitSource } from './source.ts';
import { readUnitFile, type UnitFile } from './unit-file.ts';
import { type CriterionMention, YamlReader } from './yaml-reader.ts';


export interface FileText {
  /** Path shown in diagnostics, relative to the project ("content/l2-principles/unit.md"). */
  file: string;
  /** Absolute path, for resolving links. */
  path: string;
  text: string;
}

/** A block of a page as parsed: HTML, or an activity whose criteria are not yet resolved. */
export type DraftBlock = { kind: 'html'; html: string } | ParsedActivity;

export interface DraftPage {
  id: string;
  title: string;
  blocks: DraftBlock[];
  /** The page as split from its file, for checks that read its prose. */
  source: SourcePage;
}

export interface DraftModule {
  /** From the file name without its number: "02-legal-rights.md" -> "legal-rights". */
  id: string;
  file: string;
  title: string;
  minutes: number;
  pages: DraftPage[];
  at: Position;
  /** Criteria taught, as written. */
  mentions: CriterionMention[];
}

export interface DraftUnit {
  dir: string;
  unitFile: UnitFile;
  intro: DraftPage[];
  modules: DraftModule[];
  pool: ParsedActivity<Question>[];
  /** Every activity with where it sits: "module" (knowledge checks, scenarios, reflections) or "pool". */
  activities: { parsed: ParsedActivity; place: 'module' | 'pool' }[];
  /** Every text a learner reads in the unit's files, with its position and role. */
  texts: SourceText[];
  /** Files of the unit folder that links and images point to, relative to it ("images/till.svg"). */
  media: Set<string>;
}

export const MODULE_FILE = /^(\d+)-([a-z0-9-]+)\.md$/;

export function readUnitFolder(
  dir: string,
  files: { unit?: FileText; modules: FileText[]; assessment?: FileText; unknown: FileText[] },
  diags: Diagnostics,
): DraftUnit | undefined {
  if (!files.unit) {
    diags.report({ file: join(dir, 'unit.md'), line: 1, col: 1 }, 'missing-unit-md', { dir });
    return undefined;
  }
  for (const f of files.unknown) {
    diags.report({ file: f.file, line: 1, col: 1 }, 'stray-file', { file: f.file });
  }
  const unitSource = splitSource(files.unit.file, files.unit.text);
  const unitFile = readUnitFile(dir.split('/').pop()!, unitSource, diags);
  if (!unitFile) return undefined;
  const draft: DraftUnit = { dir, unitFile, intro: [], modules: [], pool: [], activities: [], texts: [...unitFile.texts], media: new Set() };
  const usedPageIds = new Set<string>();
  draft.intro = buildPages(unitSource, files.unit.path, 'intro', unitFile.facts.title, usedPageIds, draft, diags);
  for (const mf of files.modules) draft.modules.push(readModule(mf, usedPageIds, draft, diags));
  if (files.assessment) readPool(files.assessment, draft, diags);
  return draft;
}

function readModule(mf: FileText, usedPageIds: Set<string>, draft: DraftUnit, diags: Diagnostics): DraftModule {
  const id = MODULE_FILE.exec(mf.file.split('/').pop()!)![2];
  const source = splitSource(mf.file, mf.text);
  const at = { file: mf.file, line: 1, col: 1 };
  const module: DraftModule = { id, file: mf.file, title: id, minutes: 0, pages: [], at, mentions: [] };
  if (!source.frontMatter) {
    diags.report(at, 'module-no-front-matter', { file: mf.file });
  } else {
    const what = `the front matter of ${mf.file.split('/').pop()}`;
    const r = new YamlReader(source.frontMatter, diags, what);
    if (r.root) {
      r.onlyKnown(r.root, ['title', 'criteria', 'minutes'], what);
      module.title = r.string(r.root, 'title', what) ?? id;
      const title = r.sourceText('title', r.node(r.root, 'title'));
      if (title) draft.texts.push(title);
      module.mentions = r.criteria(r.root, 'criteria', what) ?? [];
      module.minutes = r.number(r.root, 'minutes', what) ?? 0;
    }
  }
  module.pages = buildPages(source, mf.path, id, module.title, usedPageIds, draft, diags);
  if (module.pages.length === 0) diags.report(at, 'module-empty', { file: mf.file });
  return module;
}

function readPool(af: FileText, draft: DraftUnit, diags: Diagnostics): void {
  const source = splitSource(af.file, af.text);
  for (const page of source.pages) {
    if (page.headingLine !== undefined) draft.texts.push(headingText(page));
    for (const part of page.parts) {
      if (part.kind === 'markdown') {
        draft.texts.push(lineText('prose', af.file, part.firstLine, part.text));
        continue;
      }
      if (part.kind !== 'question') {
        diags.report(part.at, 'assessment-not-question', { kind: part.kind });
        continue;
      }
      const parsed = parseActivity(part, af.path, draft.media, diags) as ParsedActivity<Question> | undefined;
      if (!parsed) continue;
      draft.pool.push(parsed);
      draft.activities.push({ parsed, place: 'pool' });
      draft.texts.push(...parsed.texts);
    }
  }
}

function buildPages(
  source: SourceFile,
  path: string,
  prefix: string,
  fallbackTitle: string,
  used: Set<string>,
  draft: DraftUnit,
  diags: Diagnostics,
): DraftPage[] {
  return source.pages.map((sp) => {
    const title = sp.title ?? fallbackTitle;
    if (sp.headingLine !== undefined) draft.texts.push(headingText(sp));
    return { id: uniquePageId(prefix, sp.title, used), title, blocks: buildBlocks(sp, path, draft, diags), source: sp };
  });
}

function buildBlocks(sp: SourcePage, path: string, draft: DraftUnit, diags: Diagnostics): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  for (const part of sp.parts) {
    if (part.kind === 'markdown') {
      draft.texts.push(lineText('prose', sp.at.file, part.firstLine, part.text));
      const html = renderBlock(part.text, { diags, path, media: draft.media, at: { file: sp.at.file, line: part.firstLine, col: 1 } });
      if (html) blocks.push({ kind: 'html', html });
      continue;
    }
    const parsed = parseActivity(part, path, draft.media, diags);
    if (!parsed) continue;
    blocks.push(parsed);
    draft.activities.push({ parsed, place: 'module' });
    draft.texts.push(...parsed.texts);
  }
  return blocks;
}

/** A page's "##" heading as a record: its text is the title, its line the heading as written. */
function headingText(page: SourcePage): SourceText {
  return { ...lineText('heading', page.at.file, page.at.line, page.headingLine!), text: page.title! };
}

function uniquePageId(prefix: string, title: string | undefined, used: Set<string>): string {
  const slug = (title ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  const base = slug ? `${prefix}/${slug}` : prefix;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
