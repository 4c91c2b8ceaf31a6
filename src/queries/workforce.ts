import { queryOptions, useQuery } from '@tanstack/react-query';
import Papa from 'papaparse';
import occupationsUrl from '../../datasets/workforce/occupations.csv?url';
import payUrl from '../../datasets/workforce/pay.csv?url';
import projectionsUrl from '../../datasets/workforce/projections.csv?url';
import quotesUrl from '../../datasets/workforce/quoted-salaries.csv?url';
import sourcesUrl from '../../datasets/workforce/sources.csv?url';
import { assembleWorkforce, type WorkforceData } from '../data/workforce/assembleWorkforce';
import { parseOccupations } from '../data/workforce/parseOccupations';
import { parsePay } from '../data/workforce/parsePay';
import { parseProjections } from '../data/workforce/parseProjections';
import { parseQuotedSalaries } from '../data/workforce/parseQuotedSalaries';
import { parseSources } from '../data/workforce/parseSources';

export const workforceKey = ['datasets', 'workforce'] as const;

/**
 * The five small workforce CSVs (a few KB together), loaded as one query because every view on
 * the page joins them. Parsed on the main thread: a worker per file would cost more than it saves.
 */
export const workforceQuery = queryOptions({
  queryKey: workforceKey,
  queryFn: async (): Promise<WorkforceData> => {
    const [occupations, projections, pay, quotes, sources] = await Promise.all([
      csvRows(occupationsUrl, 'occupations.csv'),
      csvRows(projectionsUrl, 'projections.csv'),
      csvRows(payUrl, 'pay.csv'),
      csvRows(quotesUrl, 'quoted-salaries.csv'),
      csvRows(sourcesUrl, 'sources.csv'),
    ]);
    const { ok, data } = assembleWorkforce({
      occupations: parseOccupations(occupations),
      projections: parseProjections(projections),
      pay: parsePay(pay),
      quotes: parseQuotedSalaries(quotes),
      sources: parseSources(sources),
    });
    if (!ok)
      throw new Error(
        data.issues
          .filter((i) => i.severity === 'error')
          .map((i) => i.message)
          .join('; '),
      );
    return data;
  },
  // Shipped files never change while the page is open.
  staleTime: Infinity,
});

export function useWorkforce() {
  return useQuery(workforceQuery);
}

async function csvRows(url: string, file: string): Promise<string[][]> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`${file}: could not be loaded (${response.status} ${response.statusText})`);
  return Papa.parse<string[]>(await response.text(), { skipEmptyLines: 'greedy' }).data;
}
