import { useEffect, useState } from 'react';
import { todayIso } from '../data/dataAge';

/** Today's date (YYYY-MM-DD) from the viewer's clock, refreshed when the day changes under an open page. */
export function useToday(): string {
  const [today, setToday] = useState(() => todayIso());
  useEffect(() => {
    const timer = window.setInterval(() => setToday(todayIso()), 60 * 60 * 1000);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}
