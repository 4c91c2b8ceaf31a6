import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { breachCsvRows, BREACH_CSV_HEADER } from '../../src/data/datasets/breachesToCsv';
import { asOfStartDay, asOfText, dataAge, todayIso } from '../../src/data/dates/dataAge';
import { selectRows } from '../../src/data/views/filterTable';
import type { PackageMetadata } from '../../src/data/datasets/dataPackage';
import { yearOverYear } from '../../src/data/views/yearOverYear';
import { clausesFromView } from '../../src/state/clausesFromView';
import { DEFAULT_VIEW, MEGA_BREACH_THRESHOLD, type ViewState } from '../../src/state/viewState';
import {
  hasChromium,
  openBrowser,
  screenshot,
  seriousViolations,
  type Page,
  type Session,
} from './browser';
import { coreViews, fmt, shippedTable } from './coreTotals';

const run = hasChromium();
const manifest = JSON.parse(readFileSync('datasets/manifest.json', 'utf8')) as {
  asOf: string;
  source: { url: string };
  breaches: number;
};
/** as_of of every workforce source, from datasets/workforce/sources.csv. */
const sourceAsOf = new Map(
  Papa.parse<Record<string, string>>(readFileSync('datasets/workforce/sources.csv', 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.map((r) => [r.source_key!, r.as_of!]),
);
const BREACH_PANELS = [
  'overview',
  'time',
  'breakdown-breachType',
  'breakdown-entityType',
  'breakdown-location',
  'breakdown-businessAssociate',
  'map',
  'largest',
];
const WORKFORCE_BREACH_PANELS = ['case-breaches', 'case', 'claims'];
const WORKFORCE_PANELS = ['outlook', 'roles', 'case-outlook', 'claims-workforce'];

async function download(page: Page, click: () => Promise<void>) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/** What a text cell becomes in the CSV: an apostrophe before a formula-like start. */
const escaped = (cell: string | number) =>
  typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : String(cell);

/** The data core's rows for a view, as the CSV must hold them. */
function expectedCsvRows(view: Partial<ViewState>, full = false): string[][] {
  const table = shippedTable();
  const rows = full
    ? selectRows(table, [])
    : selectRows(table, clausesFromView({ ...DEFAULT_VIEW, ...view }, MEGA_BREACH_THRESHOLD));
  return breachCsvRows(table, rows).map((r) => r.map(escaped));
}

function parseCsv(bytes: Uint8Array | Buffer): { bom: boolean; rows: string[][] } {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bom = text.charCodeAt(0) === 0xfeff;
  const rows = Papa.parse<string[]>(bom ? text.slice(1) : text, { skipEmptyLines: true }).data;
  return { bom, rows };
}

describe.skipIf(!run)(
  'sources, citation, downloads, year picks and year-over-year (Chromium)',
  () => {
    const baseUrl = inject('baseUrl');
    let s: Session;
    beforeAll(async () => {
      s = await openBrowser(baseUrl, { width: 1366, height: 768 });
    });
    afterAll(async () => {
      await s?.close();
    });

    it('every explorer and workforce panel has a source line naming the source, its as-of date and age from datasets/', async () => {
      const { page } = s;
      const today = todayIso();
      await page.goto(`${baseUrl}?v=2`);
      await page.getByTestId('overview-breaches').waitFor();
      const check = async (panel: string) => {
        const line = page.locator(`[data-testid="source-line"][data-panel="${panel}"]`);
        expect(await line.count(), `source line of ${panel}`).toBe(1);
        const text = (await line.textContent()) ?? '';
        expect(text).toContain(asOfText(manifest.asOf, today));
        expect(text).toContain('reports of 500+ individuals; years are submission years');
        expect(await line.locator('[data-testid="data-as-of"]').getAttribute('data-as-of')).toBe(
          manifest.asOf,
        );
        expect(await line.locator('a').first().getAttribute('href')).toBe(manifest.source.url);
      };
      for (const panel of BREACH_PANELS) await check(panel);
      await page.getByRole('button', { name: 'Workforce & the case' }).click();
      await page.getByTestId('wf-claims').waitFor();
      await page.locator('[data-panel="claims-workforce"]').waitFor();
      for (const panel of WORKFORCE_BREACH_PANELS) await check(panel);
      for (const panel of WORKFORCE_PANELS) {
        const line = page.locator(`[data-testid="source-line"][data-panel="${panel}"]`);
        expect(await line.count(), `source line of ${panel}`).toBe(1);
        const dated = line.locator('[data-source] [data-testid="data-as-of"]');
        expect(await dated.count()).toBeGreaterThan(0);
        for (const el of await line.locator('span[data-source]').all()) {
          const key = (await el.getAttribute('data-source'))!;
          const asOf = sourceAsOf.get(key);
          expect(asOf, `${key} is in sources.csv`).toBeDefined();
          if (asOf === '') continue;
          expect(await el.locator('[data-testid="data-as-of"]').getAttribute('data-as-of')).toBe(
            asOf,
          );
          expect(await el.textContent()).toContain(dataAge(asOfStartDay(asOf!), today).label);
        }
      }
    });

    it('downloads the displayed data as a ZIP whose metadata lists the active filters, and a BOM CSV that round-trips to the data core’s rows', async () => {
      const { page } = s;
      const view: Partial<ViewState> = {
        yearFrom: 2015,
        yearTo: 2016,
        filters: { ...DEFAULT_VIEW.filters, breachType: ['Theft'] },
      };
      await page.goto(`${baseUrl}?v=2&from=2015&to=2016&type=Theft`);
      await page.getByTestId('download-displayed-zip').waitFor();
      const expected = expectedCsvRows(view);
      expect(await page.getByTestId('data-downloads').textContent()).toContain(
        `Download displayed data (${fmt(expected.length)} breaches)`,
      );
      const zip = await download(page, () => page.getByTestId('download-displayed-zip').click());
      expect(zip.name).toBe(`health-breach-atlas-displayed-${manifest.asOf}.zip`);
      const files = unzipSync(new Uint8Array(zip.bytes));
      const base = `health-breach-atlas-displayed-${manifest.asOf}`;
      expect(Object.keys(files).sort()).toEqual(
        [`${base}/README.md`, `${base}/breaches.csv`, `${base}/metadata.json`].sort(),
      );
      const meta = JSON.parse(strFromU8(files[`${base}/metadata.json`]!)) as PackageMetadata;
      expect(meta.filtersApplied).toEqual(['Years: 2015–2016', 'Type: Theft']);
      expect(meta.asOf).toBe(manifest.asOf);
      expect(meta.source.url).toBe(manifest.source.url);
      expect(meta.rows).toBe(expected.length);
      expect(meta.columns.map((c) => c.name)).toEqual([...BREACH_CSV_HEADER]);
      expect(meta.citation).toContain('from=2015&to=2016&type=Theft');
      const readme = strFromU8(files[`${base}/README.md`]!);
      expect(readme).toContain('- Years: 2015–2016\n- Type: Theft');
      expect(readme).toContain(meta.citation);
      const inZip = parseCsv(files[`${base}/breaches.csv`]!);
      expect(inZip.bom).toBe(true);
      expect(inZip.rows).toEqual([[...BREACH_CSV_HEADER], ...expected]);

      const csv = await download(page, () => page.getByTestId('download-displayed-csv').click());
      const parsed = parseCsv(csv.bytes);
      expect(parsed.bom).toBe(true);
      expect(parsed.rows).toEqual([[...BREACH_CSV_HEADER], ...expected]);

      const full = parseCsv(
        (await download(page, () => page.getByTestId('download-full-csv').click())).bytes,
      );
      expect(full.bom).toBe(true);
      expect(full.rows.length - 1).toBe(manifest.breaches);
      expect(full.rows.slice(1)).toEqual(expectedCsvRows({}, true));
    });

    it('a click on a year bar shows that year, a shift-click extends the range, Enter / Shift+Enter do the same; the overview follows the data core', async () => {
      const { page } = s;
      const overview = async () =>
        (
          (await page.getByTestId('overview-breaches').locator('.overview-value').textContent()) ??
          ''
        ).trim();
      await page.goto(`${baseUrl}?v=2`);
      await page.locator('rect.bar[data-year="2015"]').click();
      await expect.poll(() => page.url()).toContain('from=2015&to=2015');
      await expect
        .poll(overview)
        .toBe(fmt(coreViews({ yearFrom: 2015, yearTo: 2015 }).summary.breaches));
      // The main chart now draws 2015's months; the brush strip still shows every year. The
      // strip is measured once the time panel has its new chart (it comes a few frames after the
      // overview), so nothing above it moves between the measuring and the shift-click.
      await page.locator('rect.bar[data-month]').first().waitFor({ state: 'attached' });
      const strip = page.locator('.brush-strip rect.brush-bar').nth(2018 - 2009);
      const box = (await strip.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.down('Shift');
      await page.mouse.down();
      await page.mouse.up();
      await page.keyboard.up('Shift');
      await expect.poll(() => page.url()).toContain('from=2015&to=2018');
      await expect
        .poll(overview)
        .toBe(fmt(coreViews({ yearFrom: 2015, yearTo: 2018 }).summary.breaches));
      expect(await page.getByTestId('filter-chips').textContent()).toContain('Years: 2015–2018');

      await page.goto(`${baseUrl}?v=2`);
      const frame = page.locator('.time-frame-pickable');
      await frame.focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url()).toContain('from=2024&to=2024');
      // 2024 now shows months: Shift+Enter on a month of 2024 keeps 2024 (the anchor) …
      await page.locator('.time-frame-pickable').focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+Enter');
      await expect.poll(() => page.url()).toContain('from=2024&to=2024');
      // … and a shift-click on 2021 in the strip extends back to it.
      const b2021 = (await page
        .locator('.brush-strip rect.brush-bar')
        .nth(2021 - 2009)
        .boundingBox())!;
      await page.mouse.move(b2021.x + b2021.width / 2, b2021.y + b2021.height / 2);
      await page.keyboard.down('Shift');
      await page.mouse.down();
      await page.mouse.up();
      await page.keyboard.up('Shift');
      await expect.poll(() => page.url()).toContain('from=2021&to=2024');
      await expect
        .poll(overview)
        .toBe(fmt(coreViews({ yearFrom: 2021, yearTo: 2024 }).summary.breaches));
    });

    it('the year-over-year view shows each year’s change the data core gives, under the current filter, with the partial year marked', async () => {
      const { page } = s;
      const view: Partial<ViewState> = {
        filters: { ...DEFAULT_VIEW.filters, breachType: ['Hacking/IT Incident'] },
      };
      await page.goto(`${baseUrl}?v=2&type=${encodeURIComponent('Hacking/IT Incident')}`);
      await page.getByLabel('Change from year before').check();
      await expect.poll(() => page.url()).toContain('tv=change');
      await page.getByTestId('yoy-chart').waitFor();
      const partialYear = Number(manifest.asOf.slice(0, 4));
      const core = yearOverYear(coreViews(view).byYear, partialYear);
      // The chart: one bar per year with a year before it, its delta the core's.
      const bars = await page
        .locator('.yoy-chart rect[data-year]')
        .evaluateAll((els) =>
          els.map((e) => [
            Number(e.getAttribute('data-year')),
            Number(e.getAttribute('data-delta')),
          ]),
        );
      expect(bars).toEqual(
        core.filter((c) => c.individualsChange).map((c) => [c.year, c.individualsChange!.delta]),
      );
      expect(
        await page.locator(`.yoy-chart rect[data-year="${partialYear}"]`).getAttribute('class'),
      ).toContain('bar-partial');
      await screenshot(page, 'citations-yoy-1366');
      // The table: count and individuals changes for every year.
      await page.getByRole('button', { name: 'Show data table' }).first().click();
      const rows = await page
        .locator('[data-testid="yoy-table"] tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            Number(tr.getAttribute('data-year')),
            tr.querySelector('[data-testid="yoy-breaches"]')!.getAttribute('data-delta'),
            tr.querySelector('[data-testid="yoy-individuals"]')!.getAttribute('data-delta'),
            tr.getAttribute('data-partial') === 'true',
          ]),
        );
      expect(rows).toEqual(
        core.map((c) => [
          c.year,
          c.breachesChange === null ? '' : String(c.breachesChange.delta),
          c.individualsChange === null ? '' : String(c.individualsChange.delta),
          c.partial,
        ]),
      );
      expect(
        await page
          .locator(`[data-testid="yoy-table"] tr[data-year="${partialYear}"] th`)
          .textContent(),
      ).toContain('(partial year)');
    });

    it('the Sources dialog is labelled, traps focus, closes on Esc back to its opener, lists every dataset and cites the view', async () => {
      const { page } = s;
      await page.goto(`${baseUrl}?v=2&from=2015&to=2016`);
      const opener = page.locator('[data-panel="overview"] .source-open');
      await opener.click();
      const dialog = page.getByRole('dialog', { name: 'Sources and citation' });
      await dialog.waitFor();
      expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      const datasets = await dialog
        .getByTestId('sources-dataset')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-dataset')));
      expect(datasets).toEqual(['hhs-ocr', 'projections', 'pay', 'quotes', 'us-atlas']);
      const breach = dialog.locator('[data-dataset="hhs-ocr"]');
      expect(await breach.locator('[data-as-of]').first().getAttribute('data-as-of')).toBe(
        manifest.asOf,
      );
      expect(await breach.textContent()).toContain('Known gaps');
      const citation = await dialog.getByTestId('citation').inputValue();
      expect(citation).toContain('“U.S. health-data breach reports (Years: 2015–2016).”');
      expect(citation).toContain(`${baseUrl}?v=2&from=2015&to=2016`);
      expect(citation).toMatch(/\(accessed [A-Z][a-z]{2} \d{1,2}, \d{4}\)\.$/);
      // Tab and Shift+Tab stay inside the dialog.
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(
          true,
        );
      }
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(
        true,
      );
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
      expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    });

    it('a glossary term opens the glossary at its entry, from the page and from slide notes', async () => {
      const { page } = s;
      await page.goto(`${baseUrl}?v=2`);
      await page
        .locator('[data-testid="overview-individuals"] .term[data-term="individuals-affected"]')
        .click();
      const dialog = page.getByRole('dialog', { name: 'Glossary' });
      await dialog.waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('glossary-individuals-affected');
      expect(await dialog.getByTestId('glossary-entry').count()).toBe(5);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    });

    it.each([
      [1024, 768],
      [1366, 768],
      [1920, 1080],
      [390, 844],
    ])(
      'at %i × %i the source lines, the Sources dialog and the change view fit the screen',
      async (width, height) => {
        const t = await openBrowser(baseUrl, { width, height });
        try {
          const { page } = t;
          await page.goto(`${baseUrl}?v=2&tv=change`);
          await page.getByTestId('yoy-chart').waitFor();
          for (const line of await page.getByTestId('source-line').all()) {
            const box = (await line.boundingBox())!;
            expect(box.x).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
          }
          await screenshot(page, `citations-explorer-${width}`);
          await page.getByTestId('open-sources').click();
          const dialog = page.getByRole('dialog', { name: 'Sources and citation' });
          await dialog.waitFor();
          const box = (await dialog.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
          expect(box.y + box.height).toBeLessThanOrEqual(height + 0.5);
          await page.screenshot({ path: `.tmp/screenshots/citations-sources-${width}.png` });
          expect(t.foreignRequests).toEqual([]);
          expect(t.errors).toEqual([]);
        } finally {
          await t.close();
        }
      },
    );
  },
);
