import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { DEFAULT_DECK } from '../../src/features/presentation/defaultDeck';
import type { Page } from './browser';
import { coreViews, expectedCaption, fmt } from './coreTotals';

/**
 * Checks that every page of the built app works where it is served (a sub-path, offline, a
 * file:// URL), each against figures from datasets/ read in Node.
 */

/** The overview's totals and the first chart's bars equal the data core's for the shipped data. */
export async function expectShippedExplorer(page: Page, base: string): Promise<void> {
  await page.goto(base);
  await page.getByTestId('overview-breaches').waitFor({ timeout: 30_000 });
  const expected = coreViews({});
  const value = async (id: string) =>
    ((await page.getByTestId(id).locator('.overview-value').textContent()) ?? '').trim();
  expect(await value('overview-breaches')).toBe(fmt(expected.summary.breaches));
  expect(await value('overview-individuals')).toBe(fmt(expected.summary.individuals));
  await page.locator('rect.bar[data-year]').first().waitFor();
  const bars = await page.$$eval('rect.bar[data-year]', (els) =>
    els.map((e) => [Number(e.getAttribute('data-year')), Number(e.getAttribute('data-value'))]),
  );
  expect(bars).toEqual(expected.byYear.map((y) => [y.year, y.individuals]));
}

/** The Workforce page (open) lists the occupations of datasets/workforce/occupations.csv. */
async function checkWorkforce(page: Page): Promise<void> {
  await page.getByTestId('workforce-page').waitFor();
  const [header, ...rows] = Papa.parse<string[]>(
    readFileSync('datasets/workforce/occupations.csv', 'utf8'),
    { skipEmptyLines: true },
  ).data;
  const column = header?.indexOf('occupation') ?? -1;
  const first = rows[0]?.[column] ?? '?';
  await expect
    .poll(() => page.getByTestId('workforce-page').textContent(), { timeout: 20_000 })
    .toContain(first);
}

/** The import page (open) shows the shipped data's as-of line. */
async function checkImport(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('import-current').textContent(), { timeout: 20_000 })
    .toMatch(/data as of/);
}

export async function expectImportPage(page: Page, base: string): Promise<void> {
  await page.goto(`${base}?v=2&page=import`);
  await checkImport(page);
}

/** Slide 2 of the default deck shows its figure and the caption the data core gives. */
export async function expectSlide(page: Page, base: string): Promise<void> {
  await page.goto(`${base}?v=2&mode=present&slide=2`);
  await expect
    .poll(() => page.getByTestId('slide-counter').textContent(), { timeout: 20_000 })
    .toBe(`2 / ${DEFAULT_DECK.slides.length}`);
  if (DEFAULT_DECK.slides[1]!.question) {
    await page.getByTestId('slide-question').waitFor();
    await page.keyboard.press('ArrowRight');
  }
  await expect
    .poll(() => page.getByTestId('slide-caption').textContent(), { timeout: 20_000 })
    .toBe(expectedCaption(1));
}

/** The handout has one page per slide and every chart drawn. */
export async function expectHandout(page: Page, base: string): Promise<void> {
  await page.goto(`${base}?v=2&mode=handout`);
  await page.getByTestId('handout').waitFor();
  await expect
    .poll(() => page.locator('.handout-slide').count(), { timeout: 20_000 })
    .toBe(DEFAULT_DECK.slides.length);
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            [
              ...document.querySelectorAll(
                '.handout :is(.slide-bars-frame, .chart-frame, .state-map-frame)',
              ),
            ].every((f) => f.querySelector('svg')) &&
            !/Loading/.test(document.querySelector('.handout')?.textContent ?? ''),
        ),
      { timeout: 20_000 },
    )
    .toBe(true);
}

/**
 * Every page: the explorer from its address, then workforce, classroom and import through the
 * tabs (as a user moves, no reload), then a slide and the handout from their links.
 */
export async function expectEveryPage(page: Page, base: string): Promise<void> {
  await expectShippedExplorer(page, base);
  await page.getByRole('button', { name: 'Workforce & the case' }).click();
  await checkWorkforce(page);
  await page.getByRole('button', { name: 'Classroom' }).click();
  await expect
    .poll(() => page.locator('.deck-slide-title').count(), { timeout: 20_000 })
    .toBe(DEFAULT_DECK.slides.length);
  await page.getByRole('button', { name: 'Load newer data' }).click();
  await checkImport(page);
  await expectSlide(page, base);
  await expectHandout(page, base);
}
