// Criterion results out, end to end: two learners take the fixture unit in the test LMS (one
// passes in SCORM 2004; one, in SCORM 1.2, answers a criterion's questions wrongly), each saves
// their record as data and as the signed record, the LMS's CMI data is exported as JSON, and
// `npm run results` reads it all into a cohort matrix that says what the learners did.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runResults } from '../../src/cli/results.ts';
import { parseCsv } from '../../src/results/csv.ts';
import type { EvidenceRecord } from '../../src/shared/evidence-data.ts';
import { prepare, ROOT } from './harness.ts';
import { launchInLms, lmsData, packageDir, sitAssessment, studyAllPages, unitOf, type Version } from './learner-helpers.ts';

let server: Server;
let base: string;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'results-e2e-'));

beforeAll(async () => {
  ({ server, base, browser } = await prepare('e2e-results'));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Clicks a save button on My record and keeps the file the browser downloads. */
async function saveFile(page: Page, frame: Frame, button: string, as: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: button }).click()]);
  const path = join(dir, as);
  writeFileSync(path, readFileSync(await download.path()));
  return path;
}

interface Taken {
  files: string[];
  record: EvidenceRecord;
  chunkRequests: string[];
  json: string;
  html: string;
}

/** A learner takes the unit in the LMS, answering `wrongFor` criteria wrongly, and saves their record; the LMS's data is exported too. */
async function takeUnit(version: Version, learner: string, wrongFor: string[]): Promise<Taken> {
  const context = await browser.newContext({ timezoneId: 'Europe/London', acceptDownloads: true });
  context.setDefaultTimeout(8000);
  try {
    const page = await context.newPage();
    const chunkRequests: string[] = [];
    page.on('request', (r) => r.url().includes('record-export') && chunkRequests.push(r.url()));
    await page.clock.install();
    const frame = await launchInLms(page, base, version, learner);
    const unit = await unitOf(frame);
    // Six minutes on the first page, counted as teaching.
    await page.clock.fastForward('06:00');
    await studyAllPages(frame, unit);
    await frame.getByRole('button', { name: 'Start the assessment' }).click();
    await page.clock.fastForward('03:00');
    await sitAssessment(frame, unit, wrongFor);
    await frame.locator('.result').waitFor();
    for (const title of ['Finish', 'My record']) {
      await frame.getByRole('button', { name: /^Next/ }).click();
      await expect.poll(() => frame.locator('main h1').textContent()).toBe(title);
    }
    expect(chunkRequests).toEqual([]); // the export code is not fetched until a save is asked for
    const tag = version === '1.2' ? '12' : '2004';
    const json = await saveFile(page, frame, 'Save as data (JSON)', `record-${tag}.json`);
    const csv = await saveFile(page, frame, 'Save as a spreadsheet (CSV)', `record-${tag}.csv`);
    const html = await saveFile(page, frame, 'Save my record as a file', `record-${tag}.html`);
    const lms = join(dir, `lms-${tag}.json`);
    writeFileSync(lms, JSON.stringify((await lmsData(page)).cmi));
    return { files: [lms, json, csv, html], record: JSON.parse(readFileSync(json, 'utf8')), chunkRequests, json: readFileSync(json, 'utf8'), html: readFileSync(html, 'utf8') };
  } finally {
    await context.close();
  }
}

describe('criterion results out', () => {
  test('two learners in the LMS become a cohort matrix that matches what they did', async () => {
    const passed = await takeUnit('2004', '', []);
    const failedOne = await takeUnit('1.2', '&learner=learner-2&learnerName=Jones,%20Sam', ['fx-basics:1.10']);
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

    // The export module came from the package's own folder, by a relative path.
    expect(passed.chunkRequests).toHaveLength(1);
    expect(passed.chunkRequests[0]).toMatch(new RegExp(`^${base}/pkg/${packageDir('2004')}/assets/record-export-[\\w-]+\\.js$`));
    // ...and the package's manifest lists it, as it lists every file in the zip.
    const chunk = passed.chunkRequests[0].split('/').pop();
    expect(readFileSync(join(ROOT, '.tmp/e2e-results/pkg', packageDir('2004'), 'imsmanifest.xml'), 'utf8')).toContain(`href="assets/${chunk}"`);

    // The learner's record as data.
    expect(passed.record.learner).toEqual({ id: 'learner-1', name: 'Test Learner' });
    expect(passed.record.unit).toMatchObject({ ref: 'fx-basics', version: '3', codes: { 'Unit code': 'FX/000/0001' } });
    expect(passed.record.criteria.map((c) => [c.ref, c.result, c.dateMet, c.sitting, c.evidence.join('+')])).toEqual([
      ['fx-basics:1.1', 'met', today, 1, 'quiz'],
      ['fx-basics:1.10', 'met', today, 1, 'quiz'],
      ['fx-basics:2.1', 'awaiting-assessor', null, null, 'workplace-observation'],
    ]);
    expect(passed.record.time.teachingMinutes).toBeGreaterThanOrEqual(6);
    expect(passed.record.time.assessmentMinutes).toBeGreaterThanOrEqual(3);
    expect(failedOne.record.criteria.map((c) => c.result)).toEqual(['met', 'not-yet-met', 'awaiting-assessor']);

    // The signed record: its printed hash is the SHA-256 of the JSON file saved with it.
    const hash = createHash('sha256').update(passed.json).digest('hex');
    expect(passed.html).toContain(`<p class="hash" id="evidence-hash">${hash}</p>`);
    expect(passed.html).toContain('Learner signature: ');
    expect(passed.html).toContain('Assessor signature: ');

    const out = join(dir, 'out');
    const run = runResults([...passed.files, ...failedOne.files, '--out', out], dir);
    expect(run.warnings).toEqual([]);
    const [header, ...rows] = parseCsv(readFileSync(join(out, 'cohort-matrix.csv'), 'utf8'));
    expect(header).toEqual(['learner_id', 'learner_name', 'fx-basics:1.1', 'fx-basics:1.10', 'fx-basics:2.1']);
    expect(rows).toEqual([
      ['learner-2', 'Sam Jones', 'met', 'not-yet-met', 'awaiting-assessor'],
      ['learner-1', 'Test Learner', 'met', 'met', 'awaiting-assessor'],
    ]);
    // Each learner was read from the LMS's data, their record (JSON and CSV) and the signed record.
    expect(run.matrix.learners.map((l) => l.files.length)).toEqual([4, 4]);
    // The JSON and the signed record hold the same data: one hash, listed once.
    expect(run.matrix.learners[1].hashes).toEqual([hash]);

    // The LMS's data alone says the same.
    const lmsOnly = runResults([passed.files[0], failedOne.files[0], '--out', join(dir, 'lms-only')], dir);
    expect(lmsOnly.matrix.learners.map((l) => [l.id, lmsOnly.matrix.criteria.map((ref) => l.cells.get(ref)?.result)])).toEqual([
      ['learner-2', ['met', 'not-yet-met', 'awaiting-assessor']],
      ['learner-1', ['met', 'met', 'awaiting-assessor']],
    ]);
  }, 90_000);
});
