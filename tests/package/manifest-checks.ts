import { JSDOM } from 'jsdom';
import type { ScormVersion } from '../../src/shared/scorm.ts';

// The contract rules the official schemas do not express, checked independently of the
// packager's own code so that a mistake there cannot hide here.

const NS: Record<ScormVersion, { cp: string; adlcp: string; scormType: string; version: string }> = {
  '1.2': {
    cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    scormType: 'scormtype',
    version: '1.2',
  },
  '2004': {
    cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    scormType: 'scormType',
    version: '2004 4th Edition',
  },
};
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';

/** The rule: every file but imsmanifest.xml and the .xsd/.dtd schema files at the zip root is listed. */
export const mustBeListed = (zipPath: string) =>
  zipPath !== 'imsmanifest.xml' && !/^[^/]+\.(xsd|dtd)$/i.test(zipPath);

function parse(xml: string): Document {
  return new (new JSDOM('').window.DOMParser)().parseFromString(xml, 'application/xml');
}

/** Every broken rule, as a sentence; none for a good manifest. */
export function manifestProblems(xml: string, zipPaths: string[], version: ScormVersion): string[] {
  const ns = NS[version];
  const doc = parse(xml);
  if (doc.getElementsByTagName('parsererror').length > 0) return ['the manifest is not well-formed XML'];
  const problems: string[] = [];
  const all = (namespace: string, name: string) => [...doc.getElementsByTagNameNS(namespace, name)];
  const ids = (elements: Element[]) => elements.map((element) => element.getAttribute('identifier') ?? '');

  const schemaversion = all(ns.cp, 'schemaversion')[0]?.textContent;
  if (schemaversion !== ns.version) problems.push(`schemaversion is "${schemaversion}", not "${ns.version}"`);
  if (all(ns.cp, 'schema')[0]?.textContent !== 'ADL SCORM') problems.push('schema is not "ADL SCORM"');

  const identified = [doc.documentElement, ...all(ns.cp, 'organization'), ...all(ns.cp, 'item'), ...all(ns.cp, 'resource')];
  for (const id of ids(identified)) if (id === '' || /\s/.test(id)) problems.push(`identifier "${id}" is empty or has whitespace`);

  const organizations = ids(all(ns.cp, 'organization'));
  const defaultOrganization = all(ns.cp, 'organizations')[0]?.getAttribute('default');
  if (!defaultOrganization || !organizations.includes(defaultOrganization)) {
    problems.push(`default organization "${defaultOrganization}" does not resolve`);
  }

  const resources = all(ns.cp, 'resource');
  const items = all(ns.cp, 'item');
  if (items.length === 0) problems.push('there is no item');
  for (const item of items) {
    const ref = item.getAttribute('identifierref');
    const resource = resources.find((candidate) => candidate.getAttribute('identifier') === ref);
    if (!resource) {
      problems.push(`item identifierref "${ref}" does not resolve to a resource`);
      continue;
    }
    if (resource.getAttributeNS(ns.adlcp, ns.scormType) !== 'sco') problems.push(`resource "${ref}" is not a sco`);
    if (resource.getAttribute('href') !== 'index.html') problems.push(`resource "${ref}" does not launch index.html`);
    if (version === '1.2') {
      const mastery = [...item.getElementsByTagNameNS(ns.adlcp, 'masteryscore')][0]?.textContent;
      if (mastery !== '100') problems.push(`item masteryscore is "${mastery}", not "100"`);
    } else {
      const controls = [...item.getElementsByTagNameNS(IMSSS, 'deliveryControls')][0];
      if (controls?.getAttribute('completionSetByContent') !== 'true') problems.push('completionSetByContent is not "true"');
      if (controls?.getAttribute('objectiveSetByContent') !== 'true') problems.push('objectiveSetByContent is not "true"');
    }
  }

  const listed = resources.flatMap((resource) =>
    [...resource.getElementsByTagNameNS(ns.cp, 'file')].map((file) => decodeURIComponent(file.getAttribute('href') ?? '')),
  );
  for (const path of zipPaths.filter(mustBeListed)) {
    if (!listed.includes(path)) problems.push(`${path} is in the zip but not listed`);
  }
  for (const path of listed) if (!zipPaths.includes(path)) problems.push(`${path} is listed but not in the zip`);
  return problems;
}
