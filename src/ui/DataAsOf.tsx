import { dataAge, formatShortDay } from '../data/dates/dataAge';
import { useToday } from './useToday';

/** "data as of Jul 15, 2026 · 4 months old", the age computed from the viewer's clock. */
export function DataAsOf({ asOf, prefix = 'data as of' }: { asOf: string; prefix?: string }) {
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
}
