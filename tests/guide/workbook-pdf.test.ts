// Without a Chromium the workbooks' PDFs are skipped with the reason, and nothing else is lost:
// the build writes the HTML workbooks and succeeds (tests/e2e/workbook.test.ts prints them).
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/vite/static-site.ts', () => ({
  CHROMIUM_ARGS: [],
  chromiumPath: () => {
    throw new Error('No Chromium found: install it with "apt-get install chromium" or set CHROMIUM_PATH.');
  },
}));

const { printWorkbooks } = await import('../../src/guide/workbook-pdf.ts');

describe('printing the workbooks without a Chromium', () => {
  it('prints nothing and says why on one line', async () => {
    const result = await printWorkbooks([{ path: 'unit/workbook.html', data: '<!doctype html><title>x</title>' }]);
    expect(result).toEqual({ files: [], skipped: 'No Chromium found: install it with "apt-get install chromium" or set CHROMIUM_PATH.' });
  });

  it('has nothing to print when no workbook is among the files', async () => {
    expect(await printWorkbooks([{ path: 'unit/tutor-guide.html', data: '' }])).toEqual({ files: [] });
  });
});
