/**
 * Draws the app icons (public/icon-*.png) from public/favicon.svg in Chromium, so the installable
 * app's icons are the favicon at every size. Run after changing the favicon:
 * `npx tsx scripts/renderIcons.ts`. The maskable icon keeps the drawing inside the safe zone.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/favicon.svg', 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const icons = [
  { file: 'public/icon-192.png', size: 192, inset: 0, background: 'transparent' },
  { file: 'public/icon-512.png', size: 512, inset: 0, background: 'transparent' },
  // Maskable: the platform may crop to a circle, so the drawing sits in the middle 80 %.
  { file: 'public/icon-maskable-512.png', size: 512, inset: 0.1, background: '#1f4e79' },
];
for (const icon of icons) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
  const pad = Math.round(icon.size * icon.inset);
  await page.setContent(
    `<body style="margin:0;background:${icon.background}"><img src="${dataUrl}" ` +
      `style="display:block;margin:${pad}px;width:${icon.size - 2 * pad}px;height:${icon.size - 2 * pad}px"></body>`,
  );
  await page.screenshot({ path: icon.file, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(icons.map((i) => i.file).join('\n'));
