import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asOfText, formatShortDay, todayIso } from '../../src/data/dates/dataAge';
import { DEFAULT_DECK } from '../../src/features/presentation/defaultDeck';
import {
  hasChromium,
  openBrowser,
  screenshot,
  seriousViolations,
  tableFileOf,
  type Page,
  type Session,
} from './browser';
import { EMPTY_FILTERS } from '../../src/state/dimensions';
import { coreViews, expectedCaption, fmt, shippedTable } from './coreTotals';

const run = hasChromium();

async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

describe.skipIf(!run)('classroom mode in Chromium (built app, shipped datasets)', () => {
  const baseUrl = inject('baseUrl');
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser(baseUrl, { width: 1920, height: 1080 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('steps through the whole default deck with the keyboard; each slide shows the data core’s figures', async () => {
    const { page } = s;
    await page.goto(`${baseUrl}?v=2&page=classroom`);
    await page.getByRole('button', { name: 'Present from the start' }).click();
    await page.getByTestId('presentation').waitFor();
    const n = DEFAULT_DECK.slides.length;
    expect(n).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < n; i++) {
      const slide = DEFAULT_DECK.slides[i]!;
      await expect
        .poll(() => page.getByTestId('slide-counter').textContent())
        .toBe(`${i + 1} / ${n}`);
      expect(await page.locator('.slide-title').textContent()).toBe(slide.title);
      if (slide.question) {
        expect(await page.getByTestId('slide-question').textContent()).toContain(slide.question);
        await page.keyboard.press(i % 2 ? 'Space' : 'PageDown');
        await page.locator('.slide-body').waitFor();
      }
      if (!slide.show.startsWith('workforce')) {
        await expect
          .poll(() => page.getByTestId('slide-caption').textContent())
          .toBe(expectedCaption(i));
      }
      if (slide.show === 'headline') {
        const all = coreViews({});
        const largest = all.summary.largest!;
        expect(await page.getByTestId('headline-figure').textContent()).toContain(
          fmt(shippedTable().individuals[largest]!),
        );
        expect(await page.getByTestId('headline-figure').textContent()).toContain(
          'Change Healthcare, Inc.',
        );
        expect(shippedTable().individuals[largest]).toBe(192_700_000);
      }
      if (slide.show === 'time') {
        // Every projector chart label is at least 24 px at 1920×1080.
        // The frame is scaled to the screen: the size on screen is the logical size × the scale.
        const sizes = await page.locator('.slide-body svg text').evaluateAll((els) => {
          const scale = Number(document.querySelector('.slide-canvas')?.getAttribute('data-scale'));
          return els.map((e) => parseFloat(getComputedStyle(e).fontSize) * scale);
        });
        expect(sizes.length).toBeGreaterThan(10);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
      }
      if (i === 1) await screenshot(page, 'projector-1920x1080-light');
      await page.keyboard.press(i % 3 === 0 ? 'ArrowRight' : i % 3 === 1 ? 'PageDown' : 'Space');
    }
    // Past the end it stays on the last slide; Home, a number + Enter, End and Esc work.
    await expect.poll(() => page.getByTestId('slide-counter').textContent()).toBe(`${n} / ${n}`);
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByTestId('slide-counter').textContent()).toBe(`1 / ${n}`);
    await page.keyboard.press('5');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('slide-counter').textContent()).toBe(`5 / ${n}`);
    // The address bar follows within a moment (writes are coalesced).
    await expect.poll(() => page.url()).toContain('mode=present');
    await expect.poll(() => page.url()).toContain('slide=5');
    await page.keyboard.press('n');
    expect(await page.getByTestId('slide-notes').textContent()).toContain(
      DEFAULT_DECK.slides[4]!.notes,
    );
    await page.keyboard.press('t');
    await page.keyboard.press('End');
    await page.keyboard.press('PageUp');
    await expect
      .poll(() => page.getByTestId('slide-counter').textContent())
      .toBe(`${n - 1} / ${n}`);
    await screenshot(page, 'projector-1920x1080-dark');
    await page.keyboard.press('Escape');
    await page.getByTestId('deck-panel').waitFor();
    await expect.poll(() => page.url()).not.toContain('mode=');
  });

  it('a link opens a given slide, and the presenter window follows the main window', async () => {
    const { page } = s;
    await page.goto(`${baseUrl}?v=2&mode=present&slide=2`);
    await expect
      .poll(() => page.getByTestId('slide-counter').textContent())
      .toBe(`2 / ${DEFAULT_DECK.slides.length}`);
    // The slide opens on its question; the first → reveals the figure and its caption.
    if (DEFAULT_DECK.slides[1]!.question) {
      await page.getByTestId('slide-question').waitFor();
      await page.keyboard.press('ArrowRight');
    }
    await expect
      .poll(() => page.getByTestId('slide-caption').textContent())
      .toBe(expectedCaption(1));
    const [presenter] = await Promise.all([
      s.browser.waitForEvent('page'),
      page.getByRole('button', { name: 'Presenter window' }).click(),
    ]);
    await presenter.getByTestId('presenter-console').waitFor();
    await expect
      .poll(() => presenter.getByTestId('presenter-status').textContent())
      .toBe(`Slide 2 of ${DEFAULT_DECK.slides.length}`);
    expect(await presenter.getByTestId('presenter-notes').textContent()).toBe(
      DEFAULT_DECK.slides[1]!.notes,
    );
    expect(await presenter.getByTestId('presenter-next').textContent()).toBe(
      DEFAULT_DECK.slides[2]!.title,
    );
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => presenter.getByTestId('presenter-status').textContent())
      .toBe(`Slide 3 of ${DEFAULT_DECK.slides.length}`);
    expect(await presenter.getByTestId('presenter-title').textContent()).toBe(
      DEFAULT_DECK.slides[2]!.title,
    );
    // The presenter's own buttons drive the main window.
    await presenter.getByRole('button', { name: 'Reveal' }).click();
    await page.locator('.slide-body').waitFor();
    await presenter.getByRole('button', { name: 'Next' }).click();
    await expect
      .poll(() => page.getByTestId('slide-counter').textContent())
      .toBe(`4 / ${DEFAULT_DECK.slides.length}`);
    await presenter.close();
  });

  it('exports the time chart as a PNG of the expected size with the source line, and as an SVG that parses', async () => {
    const { page } = s;
    await page.goto(`${baseUrl}?v=2&from=2015&to=2016&type=Theft`);
    const panel = page.locator('section[aria-labelledby="trend-heading"]');
    await panel.locator('svg').first().waitFor();
    const svg = await download(page, () => panel.getByRole('button', { name: /as SVG$/ }).click());
    expect(svg.name).toMatch(/\.svg$/);
    const text = svg.bytes.toString('utf8');
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror') !== null,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        texts: [...doc.querySelectorAll('text')].map((e) => e.textContent),
      };
    }, text);
    expect(parsed.error).toBe(false);
    expect(parsed.texts).toContain('Individuals affected per submission month, 2015–2016');
    expect(parsed.texts).toContain('Filters: Years: 2015–2016; Type: Theft');
    // The image says how old the data was on the day it was made.
    const asOf = (JSON.parse(readFileSync('datasets/manifest.json', 'utf8')) as { asOf: string })
      .asOf;
    const today = todayIso();
    const sourceLine =
      parsed.texts.find((t) =>
        t?.startsWith('Source: HHS Office for Civil Rights breach portal'),
      ) ?? '';
    expect(sourceLine).toContain(`${asOfText(asOf, today)} on ${formatShortDay(today)}.`);

    const png = await download(page, () => panel.getByRole('button', { name: /as PNG$/ }).click());
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR: width and height at bytes 16–23; the PNG is drawn at twice the SVG's size.
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([
      parsed.width * 2,
      parsed.height * 2,
    ]);
    // The source line is drawn: the bottom band of the image has dark text pixels.
    const dark = await page.evaluate(async (b64) => {
      const bitmap = await createImageBitmap(
        new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }),
      );
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const band = ctx.getImageData(0, bitmap.height - 80, bitmap.width, 60).data;
      let n = 0;
      for (let i = 0; i < band.length; i += 4)
        if (band[i]! < 100 && band[i + 1]! < 100 && band[i + 2]! < 100) n++;
      return n;
    }, png.bytes.toString('base64'));
    expect(dark).toBeGreaterThan(200);
  });

  it('downloads the filtered breaches as CSV with formula-like entity names opening as text', async () => {
    const page = await s.browser.newPage();
    const formulas = readFileSync('tests/fixtures/breaches-formulas.csv', 'utf8');
    await page.route(/breaches-[\w-]+\.csv$/, (route) =>
      route.fulfill({ contentType: 'text/csv', body: formulas }),
    );
    await page.route(/breaches-[\w-]+\.hbat$/, (route) =>
      route.fulfill({ contentType: 'application/octet-stream', body: tableFileOf(formulas) }),
    );
    await page.goto(`${baseUrl}?v=2`);
    await page.getByTestId('download-displayed-csv').waitFor();
    expect(await page.getByTestId('data-downloads').textContent()).toContain(
      'Download displayed data (4 breaches)',
    );
    const csv = await download(page, () => page.getByTestId('download-displayed-csv').click());
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    const names = rows
      .slice(1)
      .map((r) => r[0])
      .sort();
    expect(names).toEqual([
      "'+1 Clinic",
      "'-Minus Medical",
      '\'=HYPERLINK("http://example.invalid")',
      "'@Home Health",
    ]);
    // On screen the names are data, shown as written.
    expect(await page.getByTestId('largest-table').textContent()).toContain(
      '=HYPERLINK("http://example.invalid")',
    );
    await page.close();
  });

  it('saves the deck to JSON, opens a changed copy and the saved one again, and refuses a malformed file keeping the deck', async () => {
    const { page } = s;
    await page.goto(`${baseUrl}?v=2&page=classroom`);
    const saved = await download(page, () =>
      page.getByRole('button', { name: 'Save deck as file' }).click(),
    );
    const original = saved.bytes.toString('utf8');
    expect(JSON.parse(original).slides).toHaveLength(DEFAULT_DECK.slides.length);
    const changed = JSON.parse(original) as { title: string; slides: { title: string }[] };
    changed.slides[1]!.title = 'Changed <b>title</b>';
    changed.slides.reverse();
    const input = page.getByTestId('deck-file');
    await input.setInputFiles({
      name: 'changed.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(changed)),
    });
    await expect
      .poll(() => page.getByTestId('deck-message').textContent())
      .toContain('from changed.json');
    const titles = () => page.locator('.deck-slide-title').allTextContents();
    expect((await titles())[DEFAULT_DECK.slides.length - 2]).toBe('Changed <b>title</b>');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"health-breach-atlas-deck","version":1,"title":"x","slides":[{"id":"a"}]}',
      ),
    });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('broken.json, slide 1, field "view"');
    expect((await titles())[DEFAULT_DECK.slides.length - 2]).toBe('Changed <b>title</b>');
    await input.setInputFiles({
      name: 'original.json',
      mimeType: 'application/json',
      buffer: Buffer.from(original),
    });
    await expect.poll(titles).toEqual(DEFAULT_DECK.slides.map((x) => x.title));
    const again = await download(page, () =>
      page.getByRole('button', { name: 'Save deck as file' }).click(),
    );
    expect(again.bytes.toString('utf8')).toBe(original);
  });

  it('adds the current explorer view as a slide, presents it live, and shares the deck as a link', async () => {
    const { page } = s;
    await page.goto(`${baseUrl}?v=2&from=2015&to=2015&type=Theft`);
    await page.getByTestId('overview-breaches').waitFor();
    await page.getByRole('button', { name: 'Classroom' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Theft in 2015');
    await page.getByRole('button', { name: 'Add slide' }).click();
    const titles = () => page.locator('.deck-slide-title').allTextContents();
    await expect
      .poll(titles)
      .toEqual([...DEFAULT_DECK.slides.map((x) => x.title), 'Theft in 2015']);
    const n = DEFAULT_DECK.slides.length + 1;
    await page.getByRole('button', { name: `Present from slide ${n}` }).click();
    await expect.poll(() => page.getByTestId('slide-counter').textContent()).toBe(`${n} / ${n}`);
    await expect.poll(() => page.url()).toContain('from=2015&to=2015&type=Theft');
    // The slide's chart is the live one: it draws the data core's 2015 theft months.
    const core = coreViews({
      yearFrom: 2015,
      yearTo: 2015,
      filters: { ...EMPTY_FILTERS, breachType: ['Theft'] },
    });
    // A slide has no dashboard controls: it names its filters and draws one bar per month.
    expect(await page.getByTestId('slide-filters').textContent()).toContain('Theft');
    await expect.poll(() => page.locator('.slide-body rect.bar').count()).toBe(12);
    const drawn = await page
      .locator('.slide-body rect.bar')
      .evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-value')), 0));
    expect(drawn).toBe(core.summary.individuals);
    expect(core.summary.breaches).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Share deck as link' }).click();
    const link = await page.getByTestId('deck-share').inputValue();
    expect(link).toMatch(/\?v=2&page=classroom#deck=[A-Za-z0-9_-]+$/);
    await page.getByRole('button', { name: 'Use the built-in deck' }).click();
    await expect.poll(titles).toEqual(DEFAULT_DECK.slides.map((x) => x.title));
    // Opening the link never replaces the teacher's deck by itself: it offers the shared one.
    const other = await s.browser.newPage();
    await other.goto(link);
    const shared = other.getByTestId('shared-deck');
    await expect.poll(() => shared.textContent()).toContain(`(${n} slides)`);
    const otherTitles = () => other.locator('.deck-slide-title').allTextContents();
    await expect.poll(otherTitles).toEqual(DEFAULT_DECK.slides.map((x) => x.title));
    expect(other.url()).not.toContain('#deck=');
    await shared.getByRole('button', { name: 'Replace my deck' }).click();
    await expect
      .poll(otherTitles)
      .toEqual([...DEFAULT_DECK.slides.map((x) => x.title), 'Theft in 2015']);
    await other.getByTestId('deck-replaced').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(otherTitles).toEqual(DEFAULT_DECK.slides.map((x) => x.title));
    // A deck link pasted into the open page is offered the same way.
    await other.evaluate((l) => {
      location.hash = new URL(l).hash;
    }, link);
    await expect.poll(() => other.getByTestId('shared-deck').count()).toBe(1);
    await other.close();
  });

  it('"Add this view to my deck" on the explorer adds a slide that opens the same view', async () => {
    const { page } = s;
    await page.goto(`${baseUrl}?v=2&from=2019&to=2019&state=CA`);
    await page.getByTestId('overview-breaches').waitFor();
    await page.getByRole('button', { name: 'Add this view to my deck' }).click();
    const n = DEFAULT_DECK.slides.length + 1;
    expect(await page.getByTestId('add-to-deck-status').textContent()).toContain(
      `Added as slide ${n}`,
    );
    await page.getByRole('button', { name: 'Classroom' }).click();
    await page.getByRole('button', { name: `Present from slide ${n}` }).click();
    await expect.poll(() => page.url()).toContain('from=2019&to=2019&state=CA');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Use the built-in deck' }).click();
    await expect
      .poll(() => page.locator('.deck-slide-title').count())
      .toBe(DEFAULT_DECK.slides.length);
  });

  it('prints the deck as a handout with one page per slide', async () => {
    const { page } = s;
    await page.goto(`${baseUrl}?v=2&mode=handout`);
    await page.getByTestId('handout').waitFor();
    await expect
      .poll(() => page.locator('.handout-slide').count())
      .toBe(DEFAULT_DECK.slides.length);
    // Every chart drawn (as a teacher sees before pressing Print), nothing still loading.
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
              document.querySelectorAll('.handout .slide-bars').length > 0 &&
              !/Loading/.test(document.querySelector('.handout')?.textContent ?? ''),
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    // Printed from a wide window, on Letter and on A4: one page per slide, every chart's words in it.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.waitForTimeout(300);
    await page.emulateMedia({ media: 'print' });
    const newestYear = `'${String(shippedTable().span!.maxYear).slice(2)}`;
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await page.pdf({ format, landscape: true, printBackground: true });
      const file = path.resolve(`.tmp/screenshots/handout-${format}.pdf`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, pdf);
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
      expect(pages.length).toBe(DEFAULT_DECK.slides.length);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const slide of DEFAULT_DECK.slides) expect(text, format).toContain(slide.title);
      for (const word of [
        'Anthem Inc.',
        'Theft',
        'Network Server',
        newestYear,
        'Information Security Analysts',
        'All occupations',
        'Not on the map',
        'Notes:',
      ])
        expect(text, `${format}: ${word}`).toContain(word);
      // Pages as pictures, for a person to look at.
      execFileSync('pdftoppm', ['-r', '40', '-png', file, file.replace(/\.pdf$/, '')]);
    }
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('a handout draws each slide from its own saved view: two outlook slides with different cycles show both', async () => {
    const { page } = s;
    const projections = Papa.parse<Record<string, string>>(
      readFileSync('datasets/workforce/projections.csv', 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    const cycles = [...new Set(projections.map((r) => r.cycle!))].sort();
    expect(cycles.length).toBeGreaterThanOrEqual(2);
    const chosen = [cycles[0]!, cycles[cycles.length - 1]!];
    const growth = (cycle: string) =>
      projections.find(
        (r) => r.cycle === cycle && r.occupation_key === 'information_security_analysts',
      )!.change_percent!;
    expect(growth(chosen[0]!)).not.toBe(growth(chosen[1]!));
    const deck = {
      format: 'health-breach-atlas-deck',
      version: 1,
      title: 'Two outlooks',
      slides: chosen.map((cycle, i) => ({
        id: `outlook-${i}`,
        view: `?v=2&page=workforce&cycle=${cycle}`,
        show: 'workforce-outlook',
        title: `Outlook ${cycle}`,
        caption: '',
        notes: '',
        question: '',
      })),
    };
    await page.goto(`${baseUrl}?v=2&page=classroom`);
    await page.evaluate(
      (text) => localStorage.setItem('health-breach-atlas:deck', text),
      JSON.stringify(deck),
    );
    // The live view asks for the first cycle: a handout that followed it would show it twice.
    await page.goto(`${baseUrl}?v=2&mode=handout&page=workforce&cycle=${chosen[0]}`);
    await expect
      .poll(() => page.locator('[data-testid="slide-growth"] svg').count(), {
        timeout: 15_000,
      })
      .toBe(2);
    const texts = await page.locator('[data-testid="slide-growth"]').allTextContents();
    for (const [i, cycle] of chosen.entries()) {
      const [from, to] = cycle.split('-');
      expect(texts[i], cycle).toContain(`${from}–${to}`);
      expect(texts[i], cycle).toContain(`+${growth(cycle)}%`);
    }
    await page.evaluate(() => localStorage.removeItem('health-breach-atlas:deck'));
  });

  it('axe-core finds no serious or critical violation on the classroom page, a slide (light and dark) and the presenter window', async () => {
    const { page } = s;
    await page.goto(`${baseUrl}?v=2&page=classroom`);
    await page.getByTestId('deck-panel').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    for (const theme of ['light', 'dark']) {
      await page.goto(`${baseUrl}?v=2&mode=present&slide=4&theme=${theme}`);
      await page.getByTestId('slide-question').waitFor();
      await page.keyboard.press('ArrowRight');
      await page.locator('.slide-body .slide-bar-rect').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.goto(`${baseUrl}?v=2&mode=presenter&slide=2`);
    await page.getByTestId('presenter-console').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the classroom page and the presenter window fit a 360 px phone without sideways scrolling', async () => {
    const page = await s.browser.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    for (const q of ['?v=2&page=classroom', '?v=2&mode=presenter']) {
      await page.goto(`${baseUrl}${q}`);
      await page
        .locator('[data-testid="deck-panel"], [data-testid="presenter-console"]')
        .first()
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
    }
    await screenshot(page, 'classroom-360');
    await page.close();
  });

  it('made no request outside its own origin and logged no error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
