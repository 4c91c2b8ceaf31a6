import type { BreachTable } from '../table/BreachTable';
import { countByCategory } from '../views/countByCategory';
import { formatShare } from '../views/describeSelection';
import type { FilterClause } from '../views/FilterClause';
import { selectRows } from '../views/filterTable';
import { rollupByYear } from '../views/rollupByYear';
import { summarise } from '../views/summarise';
import { breachName } from '../table/breachText';

const fmt = new Intl.NumberFormat('en-US');

/** The facts a caption may name, e.g. "{individuals} people in {years}". */
export const FACT_TOKENS = [
  'breaches',
  'individuals',
  'years',
  'largest',
  'largestIndividuals',
  'largestYear',
  'largestShare',
  'hackingShare',
  'hackingBreachShare',
  'topType',
  'topLocation',
  'topLocationBreaches',
  'baShare',
  'recordYear',
  'recordYearIndividuals',
  'busiestYear',
  'busiestYearBreaches',
  'topState',
  'topStateIndividuals',
] as const;
export type FactToken = (typeof FACT_TOKENS)[number];
export type SlideFacts = Partial<Record<FactToken, string>>;

/**
 * Every caption fact for the rows that meet the clauses, formatted for display (en-US digits,
 * shares as whole percentages). A fact the data cannot give (no known count, empty selection) is
 * absent rather than 0, so a caption never states a figure the data does not hold.
 */
export function slideFacts(
  table: BreachTable,
  clauses: readonly FilterClause[],
  years: readonly [number, number],
): SlideFacts {
  const rows = selectRows(table, clauses);
  const s = summarise(table, rows);
  const facts: SlideFacts = {
    breaches: fmt.format(s.breaches),
    individuals: fmt.format(s.individuals),
    years: years[0] === years[1] ? String(years[0]) : `${years[0]}–${years[1]}`,
  };
  if (s.largest !== null) {
    facts.largest = breachName(table, s.largest);
    facts.largestIndividuals = fmt.format(table.individuals[s.largest]!);
    facts.largestYear = String(table.year[s.largest]);
    if (s.individuals > 0)
      facts.largestShare = formatShare(table.individuals[s.largest]! / s.individuals);
  }
  if (s.hackingShare.byIndividuals !== null)
    facts.hackingShare = formatShare(s.hackingShare.byIndividuals);
  if (s.hackingShare.byBreaches !== null)
    facts.hackingBreachShare = formatShare(s.hackingShare.byBreaches);
  if (s.breaches === 0) return facts;
  const byIndividuals = (a: { individuals: number }, b: { individuals: number }) =>
    b.individuals - a.individuals;
  const types = countByCategory(table, rows, 'breachType').filter((c) => c.key !== '');
  const topType = [...types].sort(byIndividuals)[0];
  if (topType && topType.individuals > 0) facts.topType = topType.label;
  const topLocation = countByCategory(table, rows, 'location').find((c) => c.key !== '');
  if (topLocation && topLocation.breaches > 0) {
    facts.topLocation = topLocation.label;
    facts.topLocationBreaches = fmt.format(topLocation.breaches);
  }
  const ba = countByCategory(table, rows, 'businessAssociate').find((c) => c.key === 'Yes');
  facts.baShare = formatShare((ba?.breaches ?? 0) / s.breaches);
  const yearly = rollupByYear(table, rows).filter((y) => y.breaches > 0);
  const record = [...yearly].sort((a, b) => b.individuals - a.individuals || a.year - b.year)[0];
  if (record && record.individuals > 0) {
    facts.recordYear = String(record.year);
    facts.recordYearIndividuals = fmt.format(record.individuals);
  }
  const busiest = [...yearly].sort((a, b) => b.breaches - a.breaches || a.year - b.year)[0];
  if (busiest) {
    facts.busiestYear = String(busiest.year);
    facts.busiestYearBreaches = fmt.format(busiest.breaches);
  }
  const topState = countByCategory(table, rows, 'state')
    .filter((c) => c.key !== '')
    .sort(byIndividuals)[0];
  if (topState && topState.individuals > 0) {
    facts.topState = topState.label;
    facts.topStateIndividuals = fmt.format(topState.individuals);
  }
  return facts;
}
