import { memo } from 'react';
import { dataAge, formatShortDay } from '../data/dates/dataAge';
import { useToday } from './useToday';

/** "data as of Jul 15, 2026 · 4 months old", the age computed from the viewer's clock. */
/** Memoised: every panel's source line carries one, and a filter click changes none of them. */
export const DataAsOf = memo(function DataAsOf({
  asOf,
  prefix = 'data as of',
}: {
  asOf: string;
  prefix?: string;
}) {
  const today = useToday();
  const age = dataAge(asOf, today);
  return (
    <span
      className="data-as-of"
      data-testid="data-as-of"
      data-as-of={asOf}
      data-age-days={age.days}
    >
      {prefix} <time dateTime={asOf}>{formatShortDay(asOf)}</time> ·{' '}
      <span className={age.stale ? 'data-age stale' : 'data-age'}>{age.label}</span>
    </span>
  );
});
