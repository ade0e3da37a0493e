import type { Unit } from '../shared/course.ts';
import type { ScormVersion } from '../shared/scorm.ts';
import { LAUNCH_PAGE, MANIFEST_PATH, readManifestTemplate, renderManifest } from './manifest.ts';
import { aidPages } from './aid-page.ts';
import { renderPlayerHtml, unitDataFiles, type PlayerBuild } from './player-html.ts';
import { readSchemaFiles } from './schemas.ts';
import { deterministicZip, type OutputFile } from './zip.ts';

/** What every package of one SCORM version shares: its manifest template and schema files. */
export interface VersionKit {
  version: ScormVersion;
  manifestTemplate: string;
  schemaFiles: OutputFile[];
}

/** What every package shares whatever its version: the launch-page template and the other files. */
export interface PackageContent {
  launchTemplate: string;
  /** Player assets, without the launch page: in every package. */
  files: OutputFile[];
  /** The product's shared assets from public/: in a package only when its unit refers to them. */
  shared: OutputFile[];
}

export async function readVersionKit(version: ScormVersion): Promise<VersionKit> {
  const [manifestTemplate, schemaFiles] = await Promise.all([
    readManifestTemplate(version),
    readSchemaFiles(version),
  ]);
  return { version, manifestTemplate, schemaFiles };
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i]);

// A bundler may already have copied public/ into the player build: an identical copy is
// harmless, a different file under the same name is a mistake to report.
function addPublicFile(files: Map<string, OutputFile>, file: OutputFile): void {
  const existing = files.get(file.path);
  if (existing && !sameBytes(existing.data, file.data)) {
    throw new Error(
      `public/${file.path} differs from the player's own ${file.path}: rename the file in public/.`,
    );
  }
  files.set(file.path, file);
}

/** The launch-page template and the files shared by every package. */
export function packageContent(player: PlayerBuild, publicFiles: OutputFile[]): PackageContent {
  const launch = player.files.find((file) => file.path === LAUNCH_PAGE);
  if (!launch) throw new Error(`The player build has no ${LAUNCH_PAGE}: run the player build first.`);
  const files = new Map<string, OutputFile>();
  for (const file of player.files) if (file !== launch) files.set(file.path, file);
  const shared = new Map<string, OutputFile>();
  for (const file of publicFiles) {
    if (files.has(file.path)) addPublicFile(files, file);
    else addPublicFile(shared, file);
  }
  return { launchTemplate: new TextDecoder().decode(launch.data), files: [...files.values()], shared: [...shared.values()] };
}

/** The shared assets the player's files or a unit's pages, activities or job aids refer to by path. */
function sharedFilesUsedBy(unit: Unit, content: PackageContent): OutputFile[] {
  if (content.shared.length === 0) return [];
  const decoder = new TextDecoder();
  const text = [JSON.stringify(unit), content.launchTemplate, ...content.files.filter((f) => /\.(js|css|html)$/.test(f.path)).map((f) => decoder.decode(f.data))].join('\n');
  return content.shared.filter((file) => text.includes(file.path) || text.includes(encodeURI(file.path)));
}

function assertNoReservedNames(content: PackageContent, kit: VersionKit): void {
  const reserved = new Set([LAUNCH_PAGE, MANIFEST_PATH, ...kit.schemaFiles.map((file) => file.path)]);
  const clash = [...content.files, ...content.shared].find((file) => reserved.has(file.path));
  if (clash) {
    throw new Error(
      `${clash.path} would replace the package's own ${clash.path}: rename it in public/ or the player build.`,
    );
  }
}

/**
 * One unit's SCORM package: manifest, schema files, launch page, shared files and the media its
 * pages use (media/...), zipped. The manifest lists every file but itself and the schemas.
 */
export function buildPackageZip(unit: Unit, kit: VersionKit, content: PackageContent, media: OutputFile[] = []): Uint8Array {
  assertNoReservedNames(content, kit);
  const launchPage: OutputFile = {
    path: LAUNCH_PAGE,
    data: new TextEncoder().encode(renderPlayerHtml(content.launchTemplate, unit, kit.version)),
  };
  const packaged = [launchPage, ...unitDataFiles(unit), ...aidPages(unit), ...content.files, ...sharedFilesUsedBy(unit, content), ...media, ...kit.schemaFiles];
  const manifest = renderManifest(
    kit.manifestTemplate,
    unit,
    kit.version,
    [MANIFEST_PATH, ...packaged.map((file) => file.path)],
  );
  return deterministicZip([
    { path: MANIFEST_PATH, data: new TextEncoder().encode(manifest) },
    ...packaged,
  ]);
}
