/**
 * `npm start`: builds the app and serves the production build (with its CSP) on this computer.
 *
 *   npm start                  http://127.0.0.1:4173 — this computer only
 *   npm start -- --lan         also on this computer's network address(es), printed, so students'
 *   npm run start:lan          phones on the same network can open the page from the QR code
 *   --port N                   another port (0: any free one)
 *   --no-build                 serve the existing build (HBA_DIST or dist/)
 *
 * The server also answers `lan-address.json` with the network addresses it serves on, so a page
 * opened at 127.0.0.1 can put a reachable address into its QR code. A static host has no such
 * file; the page then only warns when its own address is a loopback one.
 */
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { lanAddresses, lanAddressFile } from './lanAddress.ts';

const { values } = parseArgs({
  options: {
    lan: { type: 'boolean', default: false },
    port: { type: 'string', default: '4173' },
    build: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const outDir = process.env.HBA_DIST ?? 'dist';
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`start: --port must be a port number (got ${values.port})`);
  process.exit(1);
}

if (values.build) await build({ logLevel: 'warn', build: { outDir } });

let lanUrls: string[] = [];
const server = await preview({
  build: { outDir },
  preview: {
    host: values.lan ? '0.0.0.0' : '127.0.0.1',
    port,
    strictPort: port !== 0,
    open: false,
  },
  plugins: [lanAddressFile(() => ({ lan: values.lan, urls: lanUrls }))],
  logLevel: 'warn',
});
const address = server.httpServer.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
const local = `http://127.0.0.1:${actualPort}/`;
lanUrls = values.lan ? lanAddresses().map((ip) => `http://${ip}:${actualPort}/`) : [];

console.log(`\n  Health Breach Atlas is running.\n  On this computer:  ${local}`);
if (values.lan) {
  if (lanUrls.length === 0)
    console.log('  No network address found: connect this computer to a network and start again.');
  for (const url of lanUrls) console.log(`  On the network:    ${url}`);
  console.log('  Students open the network address (or scan the QR code on a slide: press q).');
  console.log('  Anyone on this network can open it while it runs. Ctrl+C stops it.\n');
} else {
  console.log('  Only this computer can open it. For students’ phones: npm run start:lan');
  console.log('  Ctrl+C stops it.\n');
}
