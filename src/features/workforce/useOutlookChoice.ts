import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { useView } from '../../state/viewContext';
import { resolveOutlookChoice, type OutlookChoice } from './outlookRows';

/** The cycle and pay period the view asks for, or the data's newest. */
export function useOutlookChoice(data: WorkforceData): OutlookChoice {
  const { cycle, payPeriod } = useView();
  return resolveOutlookChoice(data, cycle, payPeriod);
}
