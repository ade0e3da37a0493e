import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageRecord } from '../../src/package/package-record.ts';
import type { ScormVersion } from '../../src/shared/scorm.ts';
import { readZip, tempFolder, text, writeFixtureDist } from './dist-helpers.ts';
import { fixtureSynopticUnit } from './fixture-unit.ts';
import { manifestProblems } from './manifest-checks.ts';
import { fixtureUnitWithMedia } from './media-fixture.ts';

// xmllint takes one schema file: this driver imports every namespace a manifest uses, each
// from the official schema file the package itself carries at its root.
const DRIVER_IMPORTS: Record<ScormVersion, [string, string][]> = {
  '1.2': [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  ],
  '2004': [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
  ],
};

const driverSchema = (version: ScormVersion) =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n' +
  DRIVER_IMPORTS[version]
    .map(([namespace, file]) => `  <xs:import namespace="${namespace}" schemaLocation="${file}"/>\n`)
    .join('') +
  '</xs:schema>\n';

const xmllintPresent = spawnSync('xmllint', ['--version']).error === undefined;
const mustValidate = xmllintPresent || Boolean(process.env.CI);
if (!mustValidate) {
  console.warn('Skipping manifest schema validation: xmllint is not installed (apt-get install libxml2-utils).');
}

interface Unpacked {
  record: PackageRecord;
  folder: string;
  entries: Record<string, Uint8Array>;
  manifest: string;
}

async function unpack(outDir: string, record: PackageRecord): Promise<Unpacked> {
  const entries = await readZip(join(outDir, record.path));
  const folder = await tempFolder();
  for (const [path, data] of Object.entries(entries)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), data);
  }
  await writeFile(join(folder, 'driver.xsd'), driverSchema(record.version));
  return { record, folder, entries, manifest: text(entries['imsmanifest.xml']) };
}

function xmllint(folder: string, manifestFile = 'imsmanifest.xml') {
  const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', 'driver.xsd', manifestFile], {
    cwd: folder,
    encoding: 'utf8',
  });
  if (run.error) throw new Error(`xmllint could not run (${run.error.message}): apt-get install libxml2-utils`);
  return { status: run.status, output: run.stderr };
}

let packages: Unpacked[] = [];

beforeAll(async () => {
  const unpacked: Unpacked[] = [];
  // The fixture unit carries an image and a document under media/, so their <file> entries are validated too.
  const { unit, media } = await fixtureUnitWithMedia();
  // Both kinds in one build, as npm run build makes them.
  const outDir = join(await tempFolder(), 'dist');
  const { packages: records } = await writeFixtureDist(outDir, { kinds: ['unit', 'module'], units: [unit, fixtureSynopticUnit()], media });
  for (const record of records) unpacked.push(await unpack(outDir, record));
  packages = unpacked;
});

const find = (path: string) => () => {
  const found = packages.find((candidate) => candidate.record.path === path);
  if (!found) throw new Error(`${path} was not built`);
  return found;
};

const CASES = ['l2-fixture', 'l1-synoptic', 'l2-fixture-expectations', 'l2-fixture-complaints', 'l1-synoptic-practice'].flatMap((id) => [
  `packages/${id}-scorm12.zip`,
  `packages/${id}-scorm2004.zip`,
]);

describe.skipIf(!mustValidate)('manifests against the official schemas (xmllint)', () => {
  it.each(CASES)('%s validates', (path) => {
    const { folder } = find(path)();
    const result = xmllint(folder);
    expect(result.output).toContain('imsmanifest.xml validates');
    expect(result.status).toBe(0);
  });

  it.each<[string, string, (xml: string) => string]>([
    ['packages/l2-fixture-scorm12.zip', 'a 1.2 resource typed "page"', (xml) => xml.replace('scormtype="sco"', 'scormtype="page"')],
    ['packages/l2-fixture-scorm12.zip', 'a 1.2 item without identifier', (xml) => xml.replace('<item identifier=', '<item id=')],
    ['packages/l2-fixture-scorm2004.zip', 'a 2004 flag that is not boolean', (xml) => xml.replace('completionSetByContent="true"', 'completionSetByContent="yes"')],
    ['packages/l2-fixture-scorm2004.zip', 'a 2004 sequencing element out of order', (xml) =>
      xml.replace(/(<imsss:objectives>[\s\S]*?<\/imsss:objectives>)(\s*)(<imsss:deliveryControls[^>]*\/>)/, '$3$2$1')],
  ])('%s: rejects %s', async (path, _name, breakIt) => {
    const { folder, manifest } = find(path)();
    const broken = breakIt(manifest);
    expect(broken).not.toBe(manifest);
    await writeFile(join(folder, 'broken.xml'), broken);
    const result = xmllint(folder, 'broken.xml');
    expect(result.output).toContain('Schemas validity error');
    expect(result.status).not.toBe(0);
  });
});

describe('manifests against the rules the schemas miss', () => {
  it('were checked on every package built', () => {
    expect(packages.map((unpacked) => unpacked.record.path).sort()).toEqual([...CASES].sort());
  });

  it('the media were in the packages validated', () => {
    const { entries, manifest } = find('packages/l2-fixture-complaints-scorm2004.zip')();
    expect(Object.keys(entries)).toContain('media/docs/refund policy.pdf');
    expect(manifest).toContain('<file href="media/docs/refund%20policy.pdf"/>');
  });

  it('every package: references resolve, every file listed, sco, exact versions, pass rules', () => {
    for (const { record, entries, manifest } of packages) {
      expect({ path: record.path, problems: manifestProblems(manifest, Object.keys(entries), record.version) }).toEqual({
        path: record.path,
        problems: [],
      });
    }
  });

  it.each<[string, (xml: string) => string, string]>([
    ['an unresolved identifierref', (xml) => xml.replace('identifierref="RES-', 'identifierref="NONE-'), 'does not resolve to a resource'],
    ['an unresolved default organization', (xml) => xml.replace('default="ORG-', 'default="NONE-'), 'default organization'],
    ['an unlisted file', (xml) => xml.replace(/\s*<file href="images\/logo.svg"\/>/, ''), 'images/logo.svg is in the zip but not listed'],
    ['a listed file missing from the zip', (xml) => xml.replace('<file href="index.html"/>', '<file href="index.html"/><file href="gone.js"/>'), 'gone.js is listed but not in the zip'],
    ['an asset type', (xml) => xml.replace('scormtype="sco"', 'scormtype="asset"'), 'is not a sco'],
    ['a wrong schemaversion', (xml) => xml.replace('<schemaversion>1.2<', '<schemaversion>1.2.0<'), 'schemaversion is "1.2.0"'],
    ['no mastery score', (xml) => xml.replace(/<adlcp:masteryscore>100<\/adlcp:masteryscore>/, ''), 'masteryscore'],
  ])('catch %s in a 1.2 manifest', (_name, breakIt, problem) => {
    const { entries, manifest } = find('packages/l2-fixture-scorm12.zip')();
    const broken = breakIt(manifest);
    expect(broken).not.toBe(manifest);
    expect(manifestProblems(broken, Object.keys(entries), '1.2').join('\n')).toContain(problem);
  });

  it('catch missing 2004 delivery controls', () => {
    const { entries, manifest } = find('packages/l2-fixture-scorm2004.zip')();
    const broken = manifest.replace('objectiveSetByContent="true"', '');
    expect(manifestProblems(broken, Object.keys(entries), '2004')).toEqual(['objectiveSetByContent is not "true"']);
  });
});
