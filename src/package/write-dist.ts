import { resolve } from 'node:path';
import type { MediaFile } from '../compiler/index.ts';
import type { Unit } from '../shared/course.ts';
import { SCORM_VERSIONS, type ScormVersion } from '../shared/scorm.ts';
import { replaceFolder, writeOutputFiles } from './atomic-dir.ts';
import { renderCatalog } from './catalog.ts';
import { buildCoverage, coverageCsv, coverageJson } from './coverage.ts';
import { packageRecord, type PackageRecord } from './package-record.ts';
import {
  buildPackageZip,
  packageContent,
  readVersionKit,
  type PackageContent,
  type VersionKit,
} from './package-unit.ts';
import type { PlayerBuild } from './player-html.ts';
import { mediaUsedBy, readMedia } from './media.ts';
import { readFolderFiles } from './read-folder.ts';
import { splitByModule } from './split.ts';
import { buildDate } from './build-date.ts';
import { sortedByPath, type OutputFile } from './zip.ts';

/** A package of the whole unit, or of one module on its own. */
export type PackageKind = 'unit' | 'module';

export interface WriteDistOptions {
  units: Unit[];
  versions: ScormVersion[];
  /** The kinds of package built: both by default. */
  kinds?: PackageKind[];
  /** The day the catalog says the packages were built (YYYY-MM-DD); see buildDate() for the default. */
  builtOn?: string;
  /** The player built for each version packaged: each speaks only its own SCORM version. */
  players: Partial<Record<ScormVersion, PlayerBuild>>;
  outDir: string;
  /** Further files of the output folder, such as "<unit>/tutor-guide.html". */
  extraFiles?: { path: string; data: Uint8Array | string }[];
  /** Static assets copied into every package; "public" in the working folder by default. */
  publicDir?: string;
  /** By unit id, the files its links and images point to (the compiler's `media`); none by default. */
  media?: Record<string, MediaFile[]>;
}

export interface WriteDistResult {
  packages: PackageRecord[];
}

const encode = (data: Uint8Array | string) =>
  typeof data === 'string' ? new TextEncoder().encode(data) : data;

// Versions in their canonical order, each once, whatever order the command line gave them in.
const orderedVersions = (versions: ScormVersion[]) =>
  SCORM_VERSIONS.filter((version) => versions.includes(version));

function buildPackages(
  units: { unit: Unit; media: OutputFile[] }[],
  kits: VersionKit[],
  contents: Map<ScormVersion, PackageContent>,
): { records: PackageRecord[]; files: OutputFile[] } {
  const records: PackageRecord[] = [];
  const files: OutputFile[] = [];
  for (const { unit, media } of units) {
    for (const kit of kits) {
      const zip = buildPackageZip(unit, kit, contents.get(kit.version)!, media);
      const record = packageRecord(unit.facts.id, kit.version, zip);
      records.push(record);
      files.push({ path: record.path, data: zip });
    }
  }
  return { records, files };
}

function reportFiles(units: Unit[]): OutputFile[] {
  const rows = buildCoverage(units);
  return [
    { path: 'reports/coverage.json', data: encode(coverageJson(rows)) },
    { path: 'reports/coverage.csv', data: encode(coverageCsv(rows)) },
  ];
}

/**
 * Writes every package, the catalog and the coverage reports into `outDir`, replacing it only
 * when everything succeeded. The same input gives byte-identical files.
 */
export async function writeDist(options: WriteDistOptions): Promise<WriteDistResult> {
  const { units, kinds = ['unit', 'module'], players, outDir, extraFiles = [] } = options;
  const [kits, publicFiles] = await Promise.all([
    Promise.all(orderedVersions(options.versions).map(readVersionKit)),
    readFolderFiles(resolve(options.publicDir ?? 'public')),
  ]);
  const media = await Promise.all(units.map((unit) => readMedia(options.media?.[unit.facts.id] ?? [])));
  const packaged = units.flatMap((whole, i) =>
    [...(kinds.includes('unit') ? [whole] : []), ...(kinds.includes('module') ? splitByModule(whole) : [])].map((unit) => ({
      unit,
      media: mediaUsedBy(unit, media[i]),
    })),
  );
  const contents = new Map(
    kits.map(({ version }) => {
      const player = players[version];
      if (!player) throw new Error(`No player was built for SCORM ${version}.`);
      return [version, packageContent(player, publicFiles)] as const;
    }),
  );
  const { records, files: zips } = buildPackages(packaged, kits, contents);
  const extras = extraFiles.map((file) => ({ path: file.path, data: encode(file.data) }));
  const catalog = renderCatalog({
    units,
    packages: records,
    outputs: extras.map((file) => file.path),
    builtOn: options.builtOn ?? buildDate(),
  });
  const outputs = sortedByPath([
    { path: 'index.html', data: encode(catalog) },
    ...zips,
    ...reportFiles(units),
    ...extras,
  ]);
  await replaceFolder(resolve(outDir), (folder) => writeOutputFiles(folder, outputs));
  return { packages: records };
}
