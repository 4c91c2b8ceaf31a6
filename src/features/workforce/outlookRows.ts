import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import type { Occupation, Pay, Projection } from '../../data/workforce/workforceTypes';

export interface OutlookRow {
  occupation: Occupation;
  /** Null when the cycle has no confirmed row for this occupation. */
  projection: Projection | null;
  pay: Pay | null;
}

/** Projection cycles in the data, oldest first. */
export function cyclesOf(data: WorkforceData): string[] {
  return [...new Set(data.projections.map((p) => p.cycle))].sort();
}

/** Pay periods in the data, oldest first, with their readable labels. */
export function periodsOf(data: WorkforceData): { period: string; label: string }[] {
  const labels = new Map<string, string>();
  for (const p of data.pay) if (!labels.has(p.period)) labels.set(p.period, p.periodLabel);
  return [...labels.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([period, label]) => ({ period, label }));
}

/**
 * One row per occupation in occupations.csv order, with the chosen cycle's projection and the
 * chosen period's pay; the all-occupations benchmark comes back apart, for the comparison line.
 */
export function outlookRows(
  data: WorkforceData,
  cycle: string,
  period: string,
): { rows: OutlookRow[]; benchmark: OutlookRow | null } {
  const all = data.occupations.map((occupation) => ({
    occupation,
    projection:
      data.projections.find((p) => p.occupationKey === occupation.key && p.cycle === cycle) ?? null,
    pay: data.pay.find((p) => p.occupationKey === occupation.key && p.period === period) ?? null,
  }));
  return {
    rows: all.filter((r) => !r.occupation.roles.includes('benchmark')),
    benchmark: all.find((r) => r.occupation.roles.includes('benchmark')) ?? null,
  };
}

/** The distinct source keys of some rows, space-separated, for a data-source attribute. */
export function sourceKeysOf(rows: readonly ({ sourceKey: string } | null)[]): string {
  return [...new Set(rows.flatMap((r) => (r ? [r.sourceKey] : [])))].join(' ');
}

export interface OutlookChoice {
  cycles: string[];
  periods: { period: string; label: string }[];
  /** The chosen cycle when the data has it, else the newest; '' when the data has none. */
  cycle: string;
  /** The chosen pay period when the data has it, else the newest; null when the data has none. */
  period: { period: string; label: string } | null;
}

/** Applies the store's choices (null = default) to what the data offers. */
export function resolveOutlookChoice(
  data: WorkforceData,
  cycle: string | null,
  period: string | null,
): OutlookChoice {
  const cycles = cyclesOf(data);
  const periods = periodsOf(data);
  return {
    cycles,
    periods,
    cycle: cycle !== null && cycles.includes(cycle) ? cycle : (cycles[cycles.length - 1] ?? ''),
    period: periods.find((p) => p.period === period) ?? periods[periods.length - 1] ?? null,
  };
}
