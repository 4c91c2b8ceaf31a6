import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, openBrowser, type Session } from './browser';

const run = hasChromium();

describe.skipIf(!run)('Back and Forward move within the app (built app, Chromium)', () => {
  const baseUrl = inject('baseUrl');
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser(baseUrl);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('page switches and presenting are history entries; Back and Forward walk them', async () => {
    const { page } = s;
    await page.goto(baseUrl);
    await page.getByTestId('overview-breaches').waitFor();
    const nav = page.getByRole('navigation', { name: 'Pages' });
    await nav.getByRole('button', { name: 'Workforce & the case' }).click();
    await nav.getByRole('button', { name: 'Classroom' }).click();
    await expect.poll(() => page.url()).toContain('page=classroom');
    await page
      .getByRole('button', { name: /^Present/ })
      .first()
      .click();
    await page.locator('.slide-canvas').waitFor();
    expect(page.url()).toContain('mode=present');
    await page.goBack();
    await expect.poll(() => page.locator('.slide-canvas').count()).toBe(0);
    await expect.poll(() => page.url()).toContain('page=classroom');
    await page.goBack();
    await expect.poll(() => page.url()).toContain('page=workforce');
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('page=');
    await page.getByTestId('overview-breaches').waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(baseUrl).origin);
    await page.goForward();
    await expect.poll(() => page.url()).toContain('page=workforce');
  });
});
