import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, openBrowser, type Page, type Session } from './browser';

const run = hasChromium();

interface Parsed {
  width: number;
  height: number;
  marks: number;
  texts: string[];
  /** Text runs whose box leaves the image. */
  outside: string[];
  /** Fill colours of text, to tell a dark-mode export (light text) from a readable one. */
  lightTexts: number;
}

/** Loads an exported SVG into the page, measures every text box against the image's own size. */
async function parse(page: Page, svgText: string): Promise<Parsed> {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    // As a file opens elsewhere: without the page's stylesheet (its classes would restyle it here).
    for (const el of [svg, ...svg.querySelectorAll('*')]) el.removeAttribute('class');
    const host = document.createElement('div');
    host.style.position = 'absolute';
    host.style.left = '-10000px';
    host.append(svg);
    document.body.append(host);
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    const origin = svg.getBoundingClientRect();
    const outside: string[] = [];
    let lightTexts = 0;
    const texts = [...svg.querySelectorAll('text')].map((e) => {
      const b = e.getBoundingClientRect();
      const x = b.left - origin.left;
      const y = b.top - origin.top;
      if (b.width > 0 && (x < -1 || y < -1 || x + b.width > width + 1 || y + b.height > height + 1))
        outside.push(e.textContent ?? '');
      const fill = getComputedStyle(e).fill;
      const rgb = /rgb\((\d+), (\d+), (\d+)/.exec(fill);
      if (rgb && Number(rgb[1]) + Number(rgb[2]) + Number(rgb[3]) > 600) lightTexts++;
      return e.textContent ?? '';
    });
    const marks = svg.querySelectorAll('rect, path, circle, line').length;
    host.remove();
    return { width, height, marks, texts, outside, lightTexts };
  }, svgText);
}

async function exportSvg(page: Page, name: RegExp): Promise<Parsed> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).first().click(),
  ]);
  return parse(page, readFileSync((await d.path()) ?? '', 'utf8'));
}

describe.skipIf(!run)(
  'every chart exports as an image that stands alone (built app, Chromium)',
  () => {
    const baseUrl = inject('baseUrl');
    let s: Session;
    beforeAll(async () => {
      s = await openBrowser(baseUrl, { width: 1024, height: 768 });
    });
    afterAll(async () => {
      await s?.close();
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`in ${scheme} mode at 1024 px: marks, title, source with as-of date, legends and names, no text outside the image, dark text`, async () => {
        const page = await s.browser.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: 1024, height: 768 });
        await page.goto(`${baseUrl}?v=2`);
        await page.locator('section[aria-labelledby="trend-heading"] svg').first().waitFor();
        const checks: [string, Parsed, string[]][] = [];
        checks.push([
          'time',
          await exportSvg(page, /^Download “Individuals affected per submission year.*as SVG$/),
          ["'24"],
        ]);
        checks.push([
          'map',
          await exportSvg(page, /^Download “Individuals affected by state.*as SVG$/),
          ['(log scale)', '1M'],
        ]);
        checks.push([
          'type',
          await exportSvg(page, /^Download “Type of breach.*as SVG$/),
          ['Theft'],
        ]);
        await page.goto(`${baseUrl}?v=2&page=workforce`);
        await page.getByTestId('wf-growth-panel').locator('svg[role="img"]').waitFor();
        checks.push([
          'growth',
          await exportSvg(page, /^Download “Projected employment growth.*as SVG$/),
          ['Information Security Analysts'.slice(0, 11)],
        ]);
        checks.push([
          'index',
          await exportSvg(page, /^Download “Breach reports and individuals affected.*as SVG$/),
          ['100'],
        ]);
        const problems: string[] = [];
        for (const [name, p, words] of checks) {
          if (p.marks < 5) problems.push(`${name}: only ${p.marks} marks`);
          if (!p.texts.some((t) => /^Source: /.test(t))) problems.push(`${name}: no source line`);
          if (!p.texts.some((t) => /data as of /.test(t)) && !p.texts.some((t) => /as of /.test(t)))
            problems.push(`${name}: no as-of date`);
          for (const w of words)
            if (!p.texts.some((t) => t.includes(w))) problems.push(`${name}: "${w}" missing`);
          for (const o of p.outside) problems.push(`${name}: outside the image: ${o.slice(0, 50)}`);
          if (p.lightTexts > 0)
            problems.push(`${name}: ${p.lightTexts} light text runs on the white image`);
        }
        await page.close();
        expect(problems).toEqual([]);
      });
    }
  },
);
