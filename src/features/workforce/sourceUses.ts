import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { formatCycle } from './formatFigures';

/**
 * What each source backs on this page, worked out from the rows that name it: so the sources
 * panel says "projections 2024–34" because a projections row cites the source, not because
 * someone wrote it down.
 */
export function sourceUses(data: WorkforceData): Map<string, string[]> {
  const uses = new Map<string, Set<string>>();
  const add = (key: string, use: string) => {
    const set = uses.get(key) ?? new Set<string>();
    set.add(use);
    uses.set(key, set);
  };
  for (const p of data.projections) {
    add(p.sourceKey, `projections ${formatCycle(p.cycle)}`);
    for (const k of p.crossCheckKeys) add(k, `cross-check of projections ${formatCycle(p.cycle)}`);
  }
  for (const p of data.pay) {
    add(p.sourceKey, `pay, ${p.periodLabel}`);
    for (const k of p.crossCheckKeys) add(k, `cross-check of pay, ${p.periodLabel}`);
  }
  for (const q of data.quotes) add(q.sourceKey, `Payscale salary ${q.status}`);
  return new Map([...uses.entries()].map(([k, v]) => [k, [...v]]));
}
