/**
 * `import url from '…/breaches.csv?table'` gives the URL of the breach table as a binary table
 * file (src/data/table/tableFile.ts), made from the CSV at build time by the app's own reader:
 * the page fetches it and takes the columns over without parsing a line. datasets/breaches.csv
 * stays the file of record (downloads, imports and tests read it); this is only its fast form.
 * The page's HTML preloads the file, so it is on its way before the app's code has loaded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { precomputed } from './precomputed.ts';

const SUFFIX = '?table';
/** The CSV's path of an id asking for its table file (the dev server adds `?import&table`). */
const csvOf = (id: string): string | null =>
  /[?&]table$/.test(id) ? (id.split('?')[0] ?? null) : null;
const DEV_PATH = '/@hba-table/';

async function tableBytes(csvPath: string): Promise<Uint8Array> {
  return (await precomputed()).tableFileBytes(readFileSync(csvPath, 'utf8'));
}

/**
 * `preload`: emitted files the page's HTML should start fetching at once (the table file and the
 * manifest are what the first chart waits for); none in the one-file edition.
 */
export function breachTableFile({ preload }: { preload: readonly RegExp[] }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'breach-table-file',
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId: {
      filter: { id: /\?table$/ },
      async handler(source, importer) {
        if (!source.endsWith(SUFFIX)) return null;
        const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, {
          skipSelf: true,
        });
        return resolved ? `${resolved.id}${SUFFIX}` : null;
      },
    },
    load: {
      filter: { id: /[?&]table$/ },
      async handler(id) {
        const csvPath = csvOf(id);
        if (csvPath === null) return null;
        this.addWatchFile(csvPath);
        const name =
          csvPath
            .split(/[\\/]/)
            .pop()
            ?.replace(/\.csv$/, '.hbat') ?? 'table.hbat';
        if (config.command === 'serve')
          return `export default ${JSON.stringify(`${DEV_PATH}${encodeURIComponent(csvPath)}`)};`;
        const ref = this.emitFile({ type: 'asset', name, source: await tableBytes(csvPath) });
        // Vite's own asset placeholder: it becomes the file's URL (relative, or the one-file
        // edition's lookup) like every other asset.
        return `export default "__VITE_ASSET__${ref}__";`;
      },
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (req, res, next) => {
        const csvPath = decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0] ?? '');
        // Only the project's own CSV files (the dev server listens on this machine only).
        if (
          !csvPath.endsWith('.csv') ||
          !path.resolve(csvPath).startsWith(`${config.root}${path.sep}`)
        ) {
          res.statusCode = 404;
          res.end();
          return;
        }
        tableBytes(csvPath).then((bytes) => {
          res.setHeader('Content-Type', 'application/octet-stream');
          res.end(bytes);
        }, next);
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        return Object.values(ctx.bundle)
          .filter((f) => f.type === 'asset' && preload.some((p) => p.test(f.fileName)))
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `./${f.fileName}`, as: 'fetch', crossorigin: true },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
