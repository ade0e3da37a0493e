import { describe, expect, it } from 'vitest';
import {
  listedFiles,
  manifestIds,
  readManifestTemplate,
  renderManifest,
  xmlId,
} from '../../src/package/manifest.ts';
import type { ScormVersion } from '../../src/shared/scorm.ts';
import { fixtureUnit } from './fixture-unit.ts';
import { manifestProblems } from './manifest-checks.ts';

const zipPaths = [
  'imsmanifest.xml',
  'index.html',
  'assets/player-1a2b.js',
  'images/shop floor #2.png',
  'adlcp_rootv1p2.xsd',
  'XMLSchema.dtd',
];

async function render(version: ScormVersion, unit = fixtureUnit(), paths = zipPaths) {
  return renderManifest(await readManifestTemplate(version), unit, version, paths);
}

describe('renderManifest', () => {
  it.each<[ScormVersion, string]>([
    ['1.2', '<schemaversion>1.2</schemaversion>'],
    ['2004', '<schemaversion>2004 4th Edition</schemaversion>'],
  ])('writes the exact schemaversion for SCORM %s', async (version, expected) => {
    const xml = await render(version);
    expect(xml).toContain(expected);
    expect(xml).toContain('<schema>ADL SCORM</schema>');
  });

  it.each<ScormVersion>(['1.2', '2004'])('meets the rules the schemas miss (SCORM %s)', async (version) => {
    expect(manifestProblems(await render(version), zipPaths, version)).toEqual([]);
  });

  it('carries the 1.2 mastery score and the sco type in 1.2 spelling', async () => {
    const xml = await render('1.2');
    expect(xml).toContain('<adlcp:masteryscore>100</adlcp:masteryscore>');
    expect(xml).toContain('adlcp:scormtype="sco"');
  });

  it('lets the 2004 content set completion and objectives', async () => {
    const xml = await render('2004');
    expect(xml).toContain('<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>');
    expect(xml).toContain('<imsss:primaryObjective satisfiedByMeasure="false"/>');
    expect(xml).toContain('adlcp:scormType="sco"');
  });

  it('escapes the title and description from the unit', async () => {
    const xml = await render('2004');
    expect(xml).toContain('<title>Principles of customer service &amp; care</title>');
    expect(xml).toContain('what customers expect &lt;and&gt; how');
  });

  it('lists files with percent-encoded hrefs, but not the manifest or the root schema files', async () => {
    const xml = await render('1.2');
    expect(xml).toContain('<file href="images/shop%20floor%20%232.png"/>');
    expect(xml).not.toContain('href="imsmanifest.xml"');
    expect(xml).not.toContain('href="XMLSchema.dtd"');
  });

  it('cuts titles to the 200 characters the 1.2 schema allows', async () => {
    const unit = fixtureUnit();
    unit.facts.title = 'Long '.repeat(60);
    const title = /<title>([^<]*)<\/title>/.exec(await render('1.2', unit))?.[1] ?? '';
    expect(Array.from(title)).toHaveLength(200);
    expect(title.endsWith('…')).toBe(true);
  });

  it('refuses a package without its launch page', async () => {
    await expect(render('1.2', fixtureUnit(), ['imsmanifest.xml', 'assets/a.js'])).rejects.toThrow(
      'The package for l2-fixture has no index.html to launch.',
    );
  });

  it('refuses a template placeholder it does not fill', () => {
    expect(() => renderManifest('<manifest identifier="{{nope}}"/>', fixtureUnit(), '1.2', zipPaths)).toThrow(
      'The manifest template uses {{nope}}, which the packager does not fill',
    );
  });
});

describe('identifiers', () => {
  it('derive from the unit id and the version', () => {
    expect(manifestIds(fixtureUnit(), '2004')).toEqual({
      manifestId: 'l2-fixture-scorm2004',
      organizationId: 'ORG-l2-fixture',
      itemId: 'ITEM-l2-fixture',
      resourceId: 'RES-l2-fixture',
    });
  });

  it.each([
    ['l1-cs1', 'l1-cs1'],
    ['2-legal rights', '_2-legal-rights'],
    ['a:b/c', 'a-b-c'],
  ])('make %s the xsd:ID %s', (raw, id) => {
    expect(xmlId(raw)).toBe(id);
  });
});

describe('listedFiles', () => {
  it('keeps every file but the manifest and the schema files at the root, sorted', () => {
    expect(listedFiles([...zipPaths, 'docs/spec.xsd'])).toEqual([
      'assets/player-1a2b.js',
      'docs/spec.xsd',
      'images/shop floor #2.png',
      'index.html',
    ]);
  });
});
