/**
 * `npm run bench:one-file`: how much longer the one-file edition takes to open than the hosted
 * build, in Chromium with the CPU slowed 4× (a school laptop): from navigation to the first
 * chart's bars, and the HTML parse alone (domInteractive), median of RUNS fresh profiles each,
 * alternating. Uses the existing dist/ and dist-single/ builds (npm run build, build:single).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SINGLE_FILE_NAME } from '../scripts/singleFile';
import { hasChromium, openBrowser } from '../tests/browser/browser';
import { serveStatic } from '../tests/browser/staticServer';

const RUNS = Number(process.env.RUNS ?? 5);
const CPU_SLOWDOWN = 4;
const single = path.resolve('dist-single', SINGLE_FILE_NAME);

interface Open {
  parseMs: number;
  firstChartMs: number;
}

async function open(url: string): Promise<Open> {
  const s = await openBrowser(url);
  try {
    const cdp = await s.browser.newCDPSession(s.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await s.page.goto(url);
    await s.page.locator('rect.bar[data-year]').first().waitFor({ timeout: 120_000 });
    const [parseMs, firstChartMs] = (await s.page.evaluate(
      `[performance.getEntriesByType('navigation')[0].domInteractive, performance.now()]`,
    )) as [number, number];
    return { parseMs, firstChartMs };
  } finally {
    await s.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

if (!hasChromium()) process.exit(0);
if (!existsSync('dist/index.html') || !existsSync(single)) {
  console.error(
    'bench:one-file needs dist/ and the one-file edition: npm run build && npm run build:single',
  );
  process.exit(1);
}
const host = await serveStatic('dist', '/atlas/');
const hosted: Open[] = [];
const file: Open[] = [];
try {
  for (let i = 0; i < RUNS; i += 1) {
    hosted.push(await open(host.url));
    file.push(await open(pathToFileURL(single).href));
  }
} finally {
  await host.close();
}
const row = (name: string, runs: Open[]) => {
  const chart = median(runs.map((r) => r.firstChartMs));
  return `| ${name} | ${median(runs.map((r) => r.parseMs)).toFixed(0)} ms | ${chart.toFixed(0)} ms | ${(chart / median(hosted.map((r) => r.firstChartMs))).toFixed(2)}× |`;
};
console.log(
  [
    `One-file edition: ${(statSync(single).size / 1024 / 1024).toFixed(1)} MB; Chromium, CPU ${CPU_SLOWDOWN}× slower, median of ${RUNS} fresh profiles`,
    '',
    '| opened as | HTML parsed | first chart | vs hosted |',
    '| --- | --- | --- | --- |',
    row('dist/ on a static host (baseline)', hosted),
    row('one file at file://', file),
  ].join('\n'),
);
