import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExportFile } from '../../scripts/readExportFile';
import { SINGLE_FILE_NAME } from '../../scripts/singleFile';
import { hasChromium, openBrowser, screenshot, type Session } from './browser';
import { coreViews, fmt } from './coreTotals';
import { expectEveryPage, expectImportPage, expectShippedExplorer } from './everyPage';

/**
 * The one-file edition (`npm run build:single`) opened from a file:// URL, as a teacher
 * double-clicks it on a USB stick: every page works, an import reads a file and is kept, and
 * nothing is fetched from anywhere.
 */
const FILE = path.resolve(process.env.HBA_SINGLE ?? `dist-single/${SINGLE_FILE_NAME}`);
const SMALL = path.resolve('tests/fixtures/import/investigation-2026-05-20_small.csv');

function built(): boolean {
  if (existsSync(FILE)) return true;
  throw new Error(
    `${FILE} is missing: run \`npm run build:single\` first (npm run test:browser does)`,
  );
}

const run = hasChromium() && built();
const rowsOf = (file: string) =>
  Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: 'greedy' }).data;

/**
 * What importing the small export must do to the shipped data: read its rows and add the
 * breaches whose names the shipped file does not hold (the data core's merge is tested in
 * import.browser.test.ts; here it is the file:// page that must read, merge and keep).
 */
async function expectedAfterImport() {
  const shipped = rowsOf('datasets/breaches.csv');
  const nameAt = shipped[0]?.indexOf('name') ?? -1;
  const names = new Set(shipped.slice(1).map((r) => r[nameAt]));
  const read = await readExportFile(SMALL);
  const incoming = read.snapshots.flatMap((snap) => snap.records.map((r) => r.name));
  const added = incoming.filter((n) => !names.has(n)).length;
  expect(added).toBeGreaterThan(0);
  return { rowsRead: read.rowsRead, breaches: coreViews({}).summary.breaches + added };
}

describe.skipIf(!run)('the one-file edition at a file:// URL', () => {
  const url = pathToFileURL(FILE).href;
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser(url);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('is one HTML file whose policy allows its inline code by hash only', () => {
    const html = readFileSync(FILE, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(csp).toMatch(/script-src 'sha256-[\w+/=]+'/);
    expect(csp).toMatch(/style-src 'sha256-[\w+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    // Nothing is loaded from beside it: no src= or href= to a relative or remote file.
    expect(html.match(/\s(src|href)="(?!data:|#)[^"]*"/g) ?? []).toEqual([]);
  });

  it('the first chart shows the shipped totals, and every page works', async () => {
    await expectShippedExplorer(s.page, url);
    expect(await s.page.getByTestId('offline-status').textContent()).toContain('One-file edition');
    await screenshot(s.page, 'single-file-explorer');
    await expectEveryPage(s.page, url);
  });

  it('the QR code panel says phones cannot open a file', async () => {
    await s.page.goto(`${url}?v=2&page=classroom`);
    expect(await s.page.getByTestId('share-note').textContent()).toContain(
      'opened from a file, which phones cannot open',
    );
  });

  it('the import page reads an export and keeps it in this browser', async () => {
    const expected = await expectedAfterImport();
    await expectImportPage(s.page, url);
    await s.page.getByTestId('import-file').setInputFiles(SMALL);
    await expect
      .poll(() => s.page.getByTestId('import-status').textContent(), { timeout: 30_000 })
      .toContain('saved in this browser');
    expect(
      (
        await s.page.getByTestId('report-rows-read').locator('.import-total-value').textContent()
      )?.trim(),
    ).toBe(fmt(expected.rowsRead));
    await s.page.getByRole('button', { name: 'Explore breaches' }).click();
    await expect
      .poll(() => s.page.getByTestId('overview-breaches').locator('.overview-value').textContent())
      .toBe(fmt(expected.breaches));
    // Kept across a reload (IndexedDB of the file's page), then back to the shipped data.
    await s.page.reload();
    await expect
      .poll(
        () => s.page.getByTestId('overview-breaches').locator('.overview-value').textContent(),
        { timeout: 20_000 },
      )
      .toBe(fmt(expected.breaches));
    await expectImportPage(s.page, url);
    await s.page.getByTestId('import-reset').click();
    await expect
      .poll(() => s.page.getByTestId('import-status').textContent())
      .toContain('Back to the shipped data');
  });

  it('asked for nothing beyond the file itself and logged no error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it("README states the file's size", () => {
    const mb = statSync(FILE).size / 1024 / 1024;
    const stated = /health-breach-atlas\.html`?\s+\(about ([\d.]+) MB\)/.exec(
      readFileSync('README.md', 'utf8'),
    )?.[1];
    expect(stated, 'README: "`health-breach-atlas.html` … (about N.N MB)"').toBeDefined();
    // Within 10 %: the datasets grow a little with every refresh.
    expect(Math.abs(Number(stated) - mb) / mb).toBeLessThan(0.1);
  });
});
