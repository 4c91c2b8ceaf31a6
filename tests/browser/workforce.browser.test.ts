import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkClaims } from '../../src/data/claims/checkClaims';
import { parseCountHistory } from '../../src/data/datasets/parseCountHistory';
import { rollupByYear } from '../../src/data/views/rollupByYear';
import { selectRows } from '../../src/data/views/filterTable';
import { claimInputs } from '../../src/features/workforce/claimInputs';
import {
  COLLECT_FIGURES,
  unsourcedFigures,
  usedSourceKeys,
  type FigureNode,
} from '../features/workforce/figureAudit';
import {
  hasChromium,
  openBrowser,
  screenshot,
  seriousViolations,
  type Page,
  type Session,
} from './browser';
import { shippedTable } from './coreTotals';
import { shippedWorkforce } from '../data/workforce/workforceFixture';

const run = hasChromium();

type Rec = Record<string, string>;
const csv = (name: string): Rec[] =>
  Papa.parse<Rec>(readFileSync(`datasets/workforce/${name}`, 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;
const projections = csv('projections.csv');
const pay = csv('pay.csv');
const sourceKeys = csv('sources.csv').map((s) => s.source_key ?? '');
const manifest = JSON.parse(readFileSync('datasets/manifest.json', 'utf8')) as {
  asOf: string;
  submittedFrom: string;
};

// Expected text, written independently of the app's formatters.
const pct = (s: string) => `${Number(s) > 0 ? '+' : ''}${Number(s).toFixed(1)}%`;
const usd = (s: string) => `$${Number(s).toLocaleString('en-US')}`;
const jobs = (k: string) => (Math.round(Number(k) * 10) * 100).toLocaleString('en-US');
const newest = (values: string[]) => [...new Set(values)].sort().at(-1) ?? '';

async function cell(page: Page, occupation: string, testId: string): Promise<string> {
  return (
    (await page
      .locator(`tr[data-occupation="${occupation}"] [data-testid="${testId}"]`)
      .first()
      .textContent()) ?? ''
  ).trim();
}

describe.skipIf(!run)('workforce page in Chromium (built app, shipped datasets)', () => {
  const baseUrl = inject('baseUrl');
  const url = `${baseUrl}?v=2&page=workforce`;
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser(baseUrl);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows every occupation’s growth, jobs, openings and pay for the newest cycle and period as datasets/workforce has them', async () => {
    await s.page.goto(url);
    await s.page.getByTestId('wf-outlook-table').waitFor();
    const cycle = newest(projections.map((p) => p.cycle ?? ''));
    const period = newest(pay.map((p) => p.period ?? ''));
    expect([cycle, period]).toEqual(['2024-34', '2024-05']);
    const rows = projections.filter((p) => p.cycle === cycle);
    expect(rows).toHaveLength(9);
    for (const p of rows) {
      const key = p.occupation_key ?? '';
      const w = pay.find((q) => q.occupation_key === key && q.period === period)!;
      expect({
        growth: await cell(s.page, key, 'wf-growth'),
        base: await cell(s.page, key, 'wf-base-employment'),
        projected: await cell(s.page, key, 'wf-projected-employment'),
        openings: await cell(s.page, key, 'wf-openings'),
        median: await cell(s.page, key, 'wf-median-pay'),
        range: await cell(s.page, key, 'wf-pay-range'),
      }).toEqual({
        growth: pct(p.change_percent!),
        base: jobs(p.base_employment_thousands!),
        projected: jobs(p.projected_employment_thousands!),
        openings: jobs(p.openings_per_year_thousands!),
        median: usd(w.median_annual!),
        range: `${usd(w.p10_annual!)} to ${w.p90_annual_topcoded === 'true' ? '≥ $239,200' : usd(w.p90_annual!)}`,
      });
    }
    const isaPay = pay.find(
      (q) => q.occupation_key === 'information_security_analysts' && q.period === '2024-05',
    )!;
    expect(isaPay.median_annual).toBe('124910');
    expect(await cell(s.page, 'information_security_analysts', 'wf-median-pay')).toBe('$124,910');
    expect(
      await s.page
        .locator('#wf-outlook-table, [data-testid="wf-outlook-table"] caption')
        .first()
        .textContent(),
    ).toContain('May 2024');
  });

  it('switching to the 2023–33 cycle changes the figures on screen (information security analysts +32.7 %) and the URL', async () => {
    await s.page.goto(url);
    await s.page.getByTestId('wf-outlook-table').waitFor();
    const isa = projections.find(
      (p) => p.occupation_key === 'information_security_analysts' && p.cycle === '2023-33',
    )!;
    const isaNew = projections.find(
      (p) => p.occupation_key === 'information_security_analysts' && p.cycle === '2024-34',
    )!;
    expect(isa.change_percent).toBe('32.7');
    expect(await cell(s.page, 'information_security_analysts', 'wf-growth')).toBe(
      pct(isaNew.change_percent!),
    );
    await s.page.locator('#wf-outlook').getByRole('radio', { name: '2023–33' }).check();
    await expect.poll(() => s.page.url()).toContain('cycle=2023-33');
    expect(await cell(s.page, 'information_security_analysts', 'wf-growth')).toBe('+32.7%');
    expect(await cell(s.page, 'information_security_analysts', 'wf-base-employment')).toBe(
      jobs(isa.base_employment_thousands!),
    );
    expect(await cell(s.page, 'information_security_analysts', 'wf-openings')).toBe(
      jobs(isa.openings_per_year_thousands!),
    );
    // The case view's growth chart follows the same cycle.
    const bar = s.page.locator(
      '[data-testid="wf-growth-panel"] [data-occupation="information_security_analysts"] .growth-value',
    );
    expect(await bar.getAttribute('data-value')).toBe('32.7');
    // A reload of the URL keeps the choice.
    await s.page.reload();
    await s.page.getByTestId('wf-outlook-table').waitFor();
    expect(await cell(s.page, 'information_security_analysts', 'wf-growth')).toBe('+32.7%');
  });

  it('changing the index base year re-indexes both breach lines to the data core’s totals', async () => {
    await s.page.goto(url);
    await s.page.getByTestId('wf-index-panel').waitFor();
    const table = shippedTable();
    const years = rollupByYear(table, selectRows(table, []));
    const at = (y: number) => years.find((r) => r.year === y)!;
    const mark = (year: number, measure: string) =>
      s.page.locator(
        `[data-testid="wf-index-panel"] [data-year="${year}"][data-measure="${measure}"]`,
      );
    // Default base: the first complete year (the list starts part-way through its first year).
    const firstYear = Number(manifest.submittedFrom.slice(0, 4));
    expect(await s.page.getByTestId('wf-base-year').inputValue()).toBe(String(firstYear + 1));
    expect(Number(await mark(firstYear + 1, 'breaches').getAttribute('data-index'))).toBe(100);
    await s.page.getByTestId('wf-base-year').selectOption('2015');
    await expect.poll(() => s.page.url()).toContain('base=2015');
    expect(Number(await mark(2015, 'individuals').getAttribute('data-index'))).toBe(100);
    expect(Number(await mark(2024, 'individuals').getAttribute('data-index'))).toBeCloseTo(
      (at(2024).individuals / at(2015).individuals) * 100,
      9,
    );
    expect(Number(await mark(2024, 'breaches').getAttribute('data-index'))).toBeCloseTo(
      (at(2024).breaches / at(2015).breaches) * 100,
      9,
    );
    expect(await s.page.getByTestId('wf-index-summary').textContent()).toContain(
      `From 2015 to 2025, breach reports a year went from ${at(2015).breaches.toLocaleString('en-US')}`,
    );
    // The data table says the same.
    await s.page
      .getByTestId('wf-index-panel')
      .getByRole('button', { name: 'Show data table' })
      .click();
    expect(
      await s.page.locator('[data-testid="index-table"] tr[data-year="2015"]').textContent(),
    ).toBe(
      `2015 (base)${at(2015).breaches.toLocaleString('en-US')}100${at(2015).individuals.toLocaleString('en-US')}100`,
    );
  });

  it('shows for each of the article’s claims the verdict checkClaims gives on the shipped data', async () => {
    await s.page.goto(url);
    await s.page.getByTestId('wf-claims').waitFor();
    const rows = Papa.parse<string[]>(readFileSync('datasets/count-history.csv', 'utf8'), {
      skipEmptyLines: 'greedy',
    }).data;
    const history = parseCountHistory(rows, 'count-history.csv');
    const expected = checkClaims(
      claimInputs(shippedTable(), history.ok ? history.history : null, shippedWorkforce()),
    );
    const shown = await s.page.$$eval('[data-testid="wf-claim"]', (els) =>
      els.map((e) => [
        e.getAttribute('data-claim'),
        e.querySelector('[data-testid="wf-verdict"]')?.getAttribute('data-verdict'),
        e.querySelector('[data-testid="wf-claim-reason"]')?.textContent,
      ]),
    );
    expect(shown).toEqual(expected.map((r) => [r.id, r.verdict, `Why: ${r.reason}`]));
    // On the real record: 2015, not 2021, holds the individuals record; Change Healthcare lists 192,700,000.
    expect(expected.slice(0, 3).map((r) => r.verdict)).toEqual(['partly', 'partly', 'holds']);
    // The growth and Payscale claims follow the breach claims; Payscale stays unchecked.
    expect(expected.filter((r) => r.kind === 'pay').map((r) => r.verdict)).toEqual(
      shippedWorkforce()
        .quotes.filter((q) => q.status === 'quoted by the article')
        .map(() => 'not checked'),
    );
    expect(shown[0]?.[2]).toContain('2015 had 112,466,720, more than 2021');
    expect(shown[2]?.[2]).toContain(
      'Change Healthcare, Inc. (submitted 2024-07-19), lists 192,700,000 people',
    );
  });

  it('marks every number on the page with a source that sources.csv or the breach manifest lists, each shown with its as-of date', async () => {
    await s.page.goto(url);
    await s.page.getByTestId('wf-claims').waitFor();
    // Open every data table too (each toggle renames itself, so take the first until none is left).
    const toggles = s.page.getByRole('button', { name: 'Show data table' });
    while ((await toggles.count()) > 0) await toggles.first().click();
    await s.page.getByTestId('growth-table').waitFor();
    const nodes = (await s.page.evaluate(
      `(${COLLECT_FIGURES})(document.querySelector('[data-testid="workforce-page"]'))`,
    )) as FigureNode[];
    expect(nodes.length).toBeGreaterThan(400);
    expect(unsourcedFigures(nodes, new Set([...sourceKeys, 'hhs-ocr']))).toEqual([]);
    const rows = s.page.getByTestId('wf-source-row');
    const listed = await rows.evaluateAll((els) =>
      els.map((e) => {
        const cell = e.querySelector('[data-testid="wf-source-asof"]');
        return [
          e.getAttribute('data-key') ?? '',
          cell?.getAttribute('data-as-of') ?? null,
          cell?.textContent ?? '',
        ] as const;
      }),
    );
    expect(listed.map(([k]) => k)).toEqual(['hhs-ocr', ...sourceKeys]);
    // Each source a figure names is listed with the as-of date its file gives ("undated" when it gives none).
    const expectedAsOf = new Map([
      ['hhs-ocr', manifest.asOf],
      ...csv('sources.csv').map((r) => [r.source_key ?? '', r.as_of ?? ''] as const),
    ]);
    const used = usedSourceKeys(nodes);
    expect(used.size).toBeGreaterThanOrEqual(8);
    for (const key of used) {
      const row = listed.find(([k]) => k === key);
      expect(row?.[1], key).toBe(expectedAsOf.get(key));
      if (row?.[1] === '') expect(row[2]).toBe('undated');
    }
  });

  it('a keyboard-only run reaches every kind of control, and the arrow keys read the index chart', async () => {
    await s.page.goto(url);
    await s.page.getByTestId('wf-claims').waitFor();
    const seen = new Set<string>();
    for (let i = 0; i < 90; i++) {
      await s.page.keyboard.press('Tab');
      seen.add(
        await s.page.evaluate(() => {
          const el = document.activeElement;
          if (!el) return '';
          const label = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '';
          return `${el.tagName.toLowerCase()}|${el.getAttribute('type') ?? ''}|${label.slice(0, 40)}`;
        }),
      );
    }
    const all = [...seen].join('\n');
    for (const want of [
      /^a\|\|Job outlook/m,
      /^input\|radio\|/m,
      /^a\|\|Health Information Technologists/m,
      /^select\|\|/m,
      /^div\|\|Breach reports and individuals affected/m,
      /^button\|button\|Show data table/m,
    ])
      expect(all).toMatch(want);
    await s.page.locator('.index-frame').focus();
    await s.page.keyboard.press('End');
    const last = await s.page.locator('.index-readout').textContent();
    expect(last).toMatch(
      /^Breach reports, 2026 \(partial year\): [\d,]+, index [\d,.]+\. Individuals affected, 2026/,
    );
    // Radios from the keyboard: the arrow key moves to the other cycle.
    await s.page.locator('#wf-outlook').getByRole('radio', { name: '2024–34' }).focus();
    await s.page.keyboard.press('ArrowLeft');
    await expect.poll(() => s.page.url()).toContain('cycle=2023-33');
  });

  it('axe-core finds no serious or critical accessibility violation', async () => {
    await s.page.goto(url);
    await s.page.getByTestId('wf-claims').waitFor();
    const violations = await seriousViolations(s.page);
    expect(violations).toEqual([]);
  });

  it('takes screenshots at 1280×800 and 390×844 without sideways scrolling', async () => {
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
      [360, 740],
    ] as const) {
      await s.page.setViewportSize({ width, height });
      await s.page.goto(url);
      await s.page.getByTestId('wf-claims').waitFor();
      if (width !== 360) await screenshot(s.page, `workforce-${width}x${height}`);
      expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
    }
    await s.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('made no request outside its own origin and logged no error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
