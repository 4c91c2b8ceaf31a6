/**
 * Chromium figures of the explorer on a production build: click → next paint (Event Timing) over
 * ~100 clicks on breakdown bars, states and years, and first chart after navigation, each at 1× and
 * 4× CPU (CDP Emulation.setCPUThrottlingRate stands in for a school laptop).
 *
 * Run alone with `npx tsx bench/browserClicks.ts [outDir]` (builds into .tmp/bench-dist unless
 * an already built outDir is given); `npm run bench` calls it too.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locator } from 'playwright-core';
import { hasChromium, openBrowser, type Page } from '../tests/browser/browser';
import { serveBuild } from './serveBuild';

export interface Stats {
  p50: number;
  p95: number;
  max: number;
  samples: number;
}

export interface ClickRun {
  rate: number;
  /** Per interaction: the longest Event Timing entry of it (click → next paint), ms. */
  eventTiming: Stats;
  /** Interactions no Event Timing entry reported (all under its 16 ms floor); counted as 16 ms above. */
  under16: number;
  /** Interactions reported over 16 ms (24 ms or more in its 8 ms steps). */
  over16: number;
  /** Per click: event time stamp → a task queued from the next animation frame, ms. */
  nextFrame: Stats;
  /** Tasks over 50 ms during the run; `scrolling`: of them, those that dispatched a scroll event
   * (a frame in which the bench scrolled to the next control, often with earlier stages' work). */
  longTasks: { count: number; maxMs: number; scrolling: number };
  /** Calls of the crossfilter during the run (dev counter), and interactions. */
  interactions: number;
  /**
   * The machine's own long tasks, run after each round of clicks at the same throttling: tasks of
   * a fixed amount of script (`workMs` at 1×, one per frame), how many of `tasks` went over 50 ms.
   * Null at 1×.
   */
  machine: MachineFloor[] | null;
  /**
   * The machine's own long frames, run after each round's script control at the same throttling:
   * frames of a fixed amount of rendering (`RENDER_CONTROL` text changes in a box of its own), how
   * many of `frames` went over 50 ms. Null at 1×.
   */
  rendering: RenderFloor | null;
  /**
   * How fast the machine ran script, unthrottled, before the clicks and after the control: rounds
   * of the control's loop per ms: whether the machine itself slowed down during the run.
   */
  scriptSpeed: { before: number; after: number };
}

export interface MachineFloor {
  workMs: number;
  tasks: number;
  long: number;
  p50: number;
  p99: number;
  maxMs: number;
}

export interface RenderFloor {
  /** Text changes per frame. */
  changes: number;
  frames: number;
  /** Tasks over 50 ms in its fixed frames (not those adding or removing its box). */
  long: number;
  maxMs: number;
  /** Animation frame to animation frame, ms. */
  p50: number;
  p90: number;
}

export interface FloorRun {
  /** Per interaction: the longest Event Timing entry of it, ms (under 16 ms counted as 16). */
  eventTiming: Stats;
  under16: number;
  over16: number;
  interactions: number;
}

export interface FirstChartRun {
  rate: number;
  /** Navigation start → the time chart's bars first painted, ms. */
  firstChart: Stats;
  /** Navigation start → first contentful paint, ms. */
  fcp: Stats;
}

export interface BrowserClicksResult {
  chromium: string;
  viewport: { width: number; height: number };
  clicks: ClickRun[];
  /** The browser's own floor at 1×: a page whose buttons only toggle, clicked the same way. */
  floor: FloorRun | null;
  firstChart: FirstChartRun[];
}

export const VIEWPORT = { width: 1366, height: 768 };

/** Throttling is set per page through CDP; 1 = off. */
async function throttle(page: Page, rate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

export const INIT = () => {
  const w = window as unknown as {
    __events: { id: number; name: string; duration: number; target: string }[];
    __long: [number, number][];
    __frames: number[];
    __scrolls: number[];
    __firstChart: number;
    __firstChartDone: Promise<number>;
  };
  w.__events = [];
  w.__long = [];
  w.__frames = [];
  w.__scrolls = [];
  w.__firstChart = 0;
  addEventListener('scroll', (e) => w.__scrolls.push(e.timeStamp), {
    passive: true,
    capture: true,
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[])
      if (e.interactionId) {
        const t = e.target as Element | null;
        const target = t?.getAttribute('data-key') ?? t?.getAttribute('data-code') ?? t?.nodeName;
        w.__events.push({
          id: e.interactionId,
          name: e.name,
          duration: e.duration,
          target: target ?? '',
        });
      }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__long.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const frameAfter = (event: Event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => w.__frames.push(performance.now() - start), 0));
  };
  document.addEventListener('click', frameAfter, true);
  // A brush drag ends on mouseup (d3-brush listens to mouse events, not clicks).
  // On window, capturing: d3-brush stops the event there before it reaches the document.
  window.addEventListener(
    'mouseup',
    (e) => {
      if ((e.target as Element | null)?.closest?.('.brush')) frameAfter(e);
    },
    true,
  );
  // First chart: the moment the time chart's bars are in the document, then the next frame.
  // The harness awaits the promise through CDP: Playwright's own waiting (an injected script
  // polling on the page's thread) would add its work to what is measured.
  w.__firstChartDone = new Promise<number>((resolve) => {
    const seen = new MutationObserver(() => {
      if (document.querySelector('svg.time-chart rect.bar')) {
        seen.disconnect();
        requestAnimationFrame(() =>
          setTimeout(() => {
            w.__firstChart = performance.now();
            resolve(w.__firstChart);
          }, 0),
        );
      }
    });
    seen.observe(document, { childList: true, subtree: true });
  });
};

/**
 * A click as a person makes it: the pointer moved over the element's centre, then pressed and released. Playwright's
 * `locator.click()` also listens on the page for the pointer events it sends (to check what they
 * hit), so its own script would run inside the interaction being measured; the element is found and
 * checked before the click instead.
 */
export async function clickCentre(page: Page, target: Locator) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const x = box ? box.x + box.width / 2 : 0;
  const y = box ? box.y + box.height / 2 : 0;
  const hits =
    box !== null &&
    (await target.evaluate(
      (el, [px, py]) => el.contains(document.elementFromPoint(px!, py!)),
      [x, y],
    ));
  if (!hits) return target.click();
  // The pointer arrives first and the page answers the hover (a bar's figures, a state's tooltip),
  // then the button is pressed: a person's pointer rests on a bar before the press, where
  // mouse.click() sends the move, press and release at once and put the hover's render inside
  // the measured interaction.
  await page.mouse.move(x, y);
  await settle(page);
  await page.mouse.down();
  await page.mouse.up();
}

/** The clicks a person makes while exploring: bars, states and year ranges, each on then off. */
export async function clickRound(page: Page): Promise<number> {
  let n = 0;
  // CSS locators: role-and-name lookups run Playwright's accessibility code on the page's thread.
  const bar = async (panel: string, key: string) => {
    const button = page.locator(`[data-testid="${panel}"] button[data-key="${key}"]`);
    for (let k = 0; k < 2; k++) {
      await clickCentre(page, button);
      n += 1;
      await settle(page);
    }
  };
  const state = async (code: string) => {
    const path = page.locator(`svg.state-map [data-code="${code}"]`);
    for (let k = 0; k < 2; k++) {
      await clickCentre(page, path);
      n += 1;
      await settle(page);
    }
  };
  const years = async (a: number, b: number) => {
    const strip = page.getByTestId('year-brush');
    await strip.scrollIntoViewIfNeeded();
    const box = await strip.boundingBox();
    if (!box) return;
    const x = (f: number) => box.x + box.width * f;
    await page.mouse.move(x(a), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(x((a + b) / 2), box.y + box.height / 2);
    await page.mouse.move(x(b), box.y + box.height / 2);
    await page.mouse.up();
    n += 1;
    await settle(page);
  };
  await bar('breakdown-breachType', 'Theft');
  await bar('breakdown-location', 'Email');
  await bar('breakdown-entityType', 'Health Plan');
  await bar('breakdown-breachType', 'Hacking/IT Incident');
  await bar('breakdown-businessAssociate', 'Yes');
  await years(0.35, 0.6);
  await years(0.62, 0.9);
  const allYears = page.locator('.year-range button');
  if (await allYears.isEnabled()) {
    await clickCentre(page, allYears);
    n += 1;
    await settle(page);
  }
  await state('CA');
  await state('TX');
  await state('NY');
  await state('IL');
  await page.getByTestId('year-brush').scrollIntoViewIfNeeded();
  return n;
}

/** Lets the page go idle between clicks (a person does not click within a frame). */
async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => resolve()), 30)),
      ),
  );
}

/** The value at quantile `q` (0–1) of ascending `sorted` values; NaN when there are none. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
}

export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted.at(-1) ?? Number.NaN,
    samples: sorted.length,
  };
}

export async function clickRun(
  page: Page,
  url: string,
  rate: number,
  rounds: number,
  /** Rounds of the control's loop per ms that make its fixed work (default: measured here). */
  reference?: number,
): Promise<ClickRun> {
  await page.goto(url);
  await page.getByTestId('overview-breaches').waitFor();
  await page.locator('svg.time-chart rect.bar').first().waitFor();
  // How much script makes a millisecond here (the machine control below): measured unthrottled,
  // once the panels that mount after the first chart are drawn.
  await page.waitForTimeout(1000);
  const perMs = await spinRate(page);
  const work = reference ?? perMs;
  const cdp = await throttle(page, rate);
  await page.waitForTimeout(500);
  // One warm-up round (first use of each code path), then the measured rounds.
  await clickRound(page);
  await takeRecords(page);
  let interactions = 0;
  const data: PageRecords = { events: [], long: [], longScrolling: 0, frames: [] };
  // The control runs after each round, so it meets the machine as the round's clicks did: six
  // tasks per click (a change paints six frames of work after the click's own) of each size.
  const control = CONTROL_MS.map(() => [] as number[]);
  const rendering: { long: number[]; intervals: number[] } = { long: [], intervals: [] };
  for (let r = 0; r < rounds; r++) {
    const n = await clickRound(page);
    interactions += n;
    await page.waitForTimeout(500);
    const d = await takeRecords(page);
    data.events.push(...d.events);
    data.long.push(...d.long);
    data.longScrolling += d.longScrolling;
    data.frames.push(...d.frames);
    if (rate === 1) continue;
    for (const [i, ms] of CONTROL_MS.entries())
      control[i]!.push(...(await controlTasks(page, Math.round(work * ms), n * 6)));
    // The control's own long tasks are not the page's: wait for their entries, then drop them.
    await page.waitForTimeout(200);
    await takeRecords(page);
    // Then fixed rendering, as many frames as the round's changes painted; its long tasks too
    // (those of its steady frames: not the frame that adds its box or the one that removes it).
    const { intervals, from, to } = await renderControl(page, n * 6);
    rendering.intervals.push(...intervals);
    await page.waitForTimeout(200);
    rendering.long.push(...(await longTasksBetween(page, from, to)));
    await takeRecords(page);
  }
  const machine = rate === 1 ? null : CONTROL_MS.map((ms, i) => machineFloor(ms, control[i]!));
  const sortedIntervals = [...rendering.intervals].sort((a, b) => a - b);
  const renderFloor: RenderFloor | null =
    rate === 1
      ? null
      : {
          changes: RENDER_CONTROL,
          frames: sortedIntervals.length,
          long: rendering.long.length,
          maxMs: Math.max(0, ...rendering.long),
          p50: quantile(sortedIntervals, 0.5),
          p90: quantile(sortedIntervals, 0.9),
        };
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  const perMsAfter = await spinRate(page);
  const { eventTiming, under16, over16 } = interactionStats(data.events, interactions, `${rate}×`);
  return {
    rate,
    eventTiming,
    under16,
    over16,
    nextFrame: stats(data.frames),
    longTasks: {
      count: data.long.length,
      maxMs: Math.max(0, ...data.long),
      scrolling: data.longScrolling,
    },
    interactions,
    machine,
    rendering: renderFloor,
    scriptSpeed: { before: perMs, after: perMsAfter },
  };
}

/**
 * Event Timing per interaction: the longest entry of each. It reports only interactions of 16 ms
 * or more, so the rest of the `interactions` count as 16 ms (an upper bound).
 */
function interactionStats(events: PageRecords['events'], interactions: number, label: string) {
  const byInteraction = new Map<number, number>();
  const byTarget = new Map<string, number[]>();
  for (const e of events) {
    byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
    if (e.name === 'click' || e.name === 'pointerup')
      byTarget.set(e.target, [...(byTarget.get(e.target) ?? []), e.duration]);
  }
  if (process.env.HBA_BENCH_DEBUG)
    console.error(label, JSON.stringify(Object.fromEntries(byTarget)));
  const under16 = Math.max(0, interactions - byInteraction.size);
  const durations = [...byInteraction.values(), ...Array<number>(under16).fill(16)];
  return { eventTiming: stats(durations), under16, over16: durations.filter((d) => d > 16).length };
}

/** Buttons in a column, as many as a click round's clicks, that only toggle their pressed state. */
const FLOOR_BUTTONS = 21;
const FLOOR_HTML = `<!doctype html><meta charset="utf-8"><title>Event Timing floor</title>
<style>body{font:16px sans-serif;margin:2rem}button{display:block;width:20rem;margin:2px 0;padding:4px;text-align:left}
button[aria-pressed=true]{background:#124;color:#fff}</style>
${Array.from({ length: FLOOR_BUTTONS }, (_, i) => `<button type="button" aria-pressed="false" data-key="b${i}"><span>Button ${i + 1}</span></button>`).join('')}
<script>document.addEventListener('click',(e)=>{const b=e.target.closest('button');if(b)b.setAttribute('aria-pressed',String(b.getAttribute('aria-pressed')!=='true'))})</script>`;

/**
 * The browser's floor for click → next paint at 1×: a page of its own (served beside the build,
 * no script but a toggle) whose buttons only change their pressed state, each clicked as the
 * explorer's controls are (pointer rests, then press and release; a warm-up round first). What
 * this page reports is the browser's pipeline, not the explorer's work.
 */
export async function floorRun(page: Page, url: string, rounds: number): Promise<FloorRun> {
  const floorUrl = new URL('__event-timing-floor.html', url).href;
  await page.route(floorUrl, (route) =>
    route.fulfill({ contentType: 'text/html', body: FLOOR_HTML }),
  );
  await page.goto(floorUrl);
  const buttons = page.locator('button');
  const round = async () => {
    for (let i = 0; i < FLOOR_BUTTONS; i++) {
      await clickCentre(page, buttons.nth(i));
      await settle(page);
    }
  };
  await round();
  await page.waitForTimeout(300);
  await takeRecords(page);
  const events: PageRecords['events'] = [];
  for (let r = 0; r < rounds; r++) {
    await round();
    await page.waitForTimeout(300);
    events.push(...(await takeRecords(page)).events);
  }
  await page.unroute(floorUrl);
  const interactions = rounds * FLOOR_BUTTONS;
  return { ...interactionStats(events, interactions, 'floor'), interactions };
}

interface PageRecords {
  events: { id: number; name: string; duration: number; target: string }[];
  long: number[];
  longScrolling: number;
  frames: number[];
}

/** Durations of the long tasks that started between `from` and `to` (page time, ms). */
function longTasksBetween(page: Page, from: number, to: number): Promise<number[]> {
  return page.evaluate(
    ([from, to]) =>
      (window as unknown as { __long: [number, number][] }).__long
        .filter(([start]) => start >= from && start <= to)
        .map(([, d]) => d),
    [from, to] as const,
  );
}

/** What the page recorded since the last call (interactions, long tasks, frames), then cleared. */
function takeRecords(page: Page): Promise<PageRecords> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __events: PageRecords['events'];
      __long: [number, number][];
      __frames: number[];
      __scrolls: number[];
    };
    const scrolled = ([start, d]: [number, number]) =>
      w.__scrolls.some((t) => t >= start && t <= start + d);
    const out = {
      events: w.__events.splice(0),
      long: w.__long.map(([, d]) => d),
      longScrolling: w.__long.filter(scrolled).length,
      frames: w.__frames.splice(0),
    };
    w.__long.length = 0;
    w.__scrolls.length = 0;
    return out;
  });
}

/**
 * Thread time of the median stage frame at 1× (style, layout, paint and layerize of one panel's
 * change; 4–6 ms in traces of the click rounds, 2026-11-28).
 */
export const STAGE_FRAME_MS = 5;

/** The control's task sizes: a median stage frame's work at 1× and half of it. */
const CONTROL_MS = [STAGE_FRAME_MS, STAGE_FRAME_MS / 2];

type SpinWindow = { __spin: (rounds: number) => number; __spun: number };

/**
 * Installs the control's fixed work in the page (`__spin(rounds)`: rounds of a square-root loop)
 * and returns how many rounds make a millisecond, unthrottled and after the engine has optimised it.
 */
async function spinRate(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as SpinWindow;
    // A local sum (stored once): the loop's speed must not depend on how the engine treats a
    // property of window, which changed it up to 2.4× within one page.
    w.__spin = (rounds) => {
      let sum = 0;
      for (let n = 0; n < rounds; n++) for (let i = 0; i < 1000; i++) sum += Math.sqrt(i + n);
      w.__spun = sum;
      return sum;
    };
    for (let t = performance.now(); performance.now() - t < 300;) w.__spin(1);
    let rounds = 0;
    for (const t = performance.now(); performance.now() - t < 200; rounds++) w.__spin(1);
    return rounds / 200;
  });
}

/**
 * The machine control: `count` tasks of `rounds` of the fixed loop (a set amount of script), one
 * per frame like the stages, under the current throttling; their durations in ms. A fixed task
 * should last rate × its work; where it lasts more than 50 ms, the time came from the machine
 * (another process, the throttler's slices), not the page.
 */
function controlTasks(page: Page, rounds: number, count: number): Promise<number[]> {
  return page.evaluate(
    ([rounds, count]) =>
      new Promise<number[]>((resolve) => {
        const w = window as unknown as SpinWindow;
        const out: number[] = [];
        const step = () =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const t = performance.now();
              w.__spin(rounds);
              out.push(performance.now() - t);
              if (out.length < count) step();
              else resolve(out);
            }, 0),
          );
        step();
      }),
    [rounds, count] as const,
  );
}

/**
 * Text changes per frame of the rendering control: at 4× its frames take about as long as the
 * page's median stage frame (p50 ~20 ms, traces of 2026-11-28).
 */
export const RENDER_CONTROL = 40;

/**
 * The rendering control: `frames` animation frames, each changing the text of `RENDER_CONTROL` of
 * 400 numbers in a fixed box of its own (`contain: strict`, over the page), the same numbers in
 * every run: a fixed amount of style, layout and paint per frame, as the page's stages have. Its
 * frames over 50 ms are the machine's rendering (the threads a script control does not use), not
 * the page's. Returns the frame-to-frame intervals, ms.
 */
function renderControl(
  page: Page,
  frames: number,
): Promise<{ intervals: number[]; from: number; to: number }> {
  return page.evaluate(
    ([frames, changes]) =>
      new Promise<{ intervals: number[]; from: number; to: number }>((resolve) => {
        const box = document.createElement('div');
        box.style.cssText =
          'position:fixed;inset:0 auto auto 0;width:900px;height:500px;overflow:hidden;contain:strict;' +
          'display:flex;flex-wrap:wrap;gap:2px;align-content:flex-start;background:#fff;z-index:99;font:14px sans-serif';
        const spans = Array.from({ length: 400 }, (_, i) => {
          const span = document.createElement('span');
          span.textContent = String((i * 7919) % 100000);
          return span;
        });
        box.append(...spans);
        document.body.append(box);
        const out: number[] = [];
        let first = 0;
        let last = 0;
        let k = 0;
        const step = (now: number) => {
          if (last > 0) out.push(now - last);
          else first = now;
          last = now;
          for (let j = 0; j < changes; j++)
            spans[(k * 37 + j * 13) % spans.length]!.textContent = String(
              (k * 104729 + j * 7) % 1e6,
            );
          k += 1;
          if (k <= frames) requestAnimationFrame(step);
          else {
            box.remove();
            // The frame that removes the box starts after `now`: not one of the fixed frames.
            resolve({ intervals: out, from: first, to: now - 1 });
          }
        };
        // One frame to lay the box out first: its first drawing is not a change.
        requestAnimationFrame(() => requestAnimationFrame(step));
      }),
    [frames, RENDER_CONTROL] as const,
  );
}

function machineFloor(workMs: number, durations: readonly number[]): MachineFloor {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    workMs,
    tasks: sorted.length,
    long: sorted.filter((d) => d > 50).length,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    maxMs: quantile(sorted, 1),
  };
}

async function firstChartRun(page: Page, url: string, rate: number, runs: number) {
  const cdp = await throttle(page, rate);
  const chart: number[] = [];
  const fcp: number[] = [];
  // A first load warms the HTTP cache: later loads are what a returning visitor sees.
  for (let i = 0; i <= runs; i++) {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await cdp.send('Runtime.evaluate', {
      expression: 'window.__firstChartDone',
      awaitPromise: true,
      timeout: 60_000,
    });
    const t = await page.evaluate(() => ({
      chart: (window as unknown as { __firstChart: number }).__firstChart,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    }));
    if (i > 0) {
      chart.push(t.chart);
      fcp.push(t.fcp);
    }
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return { rate, firstChart: stats(chart), fcp: stats(fcp) };
}

/** Builds (unless given a built outDir), serves and measures; null without Chromium. */
export async function browserClicks(
  options: { outDir?: string; rounds?: number; loads?: number; runs?: number } = {},
): Promise<BrowserClicksResult | null> {
  if (!hasChromium()) return null;
  const { url, close } = await serveBuild(options.outDir);
  const s = await openBrowser(url, VIEWPORT);
  try {
    // tsx keeps function names with a __name helper the page does not have.
    await s.page.addInitScript({ content: 'window.__name = (f) => f;' });
    await s.page.addInitScript(INIT);
    const chromium = s.browser.browser()?.version() ?? 'Chromium';
    const clicks: ClickRun[] = [];
    const firstChart: FirstChartRun[] = [];
    // The control's fixed work, from the machine's best script speed of three measures at the
    // start: the same work in every run, as the page's frames are.
    await s.page.goto(url);
    const reference = Math.max(
      await spinRate(s.page),
      await spinRate(s.page),
      await spinRate(s.page),
    );
    // The 4× clicks run several times (a fresh page each): their long tasks swing from run to run,
    // which one run cannot show.
    for (const rate of [1, 4]) {
      const runs = rate === 1 ? 1 : (options.runs ?? 3);
      for (let r = 0; r < runs; r++)
        clicks.push(await clickRun(s.page, url, rate, options.rounds ?? 5, reference));
      firstChart.push(await firstChartRun(s.page, url, rate, options.loads ?? 7));
    }
    const floor = await floorRun(s.page, url, options.rounds ?? 5);
    return { chromium, viewport: VIEWPORT, clicks, floor, firstChart };
  } finally {
    await s.close();
    await close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  if (outDir && !existsSync(path.join(outDir, 'index.html')))
    throw new Error(`${outDir}: no build`);
  browserClicks({
    outDir,
    rounds: Number(process.env.ROUNDS ?? 5),
    runs: Number(process.env.RUNS ?? 3),
  })
    .then((r) => console.log(JSON.stringify(r, null, 1)))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
