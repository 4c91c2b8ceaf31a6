import path from 'node:path';
import { build, preview } from 'vite';

/**
 * The production build served on a loopback port for a browser benchmark: built into
 * .tmp/bench-dist unless an already built `outDir` is given. Close it with `close()`.
 */
export async function serveBuild(
  outDir?: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  let dir = outDir;
  if (!dir) {
    dir = path.resolve('.tmp/bench-dist');
    await build({ logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
  }
  const server = await preview({
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('bench: no preview URL');
  return {
    url,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
