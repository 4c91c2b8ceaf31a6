import { existsSync } from 'node:fs';
import path from 'node:path';

/** ../shared/datasets/hhs-ocr beside the project, where the real exports live. */
export const SHARED_EXPORTS = path.resolve(process.cwd(), '../shared/datasets/hhs-ocr');

/**
 * Whether real-data tests can run. Under CI the exports must be there (a missing folder fails);
 * elsewhere the tests are skipped with a visible message.
 */
export function hasSharedExports(): boolean {
  if (existsSync(SHARED_EXPORTS)) return true;
  if (process.env.CI) throw new Error(`${SHARED_EXPORTS} is missing: real-data tests must run under CI`);
  console.warn(`\n  SKIPPED real-data tests: ${SHARED_EXPORTS} not found\n`);
  return false;
}

/** HIPAA Journal's published breach counts per submission year, which the merge must reproduce. */
export const PUBLISHED_BREACHES_PER_YEAR: Record<number, number> = { 2009: 18, 2015: 270, 2019: 511, 2021: 715, 2022: 720 };
