import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { SINGLE_FILE_ASSET, singleFile } from './scripts/singleFile.ts';
import { howToHost } from './scripts/howToHost.ts';
import { breachTableFile } from './scripts/breachTableFile.ts';
import { stateShapes } from './scripts/stateShapes.ts';

/**
 * The production Content-Security-Policy: only this origin may serve scripts, styles, data and
 * workers, so no CDN, font host or analytics can be reached even by mistake. Added at build
 * time only (as a meta tag, so it travels with dist/ to any static host), because the dev
 * server's hot reload needs an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
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

/** The app's name and colours, shared by the web app manifest and the page. */
const APP = {
  name: 'Health Breach Atlas',
  short_name: 'Breach Atlas',
  description:
    'Every U.S. health-data breach reported to HHS since 2009, beside the workforce data, with sources.',
  theme_color: '#1f4e79',
  background_color: '#ffffff',
};

/**
 * Offline after the first visit: Workbox precaches every file of the build (app, workers,
 * datasets, icons), so a projector laptop that lost its network still presents. A new build has
 * new file names, so its service worker waits until the page offers "Reload for the new
 * version" (src/app/offline); then the old cache is dropped.
 */
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.svg'],
    manifest: {
      ...APP,
      display: 'standalone',
      start_url: './',
      scope: './',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // Whatever the build emits: chunks, workers, styles, datasets in any format.
      globPatterns: ['**/*'],
      globIgnores: ['**/*.map'],
      maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // Hashed names already tell versions apart; the query (?v=2&page=…) is state, not a file.
      ignoreURLParametersMatching: [/.*/],
    },
  });
}

// The app reads only datasets/ (imported with ?url so Vite fingerprints and ships them).
// `vite build --mode single` (npm run build:single) writes the one-file edition instead.
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    plugins: [
      react(),
      contentSecurityPolicy(),
      stateShapes(),
      breachTableFile({ preload: single ? [] : [/\.hbat$/, /^assets\/manifest-[\w-]+\.json$/] }),
      ...(single ? [singleFile(CONTENT_SECURITY_POLICY)] : [offline(), howToHost()]),
    ],
    base: './',
    build: {
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: single ? 100_000 : 1200,
      assetsInlineLimit: 0,
      rolldownOptions: {
        // The table file and the map outlines are computed during the build (1–2 s, on purpose),
        // which this check would report on every build.
        checks: { pluginTimings: false },
        ...(single && { output: { codeSplitting: false } }),
      },
      ...(single && {
        outDir: 'dist-single/.build',
        modulePreload: false,
        cssCodeSplit: false,
      }),
    },
    // The one-file edition starts its workers from blob: URLs, which Chromium runs only as
    // classic workers when the page comes from file://.
    worker: { format: single ? 'iife' : 'es' },
    experimental: single
      ? {
          // Asset URLs in code ask the one-file page for a blob: URL (scripts/singleFile.ts).
          renderBuiltUrl: (file: string, { hostType }: { hostType: string }) =>
            hostType === 'js'
              ? { runtime: `${SINGLE_FILE_ASSET}(${JSON.stringify(file)})` }
              : undefined,
        }
      : {},
    preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  };
});
