import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_DECK } from '../../src/features/presentation/defaultDeck';
import { hasChromium, openBrowser, type Page, type Session } from './browser';

const run = hasChromium();

/** Screens a class meets: old 4:3 projector, school laptop, full HD, 4K. */
const SIZES = [
  [1024, 768],
  [1366, 768],
  [1920, 1080],
  [3840, 2160],
] as const;

interface Fit {
  scrollW: number;
  scrollH: number;
  /** Text runs whose box leaves the viewport or an ancestor that hides overflow. */
  outside: string[];
  /** Smallest rendered font size of any visible text on the slide, in screen px. */
  smallest: number;
  smallestText: string;
  texts: number;
}

/** Measures every visible text run inside the slide frame, as the screen shows it. */
async function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const frame = document.querySelector('.slide-canvas');
    const scale = Number(frame?.getAttribute('data-scale') ?? 1);
    const outside: string[] = [];
    let smallest = Infinity;
    let smallestText = '';
    let texts = 0;
    const walker = document.createTreeWalker(frame ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (text === '' || !el) continue;
      const style = getComputedStyle(el);
      if (
        style.visibility === 'hidden' ||
        el.closest('[aria-hidden="true"], .visually-hidden, title, desc')
      )
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      texts += 1;
      const size = parseFloat(style.fontSize) * scale;
      if (size < smallest) {
        smallest = size;
        smallestText = text.slice(0, 40);
      }
      const slack = 1;
      if (
        box.left < -slack ||
        box.top < -slack ||
        box.right > innerWidth + slack ||
        box.bottom > innerHeight + slack
      )
        outside.push(`viewport: ${text.slice(0, 40)}`);
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const clip = a.getBoundingClientRect();
        if (
          box.left < clip.left - slack ||
          box.right > clip.right + slack ||
          box.top < clip.top - slack ||
          box.bottom > clip.bottom + slack
        ) {
          outside.push(`${a.className || a.tagName}: ${text.slice(0, 40)}`);
          break;
        }
      }
    }
    return {
      scrollW: document.documentElement.scrollWidth,
      scrollH: document.documentElement.scrollHeight,
      outside,
      smallest,
      smallestText,
      texts,
    };
  });
}

describe.skipIf(!run)(
  'every slide of the default deck fits its frame (built app, Chromium)',
  () => {
    const baseUrl = inject('baseUrl');
    let s: Session;
    beforeAll(async () => {
      s = await openBrowser(baseUrl);
    });
    afterAll(async () => {
      await s?.close();
    });

    for (const [width, height] of SIZES) {
      it(`at ${width}×${height}: no scrolling, every text run inside the screen and its box${width === 1920 ? ', none under 24 px' : ''}`, async () => {
        const page = await s.browser.newPage();
        await page.setViewportSize({ width, height });
        const problems: string[] = [];
        for (let i = 0; i < DEFAULT_DECK.slides.length; i++) {
          await page.goto(`${baseUrl}?mode=present&slide=${i + 1}`);
          await page.locator('.slide-canvas').waitFor();
          // The figure, not the "predict first" question.
          if ((await page.getByTestId('slide-question').count()) > 0)
            await page.keyboard.press('ArrowRight');
          await page.locator('.slide-body').waitFor();
          await page.waitForFunction(
            () => !/Loading/.test(document.querySelector('.slide-body')?.textContent ?? ''),
          );
          // What a person sees: the settled frame (a chart re-draws once its box reports its
          // size; on a loaded machine that can take longer than a frame or two).
          let fit = await measure(page);
          for (let tries = 0; tries < 10; tries++) {
            await page.waitForTimeout(150);
            const again = await measure(page);
            const same = JSON.stringify(again) === JSON.stringify(fit);
            fit = again;
            if (same) break;
          }
          const name = `slide ${i + 1} (${DEFAULT_DECK.slides[i]?.show})`;
          if (fit.scrollW > width || fit.scrollH > height)
            problems.push(`${name}: page scrolls (${fit.scrollW}×${fit.scrollH})`);
          for (const o of fit.outside) problems.push(`${name}: cut — ${o}`);
          if (fit.texts < 3) problems.push(`${name}: only ${fit.texts} text runs`);
          if (width === 1920 && fit.smallest < 24)
            problems.push(`${name}: "${fit.smallestText}" is ${fit.smallest.toFixed(1)} px`);
          if (width === 1024 || width === 1920)
            await page.screenshot({ path: `.tmp/screenshots/slide-${i + 1}-${width}.png` });
        }
        await page.close();
        expect(problems).toEqual([]);
      });
    }
  },
);
