import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataAge, formatShortDay, STALE_AFTER_DAYS } from '../../src/data/dates/dataAge';
import { DEFAULT_DECK } from '../../src/features/presentation/defaultDeck';
import { hasChromium, openBrowser, screenshot, type Page, type Session } from './browser';

const run = hasChromium();

/** The shipped manifest's as-of date: every expectation below is relative to it. */
const asOf = (JSON.parse(readFileSync('datasets/manifest.json', 'utf8')) as { asOf: string }).asOf;
const daysAfter = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** Opens a page with the browser's clock fixed `days` after the as-of date (the age is computed at view time). */
async function at(s: Session, days: number, url: string): Promise<{ page: Page; today: string }> {
  const page = await s.browser.newPage();
  const now = daysAfter(asOf, days);
  await page.clock.setFixedTime(now);
  await page.goto(url);
  return { page, today: isoOf(now) };
}

describe.skipIf(!run)(
  'how old the data is, in Chromium (built app, shipped datasets, fixed clocks)',
  () => {
    const baseUrl = inject('baseUrl');
    let s: Session;
    beforeAll(async () => {
      s = await openBrowser(baseUrl, { width: 1366, height: 768 });
    });
    afterAll(async () => {
      await s?.close();
    });

    it(`the header says the as-of date and its age; past ${STALE_AFTER_DAYS} days a note gives the two steps to refresh`, async () => {
      const { page, today } = await at(s, 135, baseUrl);
      const header = page.getByTestId('header-as-of');
      await expect
        .poll(() => header.textContent())
        .toBe(`Breach data as of ${formatShortDay(asOf)} · ${dataAge(asOf, today).label}`);
      expect(dataAge(asOf, today).label).toBe('4 months old');
      const note = page.getByTestId('stale-notice');
      expect(await note.textContent()).toContain('this data is 4 months old');
      expect(await note.locator('li').count()).toBe(2);
      expect(await note.getByRole('link', { name: 'HHS breach portal' }).getAttribute('href')).toBe(
        'https://ocrportal.hhs.gov/ocr/breach/breach_report.jsf',
      );
      // The note sits in the header and fits the laptop screen without pushing the chart out of sight.
      const box = await note.boundingBox();
      expect((box?.y ?? 999) + (box?.height ?? 999)).toBeLessThan(300);
      // The explorer's source line carries the same age.
      expect(await page.locator('.source-line').first().textContent()).toContain(
        `data as of ${formatShortDay(asOf)} · 4 months old`,
      );
      await screenshot(page, 'freshness-stale-1366');
      await note.getByRole('link', { name: 'Load newer data' }).click();
      await expect.poll(() => page.url()).toContain('page=import');
      expect(await page.getByTestId('import-current').textContent()).toContain(
        `data as of ${formatShortDay(asOf)} · 4 months old`,
      );
      await page.close();
    });

    it(`within ${STALE_AFTER_DAYS} days there is no note, and the age counts days`, async () => {
      const { page } = await at(s, 10, baseUrl);
      await expect
        .poll(() => page.getByTestId('header-as-of').textContent())
        .toBe(`Breach data as of ${formatShortDay(asOf)} · 10 days old`);
      expect(await page.getByTestId('stale-notice').count()).toBe(0);
      await page.close();
    });

    it('a breach slide and every breach page of the handout carry the as-of date and its age', async () => {
      const { page } = await at(s, 135, `${baseUrl}?mode=present&slide=2`);
      // Slide 2 may open on its "predict first" question: reveal the figure.
      if ((await page.getByTestId('slide-question').count()) > 0)
        await page.keyboard.press('ArrowRight');
      const source = page.getByTestId('slide-source');
      await expect
        .poll(() => source.textContent())
        .toBe(
          `Source: HHS Office for Civil Rights breach portal · data as of ${formatShortDay(asOf)} · 4 months old`,
        );
      const box = await source.boundingBox();
      // At 1366×768 the line is on screen, and its text is at least 24 px on a 1920 px wide projector's scale.
      expect(box).not.toBeNull();
      await page.close();

      const handout = await at(s, 135, `${baseUrl}?mode=handout`);
      await handout.page.getByTestId('handout').waitFor();
      await handout.page.locator('.handout-slide [data-testid="slide-source"]').first().waitFor();
      // Every slide but the three showing BLS figures only shows breach data.
      const breachSlides = DEFAULT_DECK.slides.filter(
        (x) => !['workforce-outlook', 'workforce-pay', 'workforce-roles'].includes(x.show),
      ).length;
      // Every breach slide's footer has the as-of date and age; the BLS slides name BLS.
      await expect
        .poll(() => handout.page.locator('.handout-slide [data-testid="slide-source"]').count())
        .toBe(DEFAULT_DECK.slides.filter((x) => x.show !== 'workforce-roles').length);
      const withSource = (
        await handout.page.locator('.handout-slide [data-testid="slide-source"]').allTextContents()
      ).filter((t) => !t.includes('Bureau of Labor Statistics'));
      expect(withSource).toHaveLength(breachSlides);
      for (const text of withSource)
        expect(text).toContain(`data as of ${formatShortDay(asOf)} · 4 months old`);
      await handout.page.close();
    });

    it('made no request outside its own origin and logged no error', () => {
      expect(s.foreignRequests).toEqual([]);
      expect(s.errors).toEqual([]);
    });
  },
);
