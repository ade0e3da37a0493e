import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatSize } from '../../src/package/catalog.ts';
import { tempFolder, writeFixtureDist } from './dist-helpers.ts';

async function catalogOf(options: Parameters<typeof writeFixtureDist>[1] = {}) {
  const outDir = join(await tempFolder(), 'dist');
  await writeFixtureDist(outDir, options);
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  return { outDir, html, document: new JSDOM(html).window.document };
}

const textOf = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function unitSection(document: Document, id: string): Element {
  const section = document.getElementById(`unit-${id}`);
  if (!section) throw new Error(`no section for ${id}`);
  return section;
}

function facts(section: Element): Record<string, string> {
  const terms = [...section.querySelectorAll('dl.facts dt')];
  return Object.fromEntries(terms.map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]));
}

describe('the catalog', () => {
  let catalog: Awaited<ReturnType<typeof catalogOf>>;
  beforeAll(async () => {
    catalog = await catalogOf({
      extraFiles: [{ path: 'l2-fixture/tutor-guide.html', data: '<p>Guide</p>' }],
    });
  });

  it('is a standalone British-English page that fits narrow screens', () => {
    const { document, html } = catalog;
    expect(document.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(document.querySelector('meta[name="viewport"]')?.getAttribute('content')).toBe('width=device-width, initial-scale=1');
    expect(html).not.toMatch(/<link |<script|src="http/);
  });

  it('has one h1 and never skips a heading level', () => {
    const levels = [...catalog.document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  });

  it('scopes every table header and names every table', () => {
    const { document } = catalog;
    const headers = [...document.querySelectorAll('th')];
    expect(headers.length).toBeGreaterThan(10);
    for (const th of headers) expect(['col', 'row']).toContain(th.getAttribute('scope'));
    for (const table of document.querySelectorAll('table')) {
      const labelledBy = document.getElementById(table.getAttribute('aria-labelledby') ?? '');
      expect(textOf(table.querySelector('caption')) || textOf(labelledBy)).not.toBe('');
    }
  });

  it('lets the wide package tables scroll in a named region reachable by keyboard', () => {
    const regions = [...catalog.document.querySelectorAll('.table-scroll')];
    expect(regions).toHaveLength(2);
    for (const region of regions) {
      expect(region.getAttribute('role')).toBe('region');
      expect(region.getAttribute('tabindex')).toBe('0');
      expect(textOf(catalog.document.getElementById(region.getAttribute('aria-labelledby') ?? ''))).toMatch(/^Package files for /);
    }
  });

  it('explains which file to upload for which SCORM version', () => {
    const heading = [...catalog.document.querySelectorAll('h2')].find((h) => textOf(h) === 'Which file do I upload?');
    const section = textOf(heading?.parentElement);
    expect(section).toContain('-scorm12.zip are SCORM 1.2');
    expect(section).toContain('-scorm2004.zip are SCORM 2004 4th edition');
  });

  it('lists every unit with its facts as the seed gives them', () => {
    const { document } = catalog;
    expect(facts(unitSection(document, 'l2-fixture'))).toMatchObject({
      Level: '2',
      'Credit value': '3',
      'Guided learning hours': '24',
      'Ofqual unit code': 'J/506/2132',
    });
    expect(textOf(unitSection(document, 'l2-fixture').querySelector('h2'))).toBe('Principles of customer service & care');
    expect(facts(unitSection(document, 'l1-synoptic'))).toMatchObject({
      Level: '1',
      'Credit value': 'Not stated in the unit specification',
      'Guided learning hours': 'Not stated in the unit specification',
    });
  });

  it('lists each package with a size and sha256 that match the file', async () => {
    const { document, outDir } = catalog;
    const rows = [...document.querySelectorAll('tbody tr')].filter((row) => row.querySelector('a[href^="packages/"]'));
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const href = row.querySelector('a')?.getAttribute('href') ?? '';
      const data = await readFile(join(outDir, href));
      const [version, , size, sha256] = [...row.querySelectorAll('td')].map(textOf);
      expect(size).toBe(formatSize(data.byteLength));
      expect(sha256).toBe(createHash('sha256').update(data).digest('hex'));
      expect(version).toBe(href.endsWith('-scorm12.zip') ? 'SCORM 1.2' : 'SCORM 2004 4th edition');
    }
  });

  it('lists outcomes and criteria, marking the workplace-evidence ones', () => {
    const section = unitSection(catalog.document, 'l2-fixture');
    const rows = [...section.querySelectorAll('tbody tr')].filter((row) => !row.querySelector('a'));
    expect(rows.map((row) => [textOf(row.querySelector('th')), row.querySelector('.workplace') !== null])).toEqual([
      ['1.1', false],
      ['1.2', false],
      ['2.1', true],
    ]);
    expect(textOf(section)).toContain('Learning outcome 2: Be able to deal with customer complaints');
  });

  it('lists the criteria a synoptic unit assesses from other units', () => {
    const text = textOf(unitSection(catalog.document, 'l1-synoptic'));
    expect(text).toContain('l2-fix:1.1');
    expect(text).toContain('Describe the difference between "needs" and "expectations", with examples');
  });

  it('links a tutor guide only where one was written', () => {
    const { document } = catalog;
    expect(unitSection(document, 'l2-fixture').querySelector('a[href="l2-fixture/tutor-guide.html"]')).not.toBeNull();
    expect(unitSection(document, 'l1-synoptic').querySelector('a[href$="tutor-guide.html"]')).toBeNull();
  });
});

describe('the catalog of split packages', () => {
  it('names the module each package holds', async () => {
    const { document } = await catalogOf({ kinds: ['module'], versions: ['2004'] });
    const rows = [...unitSection(document, 'l2-fixture').querySelectorAll('tbody tr')].filter((row) => row.querySelector('a'));
    expect(rows.map((row) => [textOf(row.querySelector('th')), textOf(row.querySelectorAll('td')[1])])).toEqual([
      ['l2-fixture-expectations-scorm2004.zip', 'Module 1: What customers expect'],
      ['l2-fixture-complaints-scorm2004.zip', 'Module 2: Putting things right'],
    ]);
  });
});

describe('formatSize', () => {
  it.each([
    [0, '0.0 KB (0 bytes)'],
    [1536, '1.5 KB (1,536 bytes)'],
    [1234567, '1205.6 KB (1,234,567 bytes)'],
  ])('shows %i bytes as %s', (bytes, shown) => {
    expect(formatSize(bytes)).toBe(shown);
  });
});
