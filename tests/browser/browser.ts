import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { encodeTableFile } from '../../src/data/table/tableFile';
import { readShippedBreaches } from '../../src/data/datasets/readShippedBreaches';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when Debian's Chromium is installed; under CI its absence is a failure, not a skip. */
export function hasChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt-get`);
  console.warn(`\n  SKIPPED browser tests: ${CHROMIUM} not found (apt-get install chromium)\n`);
  return false;
}

export interface Session {
  browser: BrowserContext;
  page: Page;
  /** Requests that left the page's origin, for the no-third-party-requests check. */
  foreignRequests: string[];
  /** Console errors and page errors, CSP violations included. */
  errors: string[];
  close: () => Promise<void>;
}

/**
 * Headless Chromium with a fresh profile, the flags this machine needs, and request logging.
 * Service workers are blocked unless asked for (`serviceWorkers: 'allow'`): the built app
 * registers one, and a test that swaps files with page.route must see every request.
 */
export async function openBrowser(
  baseUrl: string,
  viewport = { width: 1280, height: 800 },
  { serviceWorkers = 'block' }: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<Session> {
  const profile = mkdtempSync(path.join(tmpdir(), 'hba-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    serviceWorkers,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // A page opened from a file has no origin ("null"): only the file itself is its own.
  const own = baseUrl.startsWith('file:')
    ? (url: string) => url.split(/[?#]/)[0] === baseUrl.split(/[?#]/)[0]
    : (url: string) => url.startsWith(new URL(baseUrl).origin);
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!own(url) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignRequests.push(url);
  });
  page.on('console', (m) => {
    // A failed load names no file in its text; its location does.
    if (m.type() === 'error')
      errors.push(m.location().url ? `${m.text()} (${m.location().url})` : m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    browser: context,
    page,
    foreignRequests,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot under .tmp/screenshots/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.resolve('.tmp/screenshots');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  // Off-screen panels skip rendering (content-visibility: auto); a full-page picture shows them all.
  await page.evaluate(
    "document.querySelectorAll('.panel').forEach((e) => { e.style.contentVisibility = 'visible'; })",
  );
  await page.waitForTimeout(100);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const require = createRequire(import.meta.url);

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (ctx: Document) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  });
}

export type { Browser, Page };

/**
 * The table file the build makes from a breaches.csv (scripts/breachTableFile.ts): what a test
 * serves in place of the shipped one when it swaps the breach list.
 */
export function tableFileOf(csv: string): Buffer {
  const { table, issues } = readShippedBreaches(csv);
  return Buffer.from(encodeTableFile(table, issues));
}
