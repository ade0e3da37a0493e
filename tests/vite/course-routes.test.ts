// The dev server's course URLs: the launch page of the rich fixture at its per-unit path, its
// image at the URL the page's HTML leads to, and nothing that the unit does not list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlayerHtml } from '../../src/package/player-html.ts';
import type { Unit } from '../../src/shared/course.ts';
import { courseResponse, playerPath, type PlayerPage } from '../../src/vite/course-routes.ts';
import { compile, ROOT } from '../compiler/helpers.ts';

const result = compile('tests/fixtures/valid-more', ['rich']);
const template = readFileSync(join(ROOT, 'src/player/index.html'), 'utf8');
const playerPage: PlayerPage = async (unit, version) => renderPlayerHtml(template, unit, version);
const get = (path: string) => courseResponse(result, new URL(path, 'http://dev'), playerPage);
const text = (body: string | Uint8Array) => (typeof body === 'string' ? body : new TextDecoder().decode(body));

/** Where each relative src of the inlined course data leads, from the page at `pagePath`. */
function imageUrls(page: string, pagePath: string): string[] {
  const unit: Unit = JSON.parse(/<script id="course-data"[^>]*>(.*?)<\/script>/s.exec(page)![1].replace(/<\\\//g, '</'));
  return [...JSON.stringify(unit).matchAll(/src=\\"([^"\\]*)\\"/g)].map((m) => new URL(m[1], new URL(pagePath, 'http://dev')).pathname);
}

describe('course URLs of the dev server', () => {
  it('compiles the rich fixture without errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it("serves the unit's launch page, whose image URL serves the image with its type", async () => {
    const page = await get(`${playerPath('rich')}?scorm=1.2`);
    expect(page?.status).toBe(200);
    expect(page?.type).toBe('text/html; charset=utf-8');
    expect(text(page!.body)).toContain('data-scorm="1.2"');
    const urls = imageUrls(text(page!.body), playerPath('rich'));
    expect(urls).toEqual(['/__course/rich/media/images/till.svg']);
    const image = await get(urls[0]);
    expect(image?.status).toBe(200);
    expect(image?.type).toBe('image/svg+xml');
    expect(text(image!.body)).toBe(readFileSync(join(ROOT, 'tests/fixtures/valid-more/rich/images/till.svg'), 'utf8'));
  });

  it('lists the units', async () => {
    const list = await get('/__course/units.json');
    expect(JSON.parse(text(list!.body))).toEqual(['rich']);
  });

  it.each([
    '/__course/rich/media/images/missing.svg',
    '/__course/rich/media/unit.md',
    '/__course/rich/media/..%2Funit.md',
    '/__course/rich/media/images%2F..%2F..%2Funit.md',
    '/__course/rich/media/%E0%A4%A',
    '/__course/rich/unit.md',
    '/__course/other/media/images/till.svg',
    '/__course/__proto__/media/images/till.svg',
    '/__course/other/player.html',
  ])('answers %s with 404', async (path) => {
    expect((await get(path))?.status).toBe(404);
  });

  it('leaves every other URL to Vite', async () => {
    expect(await get('/src/player/main.ts')).toBeUndefined();
    expect(await get('/tests/fixtures/valid-more/rich/images/till.svg')).toBeUndefined();
  });
});
