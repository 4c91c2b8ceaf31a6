import { asOfStartDay, dataAge, formatAsOf } from '../data/dates/dataAge';
import { useToday } from './useToday';

/**
 * A source's as-of date and its age on the viewer's clock: "as of May 2023 · 3 years old". A
 * month or a year counts from its first day; `basis` says what the date is (a release, a wage
 * reference month).
 */
export function SourceAsOf({
  asOf,
  basis,
  prefix = 'as of ',
}: {
  asOf: string;
  basis?: string;
  /** Words before the date ('' where a label already says "As of"). */
  prefix?: string;
}) {
  const today = useToday();
  if (asOf === '') return <span>undated</span>;
  return (
    <span className="data-as-of" data-testid="data-as-of" data-as-of={asOf}>
      {prefix}
      <time dateTime={asOf}>{formatAsOf(asOf)}</time> · {dataAge(asOfStartDay(asOf), today).label}
      {basis ? ` (${basis})` : ''}
    </span>
  );
}
