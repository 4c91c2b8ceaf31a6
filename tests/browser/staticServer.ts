import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticHost {
  /** The site's address, ending in the sub-path: http://127.0.0.1:PORT/atlas/ */
  url: string;
  /** Every path the browser asked for, in order. */
  requested: string[];
  close: () => Promise<void>;
}

/**
 * A plain static file server, as a school's web host is: files of `dir` under `prefix`, a
 * directory answered by its index.html, no headers beyond the content type (so the CSP must come
 * from the page itself), no rewrites, 404 for anything else.
 */
export async function serveStatic(folder: string, prefix = '/atlas/'): Promise<StaticHost> {
  const dir = path.resolve(folder);
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    requested.push(url.pathname);
    let file = '';
    if (url.pathname.startsWith(prefix)) {
      file = path.join(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    }
    if (!file || !file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
