/**
 * The one-file edition (`npm run build:single`): after a normal build without code splitting,
 * folds everything into one HTML file that opens by double-click from a USB stick (file://).
 *
 * - The entry script and the stylesheet are inlined and allowed by their SHA-256 hashes in the
 *   page's Content-Security-Policy (no 'unsafe-inline').
 * - Every other file the build emitted (workers, datasets in whatever format, images) travels in
 *   one `<script type="application/json">` block (data, never executed), text files gzipped
 *   (unzipped with the browser's DecompressionStream before the app starts). The page turns
 *   each data file into a data: URL (a page opened from file:// has an opaque origin, so its
 *   workers cannot fetch its blob: URLs) and each worker into a blob: URL started as a classic
 *   worker (Chromium refuses module workers there; single mode builds workers as IIFE).
 *   Vite's `renderBuiltUrl` makes every asset URL in the code (`?url` imports,
 *   `new Worker(new URL(…))`) a call to SINGLE_FILE_ASSET, which returns that URL, and fetches
 *   of a relative path to an emitted file are answered from it too.
 *
 * Nothing here knows the app's file names, so new chunks, workers or dataset formats need no
 * change.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

/** The global function asset URLs are rendered as in the one-file build. */
export const SINGLE_FILE_ASSET = 'globalThis.__hbaAsset';

export const SINGLE_FILE_NAME = 'health-breach-atlas.html';

interface PackedFile {
  type: string;
  /** Text files, and binary ones that shrink: gzipped, base64. */
  gzip?: string;
  /** A gzipped file that is not text (its bytes become a blob: URL). */
  binary?: boolean;
  /** Other files: base64. */
  base64?: string;
  /** A script that names other files itself (gets the table of them when it starts). */
  names?: boolean;
}

const TEXT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};
const BINARY_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? listFiles(full, root)
      : [path.relative(root, full).split(path.sep).join('/')];
  });
}

function pack(file: string, bytes: Buffer): PackedFile {
  const ext = path.extname(file).toLowerCase();
  const text = TEXT_TYPES[ext];
  // Text (scripts, CSV, JSON) shrinks about six-fold gzipped: a smaller file, parsed faster.
  if (text)
    return {
      type: text,
      gzip: gzipSync(bytes, { level: 9 }).toString('base64'),
      ...(text === 'text/javascript' &&
        bytes.toString('utf8').includes(SINGLE_FILE_ASSET) && { names: true }),
    };
  const type = BINARY_TYPES[ext] ?? 'application/octet-stream';
  // A data file (the breach table file) shrinks by gzip too; images and fonts do not.
  const gzipped = gzipSync(bytes, { level: 9 });
  if (gzipped.length < bytes.length * 0.8)
    return { type, gzip: gzipped.toString('base64'), binary: true };
  return { type, base64: bytes.toString('base64') };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Runs first in the page: answers SINGLE_FILE_ASSET and same-folder fetches with a URL of the
 * packed file, made when first asked for (a page that never shows a file never decodes it). A
 * worker whose code names files itself gets the table of data files in a prelude.
 */
function bootstrap(): string {
  return `await (async () => {
  const files = JSON.parse(document.getElementById('hba-files').textContent);
  const bytesOf = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  // Unzipped before the app's code runs (top-level await), so every URL below is ready at once.
  await Promise.all(Object.values(files).map(async (f) => {
    if (f.gzip === undefined) return;
    const stream = new Blob([bytesOf(f.gzip)]).stream().pipeThrough(new DecompressionStream('gzip'));
    if (f.binary) f.blob = await new Response(stream).blob();
    else f.text = await new Response(stream).text();
  }));
  const made = {};
  const workers = new Set();
  const lookup = (table) => (name) => {
    const url = table[name];
    if (!url) throw new Error(name + ' is not part of the one-file edition');
    return url;
  };
  const urlOf = (name) => {
    if (made[name]) return made[name];
    const f = files[name];
    if (!f) return lookup({})(name);
    if (f.blob) return (made[name] = URL.createObjectURL(f.blob));
    if (f.type !== 'text/javascript')
      return (made[name] = f.text === undefined
        ? 'data:' + f.type + ';base64,' + f.base64
        : 'data:' + f.type + ';charset=utf-8,' + encodeURIComponent(f.text));
    // A worker that names assets itself gets the table of data files (made once, only then).
    const table = {};
    if (f.names)
      for (const other of Object.keys(files))
        if (files[other].type !== 'text/javascript') table[other] = urlOf(other);
    const prelude = f.names ? ${JSON.stringify(`${SINGLE_FILE_ASSET} = (`)} + lookup.toString() + ')(' + JSON.stringify(table) + ');\\n' : '';
    made[name] = URL.createObjectURL(new Blob([prelude, f.text], { type: f.type }));
    workers.add(made[name]);
    return made[name];
  };
  ${SINGLE_FILE_ASSET} = urlOf;
  const PageWorker = globalThis.Worker;
  if (PageWorker)
    globalThis.Worker = class extends PageWorker {
      constructor(url, options) {
        super(url, workers.has(String(url)) ? { ...options, type: 'classic' } : options);
      }
    };
  const folder = new URL('./', location.href).href;
  const fetchFile = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input, init) => {
    if (typeof input === 'string' || input instanceof URL) {
      const url = new URL(String(input), location.href).href;
      const name = url.startsWith(folder) ? decodeURIComponent(url.slice(folder.length).split(/[?#]/)[0]) : '';
      if (Object.hasOwn(files, name)) return fetchFile(urlOf(name), init);
    }
    return fetchFile(input, init);
  };
})();
`;
}

/** The page's policy for the one-file edition: hashes for the inline script and style. */
export function singleFilePolicy(policy: string, scriptHash: string, styleHash: string): string {
  const directives = new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
  directives.set('script-src', scriptHash);
  directives.set('style-src', styleHash);
  directives.set('connect-src', 'blob: data:');
  directives.set('worker-src', 'blob:');
  directives.set('img-src', 'data: blob:');
  directives.set('manifest-src', "'none'");
  return [...directives].map(([k, v]) => `${k} ${v}`).join('; ');
}

/** Inlines a script body safely: `</script` inside the code must not end the element. */
function inlineScript(code: string): string {
  if (code.includes('<!--'))
    throw new Error('one-file build: the bundle contains "<!--", which cannot be inlined safely');
  return code.replace(/<\/script/gi, '<\\/script');
}

export function singleFile(policy: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'single-file',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      // Worker bundles close first; the page's own bundle is the one that wrote index.html.
      if (!existsSync(path.join(outDir, 'index.html'))) return;
      let html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
      const entry = /<script type="module"[^>]*src="\.\/([^"]+)"[^>]*><\/script>/.exec(html);
      if (!entry?.[1]) throw new Error('one-file build: no entry script in index.html');
      const styles = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+)"[^>]*>/g)];
      const inlined = new Set([entry[1], ...styles.map((m) => m[1] ?? '')]);
      const files: Record<string, PackedFile> = {};
      for (const file of listFiles(outDir))
        if (file !== 'index.html' && !inlined.has(file))
          files[file] = pack(file, readFileSync(path.join(outDir, file)));

      const code = inlineScript(bootstrap() + readFileSync(path.join(outDir, entry[1]), 'utf8'));
      const css = styles
        .map((m) => readFileSync(path.join(outDir, m[1] ?? ''), 'utf8'))
        .join('\n')
        .replace(/<\/style/gi, '<\\/style');
      // JSON with every "<" escaped cannot end or confuse the element that holds it.
      const data = JSON.stringify(files).replace(/</g, '\\u003c');
      const favicon = files['favicon.svg'];

      html = html
        .replace(entry[0], '')
        .replace(/<link rel="(stylesheet|modulepreload|manifest|apple-touch-icon)"[^>]*>\s*/g, '')
        .replace(
          /<meta http-equiv="Content-Security-Policy" content="[^"]*"/,
          `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(policy, sha256(code), sha256(css))}"`,
        )
        .replace(
          /<link rel="icon"[^>]*>/,
          favicon?.gzip
            ? `<link rel="icon" href="data:image/svg+xml;base64,${gunzipSync(Buffer.from(favicon.gzip, 'base64')).toString('base64')}" type="image/svg+xml" />`
            : '',
        )
        .replace('</head>', () => `<style>${css}</style>\n</head>`)
        .replace(
          '</body>',
          () =>
            `<script type="application/json" id="hba-files">${data}</script>\n` +
            `<script type="module">${code}</script>\n</body>`,
        );

      const target = path.resolve(outDir, '..', SINGLE_FILE_NAME);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, html);
      rmSync(outDir, { recursive: true, force: true });
      const mb = (Buffer.byteLength(html) / 1024 / 1024).toFixed(1);
      config.logger.info(
        `\nOne-file edition: ${path.relative(config.root, target)} (${mb} MB)\n` +
          'Copy it anywhere (a USB stick, a shared drive, an e-mail) and open it by double-click:\n' +
          'no server, no network. Imported data stays in the browser that opened it.\n',
      );
    },
  };
}
