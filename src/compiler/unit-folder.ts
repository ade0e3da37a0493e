// Turns one unit folder's files into a draft Unit: pages, modules and the assessment pool.
// Criteria are still as written here; rules.ts resolves and checks them across the unit.
import { dirname, join } from 'node:path';
import type { JobAid, Question } from '../shared/course.ts';
import { parseActivity, type ParsedActivity } from './activities.ts';
import type { Diagnostics, Position } from './diagnostics.ts';
import { plainText, renderBlock, renderInline, type RenderContext } from './markdown.ts';
import { lineText, type SourceText } from './source-text.ts';
import { renderContainer } from './containers.ts';
import { type ActivityPart, type SourceFile, type SourcePage, splitSource } from './source.ts';
import { parseVisual } from './visuals.ts';
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
  /** The unit folder, relative to the project root, as diagnostics name it. */
  dir: string;
  /** The unit folder's absolute path. */
  path: string;
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
  aids: JobAid[];
}

export const MODULE_FILE = /^(\d+)-([a-z0-9-]+)\.md$/;
/** The folder of a unit that holds its job aids. */
export const AIDS_FOLDER = 'aids';
const AID_FILE = /^([a-z0-9-]{2,64})\.md$/;

export function readUnitFolder(
  dir: string,
  files: { unit?: FileText; modules: FileText[]; assessment?: FileText; aids?: FileText[]; unknown: FileText[] },
  diags: Diagnostics,
): DraftUnit | undefined {
  if (!files.unit) {
    diags.report({ file: join(dir, 'unit.md'), line: 1, col: 1 }, 'missing-unit-md', { dir });
    return undefined;
  }
  for (const f of files.unknown) {
    diags.report({ file: f.file, line: 1, col: 1 }, 'stray-file', { file: f.file });
  }
  const unitSource = split(files.unit, diags);
  const media = new Set<string>();
  const render = (text: string, at: Pick<RenderContext, 'at' | 'indent'>) => renderBlock(text, { diags, path: files.unit!.path, media, ...at });
  const unitFile = readUnitFile(dir.split('/').pop()!, unitSource, diags, render);
  if (!unitFile) return undefined;
  const draft: DraftUnit = { dir, path: dirname(files.unit.path), unitFile, intro: [], modules: [], pool: [], activities: [], texts: [...unitFile.texts], media, aids: [] };
  const usedPageIds = new Set<string>();
  draft.intro = buildPages(unitSource, files.unit.path, 'intro', unitFile.facts.title, usedPageIds, draft, diags);
  for (const mf of files.modules) draft.modules.push(readModule(mf, usedPageIds, draft, diags));
  if (files.assessment) readPool(files.assessment, draft, diags);
  for (const af of files.aids ?? []) {
    const aid = readAid(af, draft, diags);
    if (aid) draft.aids.push(aid);
  }
  return draft;
}

/** A job aid: one printable page, its title and summary in front matter, then markdown, figures and blocks. */
function readAid(af: FileText, draft: DraftUnit, diags: Diagnostics): JobAid | undefined {
  const name = af.file.split('/').pop()!;
  const id = AID_FILE.exec(name)?.[1];
  if (!id) {
    diags.report({ file: af.file, line: 1, col: 1 }, 'aid-name', { file: name });
    return undefined;
  }
  const source = split(af, diags);
  if (!source.frontMatter) {
    diags.report({ file: af.file, line: 1, col: 1 }, 'aid-no-front-matter', { file: af.file });
    return undefined;
  }
  const what = `the front matter of ${AIDS_FOLDER}/${name}`;
  const r = new YamlReader(source.frontMatter, diags, what);
  if (!r.root) return undefined;
  r.onlyKnown(r.root, ['title', 'summary'], what);
  const title = r.string(r.root, 'title', what);
  const summary = r.string(r.root, 'summary', what);
  if (title !== undefined && plainText(title) === '') diags.report(r.at(r.node(r.root, 'title')), 'title-empty', { what: `the title of ${AIDS_FOLDER}/${name}` });
  for (const key of ['title', 'summary']) {
    const text = r.sourceText('title', r.node(r.root, key));
    if (text) draft.texts.push(text);
  }
  const html: string[] = [];
  for (const page of source.pages) {
    if (page.title !== undefined) {
      draft.texts.push(headingText(page));
      html.push(`<h2>${renderInline(page.title, { diags, path: af.path, media: draft.media, unitDir: draft.path, at: page.at })}</h2>`);
    }
    for (const part of page.parts) {
      if (part.kind === 'question' || part.kind === 'scenario' || part.kind === 'reflection') {
        diags.report(part.at, 'aid-activity', { kind: part.kind });
        continue;
      }
      const block = buildBlocks({ ...page, parts: [part] }, af.path, draft, diags)[0];
      if (block && 'html' in block) html.push(block.html);
    }
  }
  return title !== undefined && summary !== undefined ? { id, title: plainText(title), summary: plainText(summary), html: html.join('\n') } : undefined;
}

function readModule(mf: FileText, usedPageIds: Set<string>, draft: DraftUnit, diags: Diagnostics): DraftModule {
  const id = MODULE_FILE.exec(mf.file.split('/').pop()!)![2];
  const source = split(mf, diags);
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
      if (plainText(module.title) === '') {
        diags.report(r.at(r.node(r.root, 'title')), 'title-empty', { what: `the title of ${mf.file.split('/').pop()}` });
        module.title = id;
      }
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
  const source = split(af, diags);
  for (const page of source.pages) {
    if (page.headingLine !== undefined) draft.texts.push(headingText(page));
    for (const part of page.parts) {
      if (part.kind === 'markdown') {
        draft.texts.push(lineText('prose', af.file, part.firstLine, part.text));
        continue;
      }
      if (part.kind !== 'question') {
        diags.report(part.at, 'assessment-not-question', { kind: part.kind === 'container' ? `:::${part.name}` : part.kind });
        continue;
      }
      const parsed = parseActivity(part as ActivityPart, af.path, draft.media, diags) as ParsedActivity<Question> | undefined;
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
    if (sp.title !== undefined && plainText(sp.title) === '') diags.report(sp.at, 'title-empty', { what: 'this page heading' });
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
    if (part.kind === 'figure' || part.kind === 'diagram' || part.kind === 'container') {
      const base = { diags, path, media: draft.media, unitDir: draft.path };
      const drawn = part.kind === 'container' ? renderContainer(part, base, diags) : parseVisual(part, base);
      if (!drawn) continue;
      blocks.push({ kind: 'html', html: drawn.html });
      draft.texts.push(...drawn.texts);
      continue;
    }
    const parsed = parseActivity(part as ActivityPart, path, draft.media, diags);
    if (!parsed) continue;
    blocks.push(parsed);
    draft.activities.push({ parsed, place: 'module' });
    draft.texts.push(...parsed.texts);
  }
  return blocks;
}

const LAYOUT_CODES = { 'fence-unclosed': 'fence-unclosed', 'container-unclosed': 'block-unclosed', 'container-page-break': 'block-page-break' } as const;

/** The file split into pages and blocks, its layout problems (an unclosed fence or block) reported. */
function split(file: FileText, diags: Diagnostics): SourceFile {
  const source = splitSource(file.file, file.text);
  for (const problem of source.problems) diags.report(problem.at, LAYOUT_CODES[problem.code], { opened: problem.opened, swallows: problem.swallows });
  return source;
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
