/**
 * The local server's answer to "where can phones reach me?": `lan-address.json`, which a page
 * opened at 127.0.0.1 reads to put a reachable address into its QR code
 * (src/queries/lanAddress.ts). Served by `npm start` and by the browser tests' preview server.
 */
import { networkInterfaces } from 'node:os';
import type { Plugin } from 'vite';

/** This computer's IPv4 network addresses (not loopback), the ones phones can reach. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

/** `lan`: whether the server listens on the network; `urls`: the addresses it does so at. */
export function lanAddressFile(answer: () => { lan: boolean; urls: string[] }): Plugin {
  return {
    name: 'lan-address',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url || !/\/lan-address\.json(\?|$)/.test(req.url)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-store');
        res.end(JSON.stringify(answer()));
      });
    },
  };
}
