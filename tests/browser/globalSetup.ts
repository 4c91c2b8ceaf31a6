import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { lanAddressFile } from '../../scripts/lanAddress';

let server: PreviewServer | undefined;

/** Serves dist/ on a free loopback port, as `npm start` does, and hands its URL to the tests. */
export default async function setup(project: TestProject) {
  // HBA_DIST lets several people (or agents) test their own builds side by side.
  const outDir = process.env.HBA_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/ is missing: run \`vite build\` first (npm run test:browser does)`);
  server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'error',
    // As `npm start` serves it: on this computer only, and saying so in lan-address.json.
    plugins: [lanAddressFile(() => ({ lan: false, urls: [] }))],
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report a URL');
  project.provide('baseUrl', url);
  return async () => {
    await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
