// Turns one unit folder's files into a draft Unit: pages, modules and the assessment pool.
// Criteria are still as written here; rules.ts resolves and checks them across the unit.
import { join } from 'node:path';
import type { Activity, Block, Module, Page, Question } from '../shared/course.ts';
import { parseActivity, type ParsedActivity } from './activities.ts';
import type { Diagnostics, Position } from './diagnostics.ts';
import { renderBlock } from './markdown.ts';
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

export interface DraftModule {
  module: Module;
  at: Position;
  mentions: CriterionMention[];
}

export interface DraftUnit {
  dir: string;
  unitFile: UnitFile;
  intro: Page[];
  modules: DraftModule[];
  pool: ParsedActivity<Question>[];
  /** Every activity with where it sits: "module" (knowledge checks, scenarios, reflections) or "pool". */
  activities: { parsed: ParsedActivity<Activity>; place: 'module' | 'pool' }[];
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
    diags.error(
      { file: join(dir, 'unit.md'), line: 1, col: 1 },
      `The unit folder ${dir} has no unit.md, so it has no title, outcomes or criteria. Add unit.md with the unit's front matter (see the authoring guide in README.md).`,
    );
    return undefined;
  }
  for (const f of files.unknown) {
    diags.error({ file: f.file, line: 1, col: 1 }, `${f.file} is not a module, unit.md or assessment.md, so it would be left out. Name modules "NN-name.md", such as "02-legal-rights.md".`);
  }
  const unitSource = splitSource(files.unit.file, files.unit.text);
  const unitFile = readUnitFile(dir.split('/').pop()!, unitSource, diags);
  if (!unitFile) return undefined;
  const draft: DraftUnit = { dir, unitFile, intro: [], modules: [], pool: [], activities: [], media: new Set() };
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
  const module: Module = { id, file: mf.file, title: id, criteria: [], minutes: 0, pages: [] };
  let mentions: CriterionMention[] = [];
  if (!source.frontMatter) {
    diags.error(at, `${mf.file} has no front matter. Start it with "---", then title, criteria and minutes, then "---".`);
  } else {
    const what = `the front matter of ${mf.file.split('/').pop()}`;
    const r = new YamlReader(source.frontMatter, diags, what);
    if (r.root) {
      r.onlyKnown(r.root, ['title', 'criteria', 'minutes'], what);
      module.title = r.string(r.root, 'title', what) ?? id;
      mentions = r.criteria(r.root, 'criteria', what) ?? [];
      module.minutes = r.number(r.root, 'minutes', what) ?? 0;
    }
  }
  module.pages = buildPages(source, mf.path, id, module.title, usedPageIds, draft, diags);
  if (module.pages.length === 0) diags.error(at, `${mf.file} has no content. Write the module's teaching below its front matter.`);
  return { module, at, mentions };
}

function readPool(af: FileText, draft: DraftUnit, diags: Diagnostics): void {
  const source = splitSource(af.file, af.text);
  for (const page of source.pages) {
    for (const part of page.parts) {
      if (part.kind === 'markdown') continue;
      if (part.kind !== 'question') {
        diags.error(part.at, `assessment.md holds a ${part.kind} block, but the assessment pool takes questions only. Move it into a module.`);
        continue;
      }
      const parsed = parseActivity(part, af.path, draft.media, diags) as ParsedActivity<Question> | undefined;
      if (!parsed) continue;
      draft.pool.push(parsed);
      draft.activities.push({ parsed, place: 'pool' });
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
): Page[] {
  return source.pages.map((sp) => {
    const title = sp.title ?? fallbackTitle;
    return { id: uniquePageId(prefix, sp.title, used), title, blocks: buildBlocks(sp, path, draft, diags) };
  });
}

function buildBlocks(sp: SourcePage, path: string, draft: DraftUnit, diags: Diagnostics): Block[] {
  const blocks: Block[] = [];
  for (const part of sp.parts) {
    if (part.kind === 'markdown') {
      const html = renderBlock(part.text, { diags, path, media: draft.media, at: { file: sp.at.file, line: part.firstLine, col: 1 } });
      if (html) blocks.push({ kind: 'html', html });
      continue;
    }
    const parsed = parseActivity(part, path, draft.media, diags);
    if (!parsed) continue;
    blocks.push(parsed.activity);
    draft.activities.push({ parsed, place: 'module' });
  }
  return blocks;
}

function uniquePageId(prefix: string, title: string | undefined, used: Set<string>): string {
  const slug = (title ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  const base = slug ? `${prefix}/${slug}` : prefix;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
