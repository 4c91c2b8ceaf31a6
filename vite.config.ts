import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The production Content-Security-Policy: only this origin may serve scripts, styles, data and
 * workers, so no CDN, font host or analytics can be reached even by mistake. Added at build
 * time only, because the dev server's hot reload needs an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// The app reads only datasets/ (imported with ?url so Vite fingerprints and ships them).
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200, assetsInlineLimit: 0 },
  worker: { format: 'es' },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
