import type { QueryClient } from '@tanstack/react-query';
import { breachesQuery, type BreachData } from '../../queries/breaches';
import { countHistoryKey, type CountHistoryData } from '../../queries/countHistory';
import { importedHistoryKey, setImportedHistory } from '../../queries/importedHistory';
import { manifestQuery } from '../../queries/manifest';
import type { HistoryState } from '../../workers/historyClient';

/**
 * Makes every view show a history: the merged one after an import, the shipped one after a reset.
 * The breach, manifest and count-history queries are the ones the explorer reads, so its charts
 * and as-of date follow without knowing imports exist.
 */
export async function applyHistory(client: QueryClient, state: HistoryState | null): Promise<void> {
  client.setQueryData(importedHistoryKey, setImportedHistory(state));
  if (state) {
    client.setQueryData<BreachData>(breachesQuery.queryKey, { table: state.table, issues: [] });
    client.setQueryData(manifestQuery.queryKey, state.manifest);
    client.setQueryData<CountHistoryData>(countHistoryKey, {
      history: state.countHistory,
      issues: [],
    });
    return;
  }
  // Back to the shipped files: drop the merged data and read the shipped files again.
  await Promise.all(
    [breachesQuery.queryKey, manifestQuery.queryKey, countHistoryKey].map((queryKey) =>
      client.resetQueries({ queryKey }),
    ),
  );
}
