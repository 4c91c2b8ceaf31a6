import type { BreachTable } from '../../data/table/BreachTable';
import type { ClaimInput, NotableBreach } from '../../data/claims/checkClaims';
import { formatIsoDay } from '../../data/dates/formatIsoDay';
import type { CountHistory } from '../../data/datasets/parseCountHistory';
import { rollupByYear } from '../../data/views/rollupByYear';
import { selectRows } from '../../data/views/filterTable';
import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { breachId, breachName } from '../../data/table/breachText';

/**
 * What checkClaims needs from the whole breach table: totals per submission year and the largest
 * breach (by known count) of each year, with its count history when that file has loaded. Every
 * breach counts, unfiltered: the claims are about the whole record, not the explorer's selection.
 * With the workforce data, the projections and quoted salaries too (growth and pay claims).
 */
export function claimInputs(
  table: BreachTable,
  history: CountHistory | null,
  workforce: Pick<WorkforceData, 'projections' | 'quotes'> | null = null,
): ClaimInput {
  const years = rollupByYear(table, selectRows(table, []));
  const best = new Map<number, number>();
  for (let r = 0; r < table.length; r += 1) {
    if (table.hasCount[r] !== 1) continue;
    const y = table.year[r]!;
    const current = best.get(y);
    // Ties go to the earlier submission, so the answer does not depend on file order.
    if (
      current === undefined ||
      table.individuals[r]! > table.individuals[current]! ||
      (table.individuals[r] === table.individuals[current] && table.day[r]! < table.day[current]!)
    )
      best.set(y, r);
  }
  const largestByYear: NotableBreach[] = [...best.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, r]) => {
      const sightings = history?.get(breachId(table, r));
      return {
        name: breachName(table, r),
        year,
        submitted: formatIsoDay(table.day[r]!),
        individuals: table.individuals[r]!,
        ...(sightings
          ? { history: sightings.map((s) => ({ date: s.date, individuals: s.individuals })) }
          : {}),
      };
    });
  return workforce
    ? { years, largestByYear, projections: workforce.projections, quotes: workforce.quotes }
    : { years, largestByYear };
}
