import { readFileSync } from 'node:fs';
import { asOfText, todayIso } from '../../src/data/dates/dataAge';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, openBrowser, screenshot, type Session } from './browser';

const run = hasChromium();

describe.skipIf(!run)('first screen in Chromium (built app, shipped datasets)', () => {
  const baseUrl = inject('baseUrl');
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser(baseUrl);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows 2024 as the tallest bar of individuals affected, every year from 2009 to 2026', async () => {
    await s.page.goto(baseUrl);
    await s.page.locator('rect.bar[data-year="2024"]').waitFor();
    const bars = await s.page.$$eval('rect.bar', (els) =>
      els.map((e) => ({
        year: Number(e.getAttribute('data-year')),
        height: Number(e.getAttribute('height')),
        value: Number(e.getAttribute('data-value')),
      })),
    );
    expect(bars.map((b) => b.year)).toEqual(Array.from({ length: 18 }, (_, i) => 2009 + i));
    const tallest = [...bars].sort((a, b) => b.height - a.height)[0];
    expect(tallest?.year).toBe(2024);
    expect(
      bars.filter((b) => b.year !== 2024).every((b) => b.height < (tallest?.height ?? 0)),
    ).toBe(true);
    await screenshot(s.page, 'first-screen-1280');
  });

  it('annotates the Change Healthcare breach on 2024 and marks 2026 as partial', async () => {
    await expect
      .poll(() => s.page.getByTestId('callout').textContent())
      .toContain('Change Healthcare, Inc.');
    expect(await s.page.getByTestId('callout').textContent()).toContain('192,700,000');
    expect(await s.page.locator('rect.bar-partial').getAttribute('data-year')).toBe('2026');
    const asOf = (JSON.parse(readFileSync('datasets/manifest.json', 'utf8')) as { asOf: string })
      .asOf;
    expect(await s.page.locator('.source-line[data-panel="time"]').textContent()).toContain(
      asOfText(asOf, todayIso()),
    );
  });

  it('keeps a chosen year range across a reload, in the URL, drawn per month', async () => {
    await s.page.getByLabel('From', { exact: true }).selectOption('2015');
    await s.page.getByLabel('to', { exact: true }).selectOption('2016');
    await expect.poll(() => s.page.url()).toContain('from=2015&to=2016');
    await expect.poll(() => s.page.getByTestId('overview-breaches').textContent()).toContain('598');
    await s.page.reload();
    await s.page.locator('rect.bar[data-month]').first().waitFor();
    // A two-year range is drawn per month: 24 bars, January 2015 to December 2016.
    expect(await s.page.locator('rect.bar[data-month]').count()).toBe(24);
    expect(await s.page.getByLabel('From', { exact: true }).inputValue()).toBe('2015');
    expect(await s.page.getByLabel('to', { exact: true }).inputValue()).toBe('2016');
    expect(await s.page.getByTestId('callout').textContent()).toContain('Anthem');
    expect(await s.page.getByTestId('overview-breaches').textContent()).toContain('598');
    expect(await s.page.$$eval('.brush-bar.in-range', (els) => els.length)).toBe(2);
    await screenshot(s.page, 'first-screen-2015-2016');
  });

  it('made no request outside its own origin and logged no error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
