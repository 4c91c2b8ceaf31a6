import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  hasChromium,
  openBrowser,
  screenshot,
  seriousViolations,
  type Page,
  type Session,
} from './browser';
import { EMPTY_FILTERS } from '../../src/state/dimensions';
import { coreViews, fmt, shippedTable } from './coreTotals';
import { breachName } from '../../src/data/table/breachText';

const run = hasChromium();

/**
 * Two frames and a moment: the page has seen where its panels are (IntersectionObserver) before
 * the next click, as it has when a reader clicks.
 */
function panelsPlaced(page: Page) {
  return page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100))),
      ),
  );
}

async function overviewNumbers(page: Page) {
  const text = async (id: string) =>
    ((await page.getByTestId(id).locator('.overview-value').textContent()) ?? '').trim();
  return {
    breaches: await text('overview-breaches'),
    individuals: await text('overview-individuals'),
    largest: await text('overview-largest'),
  };
}

describe.skipIf(!run)('breach explorer in Chromium (built app, shipped datasets)', () => {
  const baseUrl = inject('baseUrl');
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser(baseUrl);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows Anthem Inc. as the largest breach of 2015 and the data core’s 2015 totals', async () => {
    await s.page.goto(`${baseUrl}?v=2&from=2015&to=2015`);
    await s.page.getByTestId('overview-breaches').waitFor();
    const core = coreViews({ yearFrom: 2015, yearTo: 2015 });
    const table = shippedTable();
    expect(core.summary.largest).not.toBeNull();
    expect(await overviewNumbers(s.page)).toEqual({
      breaches: fmt(core.summary.breaches),
      individuals: fmt(core.summary.individuals),
      largest: breachName(table, core.summary.largest ?? 0),
    });
    expect(core.summary.breaches).toBe(270);
    expect(breachName(table, core.summary.largest ?? 0)).toBe('Anthem Inc.');
    expect(await s.page.getByTestId('largest-row').first().textContent()).toContain('Anthem Inc.');
    expect(await s.page.getByTestId('explorer-summary').textContent()).toContain('Anthem Inc.');
  });

  it('choosing "Theft" updates time, map, table and overview to the data core’s numbers', async () => {
    await s.page.goto(baseUrl);
    const theft = s.page
      .getByTestId('breakdown-breachType')
      .getByRole('button', { name: /^Theft\s?:/ });
    await theft.click();
    await expect.poll(() => s.page.url()).toContain('type=Theft');
    const core = coreViews({
      filters: { ...EMPTY_FILTERS, breachType: ['Theft'] },
    });
    const table = shippedTable();
    expect(await theft.getAttribute('aria-pressed')).toBe('true');
    // Each panel as a reader scrolls to it (a panel far from the screen catches up as it comes
    // near). Overview: every clause applies.
    await s.page.locator('.panel.overview').scrollIntoViewIfNeeded();
    await expect
      .poll(() => overviewNumbers(s.page))
      .toEqual({
        breaches: fmt(core.summary.breaches),
        individuals: fmt(core.summary.individuals),
        largest: breachName(table, core.summary.largest ?? 0),
      });
    // Time: one bar per year, each worth the data core's Theft total for that year.
    await s.page.locator('svg.time-chart').scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        s.page.$$eval('rect.bar[data-year]', (els) =>
          els.map((e) => [
            Number(e.getAttribute('data-year')),
            Number(e.getAttribute('data-value')),
          ]),
        ),
      )
      .toEqual(core.byYear.map((y) => [y.year, y.individuals]));
    // Map: California's label carries the Theft figures.
    const ca = core.state.find((c) => c.key === 'CA');
    await s.page.locator('svg.state-map').scrollIntoViewIfNeeded();
    await expect
      .poll(() => s.page.locator('[data-code="CA"]').getAttribute('aria-label'))
      .toBe(
        `California: ${fmt(ca?.breaches ?? -1)} breaches, ${fmt(ca?.individuals ?? -1)} individuals affected`,
      );
    // Table: the count and the first row, once a reader scrolls down to it.
    await s.page.getByTestId('largest-table').scrollIntoViewIfNeeded();
    await expect
      .poll(() => s.page.getByTestId('largest-count').textContent())
      .toContain(fmt(core.summary.breaches));
    expect(await s.page.getByTestId('largest-row').first().textContent()).toContain(
      breachName(table, core.summary.largest ?? 0),
    );
    expect(await s.page.getByTestId('filter-chips').textContent()).toContain('Type: Theft');
  });

  it('the table far below the charts catches up before it is on screen, and at once for a print', async () => {
    await s.page.setViewportSize({ width: 1366, height: 768 });
    await s.page.goto(baseUrl);
    await s.page.getByTestId('largest-row').first().waitFor();
    await panelsPlaced(s.page);
    const all = fmt(shippedTable().length);
    const theftCount = fmt(
      coreViews({ filters: { ...EMPTY_FILTERS, breachType: ['Theft'] } }).summary.breaches,
    );
    const count = () => s.page.getByTestId('largest-count').textContent();
    const tableTop = () =>
      s.page.evaluate(() => document.querySelector('.panel.largest')!.getBoundingClientRect().top);
    expect(await count()).toContain(all);
    const theft = s.page
      .getByTestId('breakdown-breachType')
      .getByRole('button', { name: /^Theft\s?:/ });
    await theft.click();
    await expect.poll(() => s.page.url()).toContain('type=Theft');
    // The stages of the change have painted by now (a table that followed it would show it).
    await panelsPlaced(s.page);
    // More than a quarter screen below the window: held, not yet redrawn (read at once: panels
    // far from the screen catch up a moment after the last change).
    expect(await count()).toContain(all);
    expect(await tableTop()).toBeGreaterThan(768 * 1.25);
    // A scroll brings it within reach: it shows the filter while still below the window's edge.
    await s.page.mouse.wheel(0, (await tableTop()) - 768 * 1.2);
    await expect.poll(count).toContain(theftCount);
    expect(await tableTop()).toBeGreaterThan(768);
    // Back up, the filter removed: held again, but a print takes it as it is now.
    await s.page.evaluate(() => scrollTo(0, 0));
    await theft.click();
    await expect.poll(() => s.page.url()).not.toContain('type=Theft');
    await panelsPlaced(s.page);
    expect(await count()).toContain(theftCount);
    expect(
      await s.page.evaluate(() => {
        dispatchEvent(new Event('beforeprint'));
        const text = document.querySelector('[data-testid="largest-count"]')?.textContent;
        dispatchEvent(new Event('afterprint'));
        return text;
      }),
    ).toContain(all);
  });

  it('the overview far above the map catches up once the view is still, before it is scrolled to', async () => {
    await s.page.setViewportSize({ width: 1366, height: 768 });
    await s.page.goto(baseUrl);
    const breaches = () => s.page.getByTestId('overview-breaches').textContent();
    const all = fmt(coreViews({ filters: EMPTY_FILTERS }).summary.breaches);
    const california = fmt(
      coreViews({ filters: { ...EMPTY_FILTERS, state: ['CA'] } }).summary.breaches,
    );
    await expect.poll(breaches).toContain(all);
    const state = s.page.locator('svg.state-map [data-code="CA"]');
    // A reader scrolls to the map, then clicks: the page has seen the overview leave by then.
    await state.scrollIntoViewIfNeeded();
    await panelsPlaced(s.page);
    await state.click();
    await expect.poll(() => s.page.url()).toContain('state=CA');
    await panelsPlaced(s.page);
    const overviewBottom = () =>
      s.page.evaluate(
        () => document.querySelector('.panel.overview')!.getBoundingClientRect().bottom,
      );
    // More than a quarter screen above the window: held while the clicks go on.
    expect(await overviewBottom()).toBeLessThan(-768 * 0.25);
    expect(await breaches()).toContain(all);
    // A moment later, still far above, it has caught up.
    await expect.poll(breaches, { timeout: 5000 }).toContain(california);
    expect(await overviewBottom()).toBeLessThan(-768 * 0.25);
  });

  it('sorting the table or opening a breach runs no crossfilter; a filter click runs one pass', async () => {
    await s.page.goto(baseUrl);
    await s.page.getByTestId('largest-row').first().waitFor();
    const passes = () =>
      s.page.evaluate(
        () =>
          (window as unknown as { __hbaStats: { crossfilterPasses: number } }).__hbaStats
            .crossfilterPasses,
      );
    const before = await passes();
    const firstRow = () => s.page.getByTestId('largest-row').first().locator('.largest-name');
    const largest = await firstRow().textContent();
    await s.page.locator('.largest-table .largest-sort', { hasText: 'Submitted' }).click();
    await expect.poll(() => s.page.url()).toContain('sort=-submitted');
    await expect.poll(async () => firstRow().textContent()).not.toBe(largest);
    await firstRow().click();
    await expect.poll(() => s.page.url()).toContain('breach=');
    expect(await passes()).toBe(before);
    await s.page.locator('[data-testid="breakdown-breachType"] button[data-key="Theft"]').click();
    await expect.poll(() => s.page.url()).toContain('type=Theft');
    // Overview, breakdowns, time, map and table all come from that one pass.
    await expect
      .poll(async () => s.page.getByTestId('largest-count').textContent())
      .toContain(
        fmt(coreViews({ filters: { ...EMPTY_FILTERS, breachType: ['Theft'] } }).summary.breaches),
      );
    expect(await passes()).toBe(before + 1);
  });

  it('a URL copied from one page restores the same view in a new one', async () => {
    await s.page.goto(
      `${baseUrl}?v=2&from=2019&to=2022&type=Hacking%2FIT%20Incident&state=CA&m=breaches`,
    );
    await s.page.getByTestId('overview-breaches').waitFor();
    await s.page
      .getByTestId('breakdown-location')
      .getByRole('button', { name: /^Email\s?:/ })
      .click();
    await expect.poll(() => s.page.url()).toContain('loc=Email');
    const url = s.page.url();
    const core = coreViews({
      yearFrom: 2019,
      yearTo: 2022,
      measure: 'breaches',
      filters: {
        ...EMPTY_FILTERS,
        breachType: ['Hacking/IT Incident'],
        location: ['Email'],
        state: ['CA'],
      },
    });
    // The overview as a reader scrolls back up to it (far from the screen, it catches up there).
    await s.page.locator('.panel.overview').scrollIntoViewIfNeeded();
    await expect
      .poll(async () => (await overviewNumbers(s.page)).breaches)
      .toBe(fmt(core.summary.breaches));
    const before = {
      overview: await overviewNumbers(s.page),
      chips: await s.page.getByTestId('filter-chips').textContent(),
      summary: await s.page.getByTestId('explorer-summary').textContent(),
    };
    const other = await s.browser.newPage();
    await other.goto(url);
    await other.getByTestId('overview-breaches').waitFor();
    expect({
      overview: await overviewNumbers(other),
      chips: await other.getByTestId('filter-chips').textContent(),
      summary: await other.getByTestId('explorer-summary').textContent(),
    }).toEqual(before);
    expect(await other.getByRole('radio', { name: 'Breaches' }).isChecked()).toBe(true);
    expect(before.overview.breaches).toBe(fmt(core.summary.breaches));
    await other.close();
  });

  it('a keyboard-only run reaches and operates every kind of control', async () => {
    await s.page.goto(baseUrl);
    await s.page.getByTestId('overview-breaches').waitFor();
    // The panels below the first chart mount a frame or two after it.
    await s.page.getByTestId('largest-row').first().waitFor();
    const seen = new Set<string>();
    for (let i = 0; i < 110; i++) {
      await s.page.keyboard.press('Tab');
      const d = await s.page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return '';
        const label = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '';
        return `${el.tagName.toLowerCase()}|${el.getAttribute('type') ?? ''}|${label.slice(0, 40)}`;
      });
      seen.add(d);
    }
    const all = [...seen].join('\n');
    const expected = [
      /^button\|button\|Workforce/m, // page tabs
      /^select\|/m, // year pickers
      /^input\|radio\|/m, // measure and scale
      /^input\|checkbox\|/m, // mega-breach switch
      /^div\|\|Individuals affected per submission/m, // time chart (arrow keys read bars)
      /^button\|button\|Show data table/m,
      /^button\|button\|Hacking\/IT Incident/m, // breakdown bars
      /^path\|\|Alabama:/m, // map, one tab stop
      /^button\|button\|PR\s+Puerto Rico:/m, // tiles for places not on the map
      /^input\|search\|/m, // entity search
      /^button\|button\|Entity/m, // sort headers
      /^button\|button\|Change Healthcare, Inc\./m, // row details
      /^button\|button\|Next/m, // pager
    ];
    for (const want of expected) expect(all).toMatch(want);
    // Operate: a breakdown bar with arrows + Enter, then remove its chip with the keyboard.
    await s.page
      .getByTestId('breakdown-breachType')
      .getByRole('button', { name: /^Hacking\/IT Incident\s?:/ })
      .focus();
    await s.page.keyboard.press('ArrowDown');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.url()).toContain('type=Unauthorized');
    await s.page.getByRole('button', { name: /^Remove filter Type: Unauthorized/ }).focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.url()).not.toContain('type=');
    // The year pickers from the keyboard.
    await s.page.getByLabel('From', { exact: true }).focus();
    await s.page.keyboard.press('End');
    await expect.poll(() => s.page.url()).toContain('from=2026');
  });

  it('axe-core finds no serious or critical accessibility violation', async () => {
    await s.page.goto(`${baseUrl}?v=2&from=2015&to=2016`);
    await s.page.getByTestId('overview-breaches').waitFor();
    const violations = await seriousViolations(s.page);
    expect(violations).toEqual([]);
  });

  it('a filter keeps the chips bar and the overview’s lines, so the panels below stay put', async () => {
    await s.page.setViewportSize({ width: 1366, height: 768 });
    await s.page.goto(baseUrl);
    await s.page.getByTestId('overview-breaches').waitFor();
    const chips = s.page.getByTestId('filter-chips');
    const layout = () =>
      s.page.evaluate(() => {
        const summary = document.querySelector('.overview-summary')!;
        const style = getComputedStyle(summary);
        return {
          chips: document.querySelector('[data-testid="filter-chips"]')!.getBoundingClientRect()
            .height,
          individualsLines: document.querySelectorAll(
            '[data-testid="overview-individuals"] .overview-sub',
          ).length,
          summaryLines: Math.round(parseFloat(style.minHeight) / parseFloat(style.lineHeight)),
        };
      });
    const none = await layout();
    await s.page.locator('[data-testid="breakdown-breachType"] button[data-key="Theft"]').click();
    await expect.poll(async () => chips.textContent()).toContain('Type: Theft');
    const core = coreViews({ filters: { ...EMPTY_FILTERS, breachType: ['Theft'] } });
    await s.page.locator('.panel.overview').scrollIntoViewIfNeeded();
    await expect
      .poll(async () => (await overviewNumbers(s.page)).breaches)
      .toBe(fmt(core.summary.breaches));
    const theft = await layout();
    // The hint has the line box of the chips' buttons; both lines under "Individuals affected"
    // stay whatever the counts; the sentence keeps three lines.
    expect(theft).toEqual(none);
    expect(none.individualsLines).toBe(2);
    expect(none.summaryLines).toBe(3);
    await chips.getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(async () => chips.textContent()).toContain('Showing all breaches');
    expect(await layout()).toEqual(none);
  });

  it('pointing at a bar, choosing it or a state moves nothing below it: the next row of charts and the map’s foot stay put', async () => {
    await s.page.setViewportSize({ width: 1366, height: 768 });
    await s.page.goto(baseUrl);
    const hacking = s.page.locator(
      '[data-testid="breakdown-breachType"] button[data-key="Hacking/IT Incident"]',
    );
    await hacking.waitFor();
    // Places within their panels (the page above them may scroll).
    const places = () =>
      s.page.evaluate(() => {
        const top = (selector: string) =>
          document.querySelector(selector)!.getBoundingClientRect().top;
        const breakdowns = top('.panel.breakdowns');
        const map = top('.panel.state-map-panel');
        return {
          firstSource: top('[data-testid="breakdown-breachType"] .source-line') - breakdowns,
          secondRow: top('[data-testid="breakdown-entityType"]') - breakdowns,
          mapSource: top('.state-map-panel .source-line') - map,
          mapHint: top('.state-map-panel .state-map-hint') - map,
        };
      });
    const before = await places();
    const detail = s.page.locator('[data-testid="breakdown-breachType"] .bars-detail');
    await hacking.hover();
    await expect.poll(() => detail.textContent()).toContain('Hacking/IT Incident:');
    expect(await places()).toEqual(before);
    await hacking.click();
    await expect.poll(() => s.page.url()).toContain('type=Hacking');
    await expect.poll(() => detail.textContent()).toContain('in the filter');
    expect(await places()).toEqual(before);
    const legendKey = s.page.locator('.state-map-legend-key', { hasText: 'Outlined' });
    await expect.poll(() => legendKey.isVisible()).toBe(false);
    await s.page.locator('svg.state-map [data-code="CA"]').click();
    await expect.poll(() => s.page.url()).toContain('state=CA');
    await expect.poll(() => legendKey.isVisible()).toBe(true);
    expect(await places()).toEqual(before);
  });

  it('takes screenshots at 1280×800 and 390×844 without sideways scrolling on a phone', async () => {
    await s.page.setViewportSize({ width: 1280, height: 800 });
    await s.page.goto(`${baseUrl}?v=2&type=Theft`);
    await s.page.getByTestId('overview-breaches').waitFor();
    await screenshot(s.page, 'explorer-1280x800');
    await s.page.setViewportSize({ width: 390, height: 844 });
    await s.page.goto(baseUrl);
    await s.page.getByTestId('overview-breaches').waitFor();
    await screenshot(s.page, 'explorer-390x844');
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });

  it('made no request outside its own origin and logged no error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
