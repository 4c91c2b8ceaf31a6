import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { resolveOutlookChoice, type OutlookChoice } from './outlookRows';
import { useWorkforceStore } from './workforceStore';

/** The cycle and pay period the page shows: the store's choice, or the data's newest. */
export function useOutlookChoice(data: WorkforceData): OutlookChoice {
  const cycle = useWorkforceStore((s) => s.cycle);
  const period = useWorkforceStore((s) => s.payPeriod);
  return resolveOutlookChoice(data, cycle, period);
}
