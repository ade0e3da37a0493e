// The bench's browser figures: how soon a package paints its first content inside an LMS frame,
// against a static page of the same text in the same frame, and Lighthouse's mobile scores.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Browser } from 'playwright-core';
import type { Unit } from '../shared/course.ts';
import type { ScormVersion } from '../shared/scorm.ts';
import { escapeHtml } from '../package/escape.ts';
import { buildPreviewHost, CHROMIUM_ARGS, chromiumPath, serveFolder, unzipTo } from '../vite/static-site.ts';

export interface FrameFigures {
  /** Median first contentful paint of the course in the LMS frame, ms from the frame's start. */
  courseMs: number;
  /** The same for a static HTML page holding the course's first page text. */
  staticMs: number;
  runs: number;
}

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
}

/** The first page's text as a plain page: what the course would paint if it were static HTML. */
function staticPage(unit: Unit): string {
  const first = unit.intro[0];
  const html = first.blocks.map((block) => (block.kind === 'html' ? block.html : '')).join('\n');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(unit.facts.title)}</title></head><body><main><h1>${escapeHtml(first.title)}</h1>${html}</main></body></html>`;
}

/**
 * A bare LMS page for Lighthouse: a title bar and the course in a frame, with an in-memory
 * SCORM 2004 API. Lighthouse scores the top page, so the preview LMS (its 80 KB inspector
 * and a CMI dump that grows as the course talks) would be scored instead of the course.
 */
const LMS_PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Learning platform</title>
<style>body{margin:0;font-family:system-ui,sans-serif}header{padding:.5rem 1rem;background:#1d3557;color:#fff}
iframe{display:block;width:100%;height:calc(100vh - 2.5rem);border:0}</style>
<script>
var cmi = {}, ok = function () { return 'true'; };
window.API_1484_11 = {
  Initialize: ok, Terminate: ok, Commit: ok,
  GetValue: function (k) { return k in cmi ? cmi[k] : /_count$/.test(k) ? '0' : k === 'cmi.entry' ? 'ab-initio' : ''; },
  SetValue: function (k, v) { cmi[k] = String(v); return 'true'; },
  GetLastError: function () { return '0'; }, GetErrorString: function () { return ''; }, GetDiagnostic: function () { return ''; }
};
</script></head><body><header><p style="margin:0">Learning platform: your course</p></header>
<main><iframe title="Course" src="../pkg/index.html"></iframe></main></body></html>`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function firstPaintInFrame(browser: Browser, hostUrl: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(hostUrl);
  const frame = await (await page.waitForSelector('iframe#sco')).contentFrame();
  if (!frame) throw new Error('The LMS page has no course frame.');
  await frame.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, {
    timeout: 30_000,
  });
  const ms = await frame.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
  await context.close();
  return ms;
}

/**
 * Serves the package and a static page of its first page's text under the preview LMS, then
 * measures both in the LMS frame, alternating, `runs` times each; plus Lighthouse (mobile) on
 * a bare LMS page with the course framed (SCORM 2004), and on the course page alone.
 */
export async function measureInBrowser(
  zip: Uint8Array,
  unit: Unit,
  version: ScormVersion,
  runs = 7,
  lighthouse = true,
): Promise<{ frame: FrameFigures; lighthouseFramed?: LighthouseFigures; lighthouseAlone?: LighthouseFigures }> {
  const work = resolve('.tmp/bench-web');
  rmSync(work, { recursive: true, force: true });
  unzipTo(zip, join(work, 'pkg'));
  mkdirSync(join(work, 'static'), { recursive: true });
  writeFileSync(join(work, 'static/index.html'), staticPage(unit));
  mkdirSync(join(work, 'lms'), { recursive: true });
  writeFileSync(join(work, 'lms/index.html'), LMS_PAGE);
  await buildPreviewHost(join(work, 'host'));
  const server = await serveFolder(work);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const framed = (src: string) => `${base}/host/index.html?src=${src}&scorm=${version}`;
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const course: number[] = [];
    const plain: number[] = [];
    try {
      await firstPaintInFrame(browser, framed('/pkg/index.html')); // warm the server and caches alike
      await firstPaintInFrame(browser, framed('/static/index.html'));
      for (let i = 0; i < runs; i++) {
        course.push(await firstPaintInFrame(browser, framed('/pkg/index.html')));
        plain.push(await firstPaintInFrame(browser, framed('/static/index.html')));
      }
    } finally {
      await browser.close();
    }
    const frame = { courseMs: median(course), staticMs: median(plain), runs };
    if (!lighthouse) return { frame };
    const lighthouseFramed = await lighthouseScores(`${base}/lms/index.html`);
    const lighthouseAlone = await lighthouseScores(`${base}/pkg/index.html`);
    return { frame: { courseMs: median(course), staticMs: median(plain), runs }, lighthouseFramed, lighthouseAlone };
  } finally {
    server.close();
  }
}

/** Lighthouse's default (mobile, simulated throttling) performance and accessibility scores. */
async function lighthouseScores(url: string): Promise<LighthouseFigures> {
  const chrome = await launchChrome({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
    const { performance, accessibility } = result.lhr.categories;
    return { performance: performance.score ?? 0, accessibility: accessibility.score ?? 0 };
  } finally {
    await chrome.kill();
  }
}
