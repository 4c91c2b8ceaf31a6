import type { Summary } from './summarise';

/** Category filters by dictionary key ('' = the file left it empty); structurally the store's filters. */
export interface SelectionFilters {
  breachType: readonly string[];
  entityType: readonly string[];
  location: readonly string[];
  businessAssociate: readonly string[];
  state: readonly string[];
}

export interface SelectionInput {
  /** Inclusive submission years actually shown (already resolved from "first/last year"). */
  yearFrom: number;
  yearTo: number;
  summary: Pick<Summary, 'breaches' | 'individuals' | 'unknownCounts'>;
  /** Entity of the largest known count in the selection; null when no count is known. */
  largestName: string | null;
  largestIndividuals: number | null;
  filters?: SelectionFilters;
  /** Entity-name search text; blank = none. */
  search?: string;
  /** Set when mega-breaches are set aside: the threshold they are at or above. */
  megaThreshold?: number | null;
}

const fmt = new Intl.NumberFormat('en-US');

/** More values than this are counted ("in 6 states") rather than listed. */
const MAX_LISTED = 4;

/**
 * A share as a whole percentage that never rounds a real part to 0% or a part to 100%:
 * 0.61 → "61%", 0.003 → "under 1%", 0.998 → "over 99%".
 */
export function formatShare(ratio: number): string {
  if (ratio <= 0) return '0%';
  if (ratio >= 1) return '100%';
  const pct = Math.round(ratio * 100);
  if (pct < 1) return 'under 1%';
  if (pct > 99) return 'over 99%';
  return `${pct}%`;
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

const article = (s: string) => (/^[aeiou]/i.test(s) ? `an ${s}` : `a ${s}`);

/** "in CA or TX", "involving Theft", … — each filter as a phrase that follows "N breaches". */
function filterPhrases(
  f: SelectionFilters | undefined,
  search: string,
  megaThreshold: number | null,
): string[] {
  const out: string[] = [];
  if (f) {
    const list = (
      values: readonly string[],
      noun: string,
      none: string,
      word: (v: string) => string = (v) => v,
    ) =>
      values.length > MAX_LISTED
        ? `any of ${values.length} ${noun}`
        : orList(values.map((v) => (v === '' ? none : word(v))));
    if (f.breachType.length > 0)
      out.push(`involving ${list(f.breachType, 'types', 'no stated type')}`);
    if (f.location.length > 0)
      out.push(`from ${list(f.location, 'locations', 'no stated location')}`);
    if (f.entityType.length > 0)
      out.push(
        `reported by ${list(f.entityType, 'entity types', 'an entity of unstated type', article)}`,
      );
    if (f.businessAssociate.length > 0) {
      const ba: Record<string, string> = {
        Yes: 'a business associate involved',
        No: 'no business associate',
        '': 'business-associate involvement unstated',
      };
      out.push(
        `with ${orList(f.businessAssociate.map((v) => ba[v] ?? `business associate “${v}”`))}`,
      );
    }
    const codes = f.state.filter((s) => s !== '');
    const states: string[] = [];
    if (codes.length > 0)
      states.push(codes.length > MAX_LISTED ? `in ${codes.length} states` : `in ${orList(codes)}`);
    if (codes.length < f.state.length) states.push('with no state given');
    if (states.length > 0) out.push(states.join(' or '));
  }
  if (search !== '') out.push(`whose entity name contains “${search}”`);
  if (megaThreshold !== null)
    out.push(`(setting aside breaches of ${fmt.format(megaThreshold)} or more people)`);
  return out;
}

const people = (n: number) => (n === 1 ? '1 person' : `${fmt.format(n)} people`);
/** A name may end in its own full stop ("Anthem Inc."): do not add a second one. */
const endSentence = (s: string) => (s.endsWith('.') ? s : `${s}.`);

/**
 * The one-sentence summary of the current selection, written from the data, e.g.
 * "In 2015–2016, 598 breaches exposed the records of 129,177,724 people; Anthem Inc. alone
 * accounted for 78,800,000 (61%)." Pure; numbers en-US.
 */
export function describeSelection(input: SelectionInput): string {
  const { yearFrom, yearTo, summary, largestName, largestIndividuals } = input;
  const years = yearFrom === yearTo ? String(yearFrom) : `${yearFrom}–${yearTo}`;
  const phrases = filterPhrases(
    input.filters,
    (input.search ?? '').trim(),
    input.megaThreshold ?? null,
  );
  const { breaches, individuals, unknownCounts } = summary;

  if (breaches === 0) {
    return phrases.length > 0
      ? `No breaches match the current filters in ${years}.`
      : `No breaches were reported in ${years}.`;
  }
  const subject = [
    breaches === 1 ? '1 breach' : `${fmt.format(breaches)} breaches`,
    ...phrases,
  ].join(' ');
  if (unknownCounts >= breaches) {
    return breaches === 1
      ? `In ${years}, ${subject} was reported, with no count of people affected.`
      : `In ${years}, ${subject} were reported, none with a count of people affected.`;
  }
  const unknown =
    unknownCounts > 0
      ? ` (${fmt.format(unknownCounts)} ${unknownCounts === 1 ? 'report gives' : 'reports give'} no count)`
      : '';
  const main = `In ${years}, ${subject} exposed the records of ${people(individuals)}${unknown}`;
  if (largestName === null || largestIndividuals === null) return `${main}.`;
  if (breaches === 1) return endSentence(`${main}: ${largestName}`);
  if (individuals <= 0 || largestIndividuals <= 0) return `${main}.`;
  return endSentence(
    `${main}; ${largestName} alone accounted for ${fmt.format(largestIndividuals)} (${formatShare(largestIndividuals / individuals)})`,
  );
}
