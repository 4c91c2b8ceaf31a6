import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openBrowser, screenshot, type Session } from './browser';
import { expectEveryPage, expectHandout, expectShippedExplorer, expectSlide } from './everyPage';
import { serveStatic, type StaticHost } from './staticServer';

const run = hasChromium();
const DIST = process.env.HBA_DIST ?? 'dist';

/** A copy of the build to serve, so a test can publish a "new build" without touching dist/. */
function copyOfBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hba-site-'));
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

describe.skipIf(!run)('the static build on a plain static host, under a sub-path', () => {
  let site: string;
  let host: StaticHost;
  let s: Session;
  beforeAll(async () => {
    site = copyOfBuild();
    host = await serveStatic(site, '/atlas/');
    s = await openBrowser(host.url);
  });
  afterAll(async () => {
    await s?.close();
    await host?.close();
    rmSync(site, { recursive: true, force: true });
  });

  it('every page works from https://host/atlas/: data loads, nothing is asked outside the sub-path or the origin', async () => {
    await expectEveryPage(s.page, host.url);
    expect(host.requested.filter((p) => !p.startsWith('/atlas/'))).toEqual([]);
    // The explorer's table file (made from breaches.csv at build time) came from under the sub-path.
    expect(host.requested.some((p) => /\/atlas\/assets\/breaches-[\w-]+\.hbat$/.test(p))).toBe(
      true,
    );
    expect(s.foreignRequests).toEqual([]);
    // At a loopback address the classroom page asks for `npm start`'s lan-address.json (for the
    // QR code); a plain host has none, and says 404. Nothing else may fail.
    expect(s.errors.filter((e) => !e.endsWith('/atlas/lan-address.json)'))).toEqual([]);
  });

  it('the page carries its own Content-Security-Policy (the host sends none) and its web app manifest', async () => {
    await s.page.goto(host.url);
    const csp = await s.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const manifest = JSON.parse(readFileSync(path.join(site, 'manifest.webmanifest'), 'utf8')) as {
      start_url: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.start_url).toBe('./');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    const icon = await s.page.request.get(new URL(manifest.icons[0]!.src, host.url).href);
    expect(icon.headers()['content-type']).toBe('image/png');
  });
});

describe.skipIf(!run)('offline after the first visit, and a new build replaces the old one', () => {
  let site: string;
  let host: StaticHost;
  let s: Session;
  beforeAll(async () => {
    site = copyOfBuild();
    host = await serveStatic(site, '/atlas/');
    s = await openBrowser(host.url, { width: 1280, height: 800 }, { serviceWorkers: 'allow' });
  });
  afterAll(async () => {
    await s?.close();
    await host?.close();
    rmSync(site, { recursive: true, force: true });
  });

  it('the first visit stores the app and datasets and says "Available offline"', async () => {
    await s.page.goto(host.url);
    await expect
      .poll(() => s.page.getByTestId('offline-status').textContent(), { timeout: 30_000 })
      .toContain('Available offline');
    await s.page.getByTestId('offline-status').scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: '.tmp/screenshots/offline-available.png' });
    await s.page.setViewportSize({ width: 390, height: 844 });
    await s.page.screenshot({ path: '.tmp/screenshots/offline-available-390.png' });
    const status = await s.page.getByTestId('offline-status').boundingBox();
    expect(status!.x + status!.width).toBeLessThanOrEqual(390);
    await s.page.setViewportSize({ width: 1280, height: 800 });
    // Every file of the build is in the cache, the datasets included.
    const cached = await s.page.evaluate(async () => {
      const urls: string[] = [];
      for (const key of await caches.keys())
        for (const r of await (await caches.open(key)).keys()) urls.push(r.url);
      return urls;
    });
    expect(cached.some((u) => /assets\/breaches-[\w-]+\.csv/.test(u))).toBe(true);
    expect(cached.some((u) => /assets\/count-history-[\w-]+\.csv/.test(u))).toBe(true);
    expect(cached.some((u) => /\/index\.html/.test(u))).toBe(true);
  });

  it('with the network gone, a reload still shows the dashboard, a slide and the handout', async () => {
    await s.browser.setOffline(true);
    await expect
      .poll(() => s.page.getByTestId('offline-status').textContent(), { timeout: 10_000 })
      .toContain('Offline: running from the saved copy');
    await s.page.getByTestId('offline-status').scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: '.tmp/screenshots/offline-no-network.png' });
    await s.page.reload();
    await expectShippedExplorer(s.page, host.url);
    await screenshot(s.page, 'offline-dashboard');
    await expectSlide(s.page, host.url);
    await expectHandout(s.page, host.url);
    await s.browser.setOffline(false);
  });

  it('a new build on the host is offered as "Reload for the new version" and then replaces the old cache', async () => {
    // Publish a new build: a changed page, and a service worker whose precache list says so
    // (Workbox revisions are MD5 hashes of the content).
    const indexFile = path.join(site, 'index.html');
    const oldIndex = readFileSync(indexFile, 'utf8');
    const newIndex = oldIndex.replace('<head>', '<head><meta name="hba-build" content="2">');
    const md5 = (text: string) => createHash('md5').update(text).digest('hex');
    writeFileSync(indexFile, newIndex);
    const sw = readFileSync(path.join(site, 'sw.js'), 'utf8');
    expect(sw).toContain(md5(oldIndex));
    writeFileSync(path.join(site, 'sw.js'), sw.replace(md5(oldIndex), md5(newIndex)));

    await s.page.goto(host.url);
    const offer = s.page.getByRole('button', { name: 'Reload for the new version' });
    await offer.waitFor({ timeout: 30_000 });
    // The page still runs the old build until the user chooses.
    expect(await s.page.locator('meta[name="hba-build"]').count()).toBe(0);
    await screenshot(s.page, 'offline-update-offer');
    await s.page.getByTestId('offline-status').scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: '.tmp/screenshots/offline-update-offer-header.png' });
    await Promise.all([s.page.waitForEvent('load'), offer.click()]);
    await expect
      .poll(() => s.page.locator('meta[name="hba-build"]').count(), { timeout: 20_000 })
      .toBe(1);
    await expect
      .poll(() => s.page.getByTestId('offline-status').textContent(), { timeout: 20_000 })
      .toContain('Available offline');
    // One copy of the page in the cache, the new one; offline, the new build opens.
    const pages = await s.page.evaluate(async () => {
      const urls: string[] = [];
      for (const key of await caches.keys())
        for (const r of await (await caches.open(key)).keys())
          if (r.url.includes('index.html')) urls.push(r.url);
      return urls;
    });
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain(md5(newIndex));
    await s.browser.setOffline(true);
    await s.page.reload();
    expect(await s.page.locator('meta[name="hba-build"]').count()).toBe(1);
    await expectShippedExplorer(s.page, host.url);
    await s.browser.setOffline(false);
    expect(s.foreignRequests).toEqual([]);
  });
});
