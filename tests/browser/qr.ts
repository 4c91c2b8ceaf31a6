import jsQR from 'jsqr';
import type { Page } from './browser';

/**
 * Reads a QR code drawn on the page as a phone would: its SVG painted into a canvas (white
 * border kept), the pixels decoded with jsQR. Returns the text, or null when it does not scan.
 */
export async function scanQr(page: Page, selector: string): Promise<string | null> {
  const image = await page.evaluate(async (sel: string) => {
    const svg = document.querySelector(sel);
    if (!svg) return null;
    const n = Number(svg.getAttribute('viewBox')?.split(' ')[2] ?? 0);
    const scale = 6;
    const img = new Image();
    img.src = `data:image/svg+xml;base64,${btoa(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = n * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { width: data.width, height: data.height, pixels: Array.from(data.data) };
  }, selector);
  if (!image) return null;
  return (
    jsQR(Uint8ClampedArray.from(image.pixels), image.width, image.height, {
      inversionAttempts: 'dontInvert',
    })?.data ?? null
  );
}
