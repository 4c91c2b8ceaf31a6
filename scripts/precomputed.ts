import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

type Precompute = typeof import('./precompute.ts');
let loaded: Promise<Precompute> | null = null;

/** scripts/precompute.ts, loaded once per build through Vite's module runner. */
export function precomputed(): Promise<Precompute> {
  loaded ??= runnerImport<Precompute>(fileURLToPath(new URL('./precompute.ts', import.meta.url)), {
    configFile: false,
    logLevel: 'error',
  }).then((r) => r.module);
  return loaded;
}
