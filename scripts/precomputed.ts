import { tsImport } from 'tsx/esm/api';

type Precompute = typeof import('./precompute.ts');
let loaded: Promise<Precompute> | null = null;

/**
 * scripts/precompute.ts, loaded once per build with tsx (the app's modules use extensionless
 * imports, which the config's own loader does not follow).
 */
export function precomputed(): Promise<Precompute> {
  loaded ??= tsImport('./precompute.ts', import.meta.url) as Promise<Precompute>;
  return loaded;
}
