import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, openBrowser, screenshot, type Page, type Session } from './browser';
import { scanQr } from './qr';

/**
 * Students' phones: `npm start -- --lan` serves on this computer's network address and prints
 * it, and the QR code on a slide scans to an address a phone can open — the page's own, or, when
 * the page is open at 127.0.0.1, the network address, with a note saying so. Served without
 * --lan (the tests' server, as `npm start`), a slide says phones cannot reach 127.0.0.1.
 */
const run = hasChromium();

interface Started {
  child: ChildProcess;
  local: string;
  network: string | null;
  output: string;
}

/** Starts `npm start -- --lan` on a free port, serving the existing build. */
async function startLan(): Promise<Started> {
  const child = spawn(
    path.resolve('node_modules/.bin/tsx'),
    ['scripts/start.ts', '--lan', '--no-build', '--port', '0'],
    { env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' }, stdio: 'pipe' },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const started = Date.now();
  while (!/Ctrl\+C stops it/.test(output)) {
    if (Date.now() - started > 30_000 || child.exitCode !== null)
      throw new Error(`npm start -- --lan did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const local = /On this computer:\s+(\S+)/.exec(output)?.[1];
  if (!local) throw new Error(`no local address printed:\n${output}`);
  return { child, local, network: /On the network:\s+(\S+)/.exec(output)?.[1] ?? null, output };
}

/** Opens slide 2 and its QR code (key q); returns what the code scans to. */
async function slideQr(page: Page, base: string): Promise<string | null> {
  await page.goto(`${base}?v=2&mode=present&slide=2`);
  await page.getByTestId('slide-counter').waitFor();
  await page.keyboard.press('q');
  await page.getByTestId('slide-qr').locator('svg').waitFor();
  return scanQr(page, '[data-testid="slide-qr"] svg');
}

/** The QR box (code, link, note) fits a 1920 × 1080 and a 1024 × 768 screen; pictures of both. */
async function expectQrOnScreen(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1920, 1080],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(200);
    await screenshot(page, `qr-slide-${width}x${height}-${name}`);
    const box = await page.locator('.slide-qr .share-qr').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
}

const placeOf = (url: string) => {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
};

describe.skipIf(!run)('QR codes for students’ phones', () => {
  const baseUrl = inject('baseUrl');
  let server: Started;
  let s: Session;
  beforeAll(async () => {
    server = await startLan();
    s = await openBrowser(server.local, { width: 1920, height: 1080 });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    server?.child.kill();
  });

  it('npm start -- --lan prints this computer’s network address and serves the app there', async (ctx) => {
    expect(server.output).toMatch(/On this computer:\s+http:\/\/127\.0\.0\.1:\d+\//);
    if (!server.network) {
      expect(server.output).toContain('No network address found');
      ctx.skip();
      return;
    }
    expect(new URL(server.network).hostname).not.toMatch(/^127\./);
    const response = await s.page.request.get(server.network);
    expect(response.status()).toBe(200);
  });

  it('opened at the network address, the slide’s code scans to the page’s own address', async (ctx) => {
    if (!server.network) return ctx.skip();
    const scanned = await slideQr(s.page, server.network);
    expect(scanned).not.toBeNull();
    expect(placeOf(scanned!)).toBe(placeOf(s.page.url()));
    expect(new URL(scanned!).hostname).not.toBe('127.0.0.1');
    expect(scanned).toBe(await s.page.locator('.slide-qr figcaption').textContent());
    expect(await s.page.getByTestId('share-note').count()).toBe(0);
    // The code opens the view shown on the slide, on the dashboard.
    expect(new URL(scanned!).searchParams.get('mode')).toBeNull();
  });

  it('opened at 127.0.0.1 on the --lan server, the code points to the network address and the slide says why', async (ctx) => {
    if (!server.network) return ctx.skip();
    const scanned = await slideQr(s.page, server.local);
    expect(placeOf(scanned!)).toBe(placeOf(server.network));
    const note = await s.page.getByTestId('share-note').textContent();
    expect(note).toContain(new URL(server.local).host);
    expect(note).toContain('network address');
    await expectQrOnScreen(s.page, 'lan');
  });

  it('served on this computer only (npm start), the code is the page’s own address and the slide warns that phones cannot reach it', async () => {
    const scanned = await slideQr(s.page, baseUrl);
    expect(placeOf(scanned!)).toBe(placeOf(s.page.url()));
    const note = await s.page.getByTestId('share-note').textContent();
    expect(note).toContain(`Phones cannot open ${new URL(baseUrl).host}`);
    expect(note).toContain('npm run start:lan');
    await expectQrOnScreen(s.page, 'loopback');
    // The classroom page's code for the explorer view scans too.
    await s.page.setViewportSize({ width: 390, height: 844 });
    await s.page.goto(`${baseUrl}?v=2&page=classroom`);
    await s.page.locator('.share-qr svg').waitFor();
    const panel = await scanQr(s.page, '.share-qr svg');
    expect(placeOf(panel!)).toBe(placeOf(s.page.url()));
    // The explorer is the default page: its link names no other.
    expect(new URL(panel!).searchParams.get('page') ?? 'explore').toBe('explore');
    await screenshot(s.page, 'qr-classroom-390');
    // This session opened three addresses of this computer; nothing else was asked for.
    const mine = [server.local, server.network, baseUrl].flatMap((u) =>
      u ? [new URL(u).origin] : [],
    );
    expect(s.foreignRequests.filter((u) => !mine.some((o) => u.startsWith(o)))).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
