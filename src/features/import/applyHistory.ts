import type { QueryClient } from '@tanstack/react-query';
import { breachesQuery } from '../../queries/breaches';
import { countHistoryKey } from '../../queries/countHistory';
import { currentHistoryKey, type ImportedHistory } from '../../queries/importedHistory';
import { manifestQuery } from '../../queries/manifest';
import type { HistoryState } from '../../workers/historyClient';

/**
 * Makes every view show a history: the merged one after an import, the shipped one after a reset.
 * It replaces the one current-history query; the breach, manifest and count-history queries the
 * explorer reads are derived from it, so they are reset to read it again.
 */
export async function applyHistory(client: QueryClient, state: HistoryState | null): Promise<void> {
  client.setQueryData<ImportedHistory>(currentHistoryKey, { state, problem: null });
  await Promise.all(
    [breachesQuery.queryKey, manifestQuery.queryKey, countHistoryKey].map((queryKey) =>
      client.resetQueries({ queryKey, exact: true }),
    ),
  );
}
