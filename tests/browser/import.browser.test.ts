import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildDatasets } from '../../scripts/buildDatasets';
import { writeSyntheticExport } from '../../scripts/syntheticExport';
import { readExportFile } from '../../scripts/readExportFile';
import { buildBreachTable } from '../../src/data/table/buildBreachTable';
import { formatShortDay } from '../../src/data/dates/dataAge';
import {
  historyFromRows,
  historyRows,
  mergeIntoHistory,
  type HistoryChanges,
} from '../../src/data/merge/mergeIntoHistory';
import { parseBreachRows } from '../../src/data/datasets/parseBreachRows';
import { parseCountHistory } from '../../src/data/datasets/parseCountHistory';
import type { Summary } from '../../src/data/views/summarise';
import { explorerViews } from '../../src/features/explorer/explorerViews';
import { DEFAULT_VIEW } from '../../src/state/viewState';
import {
  hasChromium,
  openBrowser,
  screenshot,
  tableFileOf,
  type Page,
  type Session,
} from './browser';
import { fmt } from './coreTotals';

/**
 * Import in the built app, in Chromium: the app starts from a history built WITHOUT the newest
 * files of ../shared (every file holding a snapshot of the newest date, e.g. the portal's
 * under-investigation export and a derived listing of both lists; the test serves that build's
 * breaches.csv, count-history.csv and manifest.json in place of the shipped ones), then those
 * files are imported together through the page's file input, as a user drops them. Which files
 * they are and every expected figure come from the inputs and the data core in Node.
 */
const SHARED = path.resolve(process.cwd(), '../shared/datasets/hhs-ocr');
const FIXTURES = path.resolve(process.cwd(), 'tests/fixtures/import');
const ALL = () =>
  ['raw', 'derived'].flatMap((dir) =>
    readdirSync(path.join(SHARED, dir)).map((f) => path.join(SHARED, dir, f)),
  );

function sharedPresent(): boolean {
  if (existsSync(SHARED)) return true;
  if (process.env.CI)
    throw new Error(`${SHARED} is missing: the import browser test must run under CI`);
  console.warn(`\n  SKIPPED import browser test: ${SHARED} not found\n`);
  return false;
}

const run = hasChromium() && sharedPresent();
const read = (file: string) =>
  Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;

interface Expected {
  /** The files imported: those holding a snapshot of the newest date. */
  newest: string[];
  rowsRead: number;
  problems: string[];
  files: Record<string, string>;
  before: Summary;
  after: Summary;
  changes: HistoryChanges;
  afterAsOf: string;
}

/** Builds the older history with `npm run datasets`' code and merges the newest export into it. */
async function expectedHistory(): Promise<Expected> {
  const read = await Promise.all(
    ALL().map(async (file) => ({ file, result: await readExportFile(file) })),
  );
  const newestDate = read
    .flatMap((r) => r.result.snapshots.map((s) => s.date))
    .sort()
    .at(-1);
  const newest = read.filter((r) => r.result.snapshots.some((s) => s.date === newestDate));
  const inputs = read.filter((r) => !newest.includes(r)).map((r) => r.file);
  const built = await buildDatasets(inputs);
  const rows = (name: string) =>
    Papa.parse<string[]>(built.files[name] ?? '', { skipEmptyLines: 'greedy' }).data;
  const breaches = parseBreachRows(rows('breaches.csv'), 'breaches.csv');
  const counts = parseCountHistory(rows('count-history.csv'), 'count-history.csv');
  if (!breaches.ok || !counts.ok) throw new Error('the older build did not parse');
  const manifest = JSON.parse(built.files['manifest.json'] ?? '{}') as { snapshots: [] };
  const history = historyFromRows(breaches.rows, counts.history, manifest.snapshots);
  const merged = mergeIntoHistory(
    history,
    newest.flatMap((r) => r.result.snapshots),
  );
  const summary = (table: ReturnType<typeof buildBreachTable>) =>
    explorerViews(table, DEFAULT_VIEW).summary;
  return {
    newest: newest.map((r) => r.file),
    rowsRead: newest.reduce((n, r) => n + r.result.rowsRead, 0),
    problems: [...newest.flatMap((r) => r.result.issues), ...merged.issues]
      .map((i) => `${i.file}:${i.row ?? ''}:${i.field ?? ''}:${i.code}`)
      .sort(),
    files: built.files,
    before: summary(buildBreachTable(breaches.rows)),
    after: summary(buildBreachTable(historyRows(merged.history))),
    changes: merged.changes,
    afterAsOf: merged.history.snapshots.at(-1)?.date ?? '',
  };
}

/** Serves the older build in place of the shipped breach files (the page and its workers fetch them; the page's table file made from it). */
async function serveOlderHistory(s: Session, files: Record<string, string>): Promise<void> {
  const serve = (pattern: string, name: string, contentType: string) =>
    s.browser.route(pattern, (route) =>
      route.fulfill({ status: 200, contentType, body: files[name] ?? '' }),
    );
  await serve('**/assets/breaches-*.csv', 'breaches.csv', 'text/csv');
  // The explorer reads the table file the build makes from breaches.csv.
  await s.browser.route('**/assets/breaches-*.hbat', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/octet-stream',
      body: tableFileOf(files['breaches.csv'] ?? ''),
    }),
  );
  await serve('**/assets/count-history-*.csv', 'count-history.csv', 'text/csv');
  await serve('**/assets/manifest-*.json', 'manifest.json', 'application/json');
}

async function overview(page: Page) {
  await page.getByTestId('overview-breaches').waitFor();
  const value = async (id: string) =>
    ((await page.getByTestId(id).locator('.overview-value').textContent()) ?? '').trim();
  return {
    breaches: await value('overview-breaches'),
    individuals: await value('overview-individuals'),
  };
}

const numbers = (s: Summary) => ({ breaches: fmt(s.breaches), individuals: fmt(s.individuals) });
const totalOf = async (page: Page, id: string) =>
  (
    (await page.getByTestId(`report-${id}`).locator('.import-total-value').textContent()) ?? ''
  ).trim();

async function openImportPage(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}?page=import`);
  await page.getByTestId('import-current').waitFor();
  // The current data line shows once the manifest is loaded.
  await expect
    .poll(async () => page.getByTestId('import-current').textContent())
    .toMatch(/data as of/);
}

describe.skipIf(!run)('import of the newest export in Chromium (built app, older history)', () => {
  const baseUrl = inject('baseUrl');
  let s: Session;
  let expected: Expected;
  beforeAll(async () => {
    expected = await expectedHistory();
    s = await openBrowser(baseUrl);
    await serveOlderHistory(s, expected.files);
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('the app starts from the older history (the newest export left out)', async () => {
    await s.page.goto(baseUrl);
    expect(await overview(s.page)).toEqual(numbers(expected.before));
    expect(expected.after.breaches).toBeGreaterThan(expected.before.breaches);
  });

  it('importing the newest export through the file input reports the added breaches and updated counts, and every chart moves to the merged figures', async () => {
    await openImportPage(s.page, baseUrl);
    await s.page.getByTestId('import-file').setInputFiles(expected.newest);
    await s.page.getByTestId('import-report').waitFor({ timeout: 60_000 });
    const c = expected.changes;
    expect(c.added.length).toBeGreaterThan(0);
    expect(c.countsUpdated.length).toBeGreaterThan(0);
    expect(await totalOf(s.page, 'rows-read')).toBe(fmt(expected.rowsRead));
    expect(await totalOf(s.page, 'added')).toBe(fmt(c.added.length));
    expect(await totalOf(s.page, 'counts-updated')).toBe(fmt(c.countsUpdated.length));
    expect(await s.page.getByTestId('report-counts-updated').textContent()).toContain(
      `${fmt(c.countsUpdated.filter((x) => x.placeholderResolved).length)} placeholder`,
    );
    expect(await totalOf(s.page, 'archived')).toBe(fmt(c.nowArchived.length));
    // The lists behind the totals name the breaches.
    await s.page.getByTestId('report-added-list').locator('summary').click();
    expect(await s.page.getByTestId('report-added-list').textContent()).toContain(
      c.added[0]?.name ?? '?',
    );
    await s.page.getByTestId('report-counts-list').locator('summary').click();
    const biggest = [...c.countsUpdated].sort(
      (a, b) =>
        Math.abs((b.after ?? 0) - (b.before ?? 0)) - Math.abs((a.after ?? 0) - (a.before ?? 0)),
    )[0];
    expect(
      await s.page.getByTestId('report-counts-list').locator('tbody tr').first().textContent(),
    ).toContain(biggest?.name ?? '?');
    await expect
      .poll(() => s.page.getByTestId('import-status').textContent())
      .toContain('saved in this browser');
    expect(await s.page.getByTestId('import-asof').textContent()).toContain(expected.afterAsOf);
    await screenshot(s.page, 'import-report');
    // The problems download: one row per problem, spreadsheet-safe.
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByTestId('download-problems').click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    const lines = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(download.suggestedFilename()).toBe('import-problems.csv');
    expect(lines[0]).toEqual(['file', 'row', 'field', 'severity', 'code', 'reason']);
    expect(
      lines
        .slice(1)
        .map((l) => `${l[0]}:${l[1]}:${l[2]}:${l[4]}`)
        .sort(),
    ).toEqual(expected.problems);

    await s.page.getByRole('button', { name: 'Explore breaches' }).click();
    expect(await overview(s.page)).toEqual(numbers(expected.after));
    expect(await s.page.locator('.source-line').first().textContent()).toContain(
      `data as of ${formatShortDay(expected.afterAsOf)}`,
    );
    expect(s.foreignRequests).toEqual([]);
  });

  it('a reload keeps the merged history; "Reset to the shipped data" removes it', async () => {
    await s.page.goto(baseUrl);
    expect(await overview(s.page)).toEqual(numbers(expected.after));
    await openImportPage(s.page, baseUrl);
    for (const file of expected.newest)
      expect(await s.page.getByTestId('import-current').textContent()).toContain(
        path.basename(file),
      );
    await s.page.getByTestId('import-reset').click();
    await expect
      .poll(() => s.page.getByTestId('import-status').textContent())
      .toContain('Back to the shipped data');
    await s.page.getByRole('button', { name: 'Explore breaches' }).click();
    expect(await overview(s.page)).toEqual(numbers(expected.before));
    await s.page.reload();
    expect(await overview(s.page)).toEqual(numbers(expected.before));
  });

  it('Cancel stops a running import and leaves the data as it was', async () => {
    const { file } = writeSyntheticExport(
      100_000,
      7,
      'archive',
      path.resolve('.tmp/synthetic-test'),
    );
    await s.page.goto(baseUrl);
    const before = await overview(s.page);
    await s.page.getByRole('button', { name: 'Load newer data' }).click();
    await s.page.getByTestId('import-file').setInputFiles(file);
    await s.page.getByTestId('import-progress').getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => s.page.getByTestId('import-status').textContent())
      .toBe('Import cancelled; the data on screen is unchanged.');
    expect(await s.page.getByTestId('import-current').textContent()).toMatch(
      /^Showing the shipped data:/,
    );
    await s.page.getByRole('button', { name: 'Explore breaches' }).click();
    expect(await overview(s.page)).toEqual(before);
  });

  const BAD: [file: string, message: RegExp][] = [
    ['not-an-export.csv', /not-an-export\.csv: not an HHS breach-portal export/],
    ['empty.csv', /empty\.csv: empty file/],
    ['binary.csv', /binary\.csv: binary, not a CSV export/],
    [
      'investigation-2026-05-20_truncated.csv',
      /investigation-2026-05-20_truncated\.csv: the file stops in the middle of row 4/,
    ],
    [
      'utf16-no-bom.csv',
      /utf16-no-bom\.csv: the text looks like UTF-16 \(little-endian\) without a byte-order mark/,
    ],
  ];
  for (const [file, message] of BAD) {
    it(`a bad file (${file}) gets a message naming it, and the data stays exactly as it was`, async () => {
      await s.page.goto(baseUrl);
      const before = await overview(s.page);
      await s.page.getByRole('button', { name: 'Load newer data' }).click();
      await s.page.getByTestId('import-file').setInputFiles(path.join(FIXTURES, file));
      const alert = s.page.getByTestId('import-refused');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(message);
      expect(await alert.textContent()).toContain('The data already loaded is unchanged.');
      if (file === BAD[3]?.[0]) await screenshot(s.page, 'import-bad-file');
      await s.page.getByRole('button', { name: 'Explore breaches' }).click();
      expect(await overview(s.page)).toEqual(before);
      expect(before).toEqual(numbers(expected.before));
    });
  }

  it('two tabs: an import in one tab shows in the other, and imports from both tabs survive a reload', async () => {
    const small = path.join(FIXTURES, 'investigation-2026-05-20_small.csv');
    const rows = read(small);
    const tab2 = await s.browser.newPage();
    await s.page.goto(baseUrl);
    await tab2.goto(baseUrl);
    const before = await overview(tab2);
    expect(before).toEqual(numbers(expected.before));
    // Tab 1 imports; tab 2, on the explorer, follows without a reload.
    await openImportPage(s.page, baseUrl);
    await s.page.getByTestId('import-file').setInputFiles(small);
    await expect
      .poll(() => s.page.getByTestId('import-status').textContent())
      .toContain('saved in this browser');
    await expect
      .poll(async () => (await overview(tab2)).breaches, { timeout: 20_000 })
      .toBe(fmt(expected.before.breaches + rows.length - 1));
    // Tab 2 imports another file; tab 1's import survives it.
    const other = path.resolve('.tmp/synthetic-test/investigation-2026-05-21_other.csv');
    mkdirSync(path.dirname(other), { recursive: true });
    writeFileSync(
      other,
      `${rows[0]?.map((c) => `"${c}"`).join(',')}\n"Other Tab Clinic","OR","Healthcare Provider","900","05/01/2026","Theft","Laptop","No",""\n`,
    );
    await openImportPage(tab2, baseUrl);
    await tab2.getByTestId('import-file').setInputFiles(other);
    await expect
      .poll(() => tab2.getByTestId('import-status').textContent())
      .toContain('saved in this browser');
    await s.page.reload();
    await s.page.getByRole('button', { name: 'Explore breaches' }).click();
    expect((await overview(s.page)).breaches).toBe(fmt(expected.before.breaches + rows.length));
    await tab2.close();
    await openImportPage(s.page, baseUrl);
    await s.page.getByTestId('import-reset').click();
    await expect
      .poll(() => s.page.getByTestId('import-status').textContent())
      .toContain('Back to the shipped data');
  });

  it('a file without a date in its name is shown for review before anything is saved: Cancel keeps the data, a corrected date is merged and saved', async () => {
    const copy = path.resolve('.tmp/synthetic-test/breach_report.csv');
    mkdirSync(path.dirname(copy), { recursive: true });
    copyFileSync(path.join(FIXTURES, 'investigation-2026-05-20_small.csv'), copy);
    const newest = read(copy)
      .slice(1)
      .map((r) => r[4] ?? '')
      .map((d) => `${d.slice(6, 10)}-${d.slice(0, 2)}-${d.slice(3, 5)}`)
      .sort()
      .at(-1);
    await s.page.goto(baseUrl);
    const before = await overview(s.page);
    await openImportPage(s.page, baseUrl);
    await s.page.getByTestId('import-file').setInputFiles(copy);
    await s.page.getByTestId('import-review').waitFor();
    expect(await s.page.getByTestId('import-review-reasons').textContent()).toBe(
      `breach_report.csv has no date in its name, so it is dated ${newest}, its newest submission; if you downloaded it later, correct the date.`,
    );
    // Nothing is saved while the report waits: a fresh tab still shows the data as it was.
    const other = await s.browser.newPage();
    await other.goto(baseUrl);
    expect(await overview(other)).toEqual(before);
    await other.close();
    await s.page.getByTestId('import-review-cancel').click();
    await expect
      .poll(() => s.page.getByTestId('import-status').textContent())
      .toBe('Import cancelled; the data on screen is unchanged.');
    // Again, with the date corrected: merged again, then saved (nothing left to confirm).
    await s.page.getByTestId('import-file').setInputFiles(copy);
    await s.page.getByTestId('import-review-date').fill('2026-05-25');
    await s.page.getByTestId('import-review-remerge').click();
    await expect
      .poll(() => s.page.getByTestId('import-status').textContent())
      .toContain('saved in this browser');
    expect(await s.page.getByTestId('report-files').textContent()).toContain(
      'breach_report.csv: under-investigation list as of 2026-05-25 (date as you gave it), partial',
    );
    await s.page.getByTestId('import-reset').click();
    await expect
      .poll(() => s.page.getByTestId('import-status').textContent())
      .toContain('Back to the shipped data');
  });

  it('at 360 px the import page fits the width and its controls work from the keyboard', async () => {
    const phone = await s.browser.newPage();
    await phone.setViewportSize({ width: 360, height: 800 });
    await openImportPage(phone, baseUrl);
    await phone
      .getByTestId('import-file')
      .setInputFiles(path.join(FIXTURES, 'investigation-2026-05-20_small.csv'));
    await phone.getByTestId('import-report').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await screenshot(phone, 'import-360');
    // Keyboard: Tab reaches the file input and the reset button.
    const reached = new Set<string>();
    await phone.locator('body').focus();
    for (let i = 0; i < 40; i++) {
      await phone.keyboard.press('Tab');
      reached.add(
        await phone.evaluate(
          () =>
            `${document.activeElement?.tagName.toLowerCase()}|${document.activeElement?.getAttribute('type') ?? ''}|${document.activeElement?.textContent?.trim().slice(0, 30) ?? ''}`,
        ),
      );
    }
    const all = [...reached].join('\n');
    expect(all).toMatch(/^input\|file\|/m);
    expect(all).toMatch(/^button\|button\|Reset to the shipped data/m);
    await phone.getByTestId('import-reset').focus();
    await phone.keyboard.press('Enter');
    await expect
      .poll(() => phone.getByTestId('import-status').textContent())
      .toContain('Back to the shipped data');
    await phone.close();
  });
});
