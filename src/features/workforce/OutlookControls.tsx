import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { formatCycle } from './formatFigures';
import { sourceKeysOf, type OutlookChoice } from './outlookRows';
import { Sourced } from './Sourced';
import { useWorkforceStore } from './workforceStore';

/**
 * Radio groups for the projection cycle and (unless `cycleOnly`) the pay period. Both write to
 * the store, so every view on the page (and the URL) follows. `name` keeps two copies of the
 * controls on one page from sharing a radio group.
 */
export function OutlookControls({
  data,
  choice,
  name,
  cycleOnly = false,
}: {
  data: WorkforceData;
  choice: OutlookChoice;
  name: string;
  cycleOnly?: boolean;
}) {
  const setCycle = useWorkforceStore((s) => s.setCycle);
  const setPayPeriod = useWorkforceStore((s) => s.setPayPeriod);
  return (
    <div className="controls">
      <fieldset className="measure">
        <legend>Projection cycle</legend>
        {choice.cycles.map((c) => (
          <label key={c}>
            <input
              type="radio"
              name={`${name}-cycle`}
              value={c}
              checked={c === choice.cycle}
              onChange={() => setCycle(c)}
            />
            <Sourced source={sourceKeysOf(data.projections.filter((p) => p.cycle === c))}>
              {formatCycle(c)}
            </Sourced>
          </label>
        ))}
      </fieldset>
      {!cycleOnly && (
        <fieldset className="measure">
          <legend>Pay estimates</legend>
          {choice.periods.map((p) => (
            <label key={p.period}>
              <input
                type="radio"
                name={`${name}-pay`}
                value={p.period}
                checked={p.period === choice.period?.period}
                onChange={() => setPayPeriod(p.period)}
              />
              <Sourced source={sourceKeysOf(data.pay.filter((q) => q.period === p.period))}>
                {p.label}
              </Sourced>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
