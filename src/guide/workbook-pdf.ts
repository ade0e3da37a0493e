// The workbooks printed to tagged PDF by Debian's Chromium: one browser for every unit, one
// page printed after another, so the build stays quick. The pages and the media they show are
// laid out in a folder of their own first, as they will be in dist, because writeDist replaces
// dist only once everything is ready. Without a Chromium the build goes on without the PDFs.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../vite/static-site.ts';
import { WORKBOOK_FILE, WORKBOOK_PDF } from './workbook.ts';

export interface PrintedWorkbooks {
  /** "<unit>/workbook.pdf" for each workbook printed. */
  files: { path: string; data: Uint8Array }[];
  /** Why none were printed, on one line; absent when they were. */
  skipped?: string;
}

/** Prints every "<unit>/workbook.html" among `files` (the guides and the media they show) to "<unit>/workbook.pdf". */
export async function printWorkbooks(files: { path: string; data: string | Uint8Array }[]): Promise<PrintedWorkbooks> {
  const workbooks = files.filter((file) => file.path.endsWith(`/${WORKBOOK_FILE}`)).map((file) => file.path);
  if (workbooks.length === 0) return { files: [] };
  let executablePath: string;
  try {
    executablePath = chromiumPath();
  } catch (e) {
    return { files: [], skipped: (e as Error).message };
  }
  const folder = await mkdtemp(join(tmpdir(), 'workbooks-'));
  try {
    await Promise.all(
      files.map(async (file) => {
        await mkdir(dirname(join(folder, file.path)), { recursive: true });
        await writeFile(join(folder, file.path), file.data);
      }),
    );
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS }).catch((e: Error) => e);
    if (browser instanceof Error) return { files: [], skipped: `Chromium at ${executablePath} did not start: ${browser.message.split('\n')[0]}` };
    try {
      const page = await browser.newPage();
      const printed: PrintedWorkbooks['files'] = [];
      for (const path of workbooks) {
        await page.goto(pathToFileURL(join(folder, path)).href, { waitUntil: 'load' });
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, tagged: true, outline: true, printBackground: true });
        printed.push({ path: path.slice(0, -WORKBOOK_FILE.length) + WORKBOOK_PDF, data: new Uint8Array(pdf) });
      }
      return { files: printed };
    } finally {
      await browser.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
