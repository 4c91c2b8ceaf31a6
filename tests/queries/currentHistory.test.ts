import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { buildBreachTable } from '../../src/data/table/buildBreachTable';
import { ColumnarCountHistory } from '../../src/data/table/ColumnarCountHistory';
import { historyRows } from '../../src/data/merge/mergeIntoHistory';
import { mergeSnapshots } from '../../src/data/merge/mergeSnapshots';
import type { Manifest } from '../../src/data/datasets/parseManifest';
import { snapshotInfo } from '../../src/data/merge/snapshotInfo';
import { applyHistory } from '../../src/features/import/applyHistory';
import { breachesQuery } from '../../src/queries/breaches';
import { countHistoryQuery } from '../../src/queries/countHistory';
import { currentHistoryKey } from '../../src/queries/importedHistory';
import { manifestQuery } from '../../src/queries/manifest';
import type { HistoryState } from '../../src/workers/historyClient';
import { record, snapshot } from '../data/snapshotFixture';
import { breachNames } from '../../src/data/table/breachText';

function state(name: string, asOf: string): HistoryState {
  const merged = mergeSnapshots([
    snapshot('investigation', asOf, [record({ name, submitted: '2025-01-01' })]),
  ]);
  const history = {
    snapshots: merged.snapshots.map((s) => snapshotInfo(s)),
    breaches: merged.breaches,
  };
  const table = buildBreachTable(historyRows(history));
  const manifest = { asOf, breaches: 1 } as Manifest;
  return {
    table,
    manifest,
    countHistory: new ColumnarCountHistory(
      table.id,
      {
        offsets: new Uint32Array([0, 1]),
        snapshot: new Uint16Array([0]),
        individuals: new Float64Array([1000]),
        hasCount: new Uint8Array([1]),
      },
      history.snapshots,
    ),
    imports: [],
    report: null,
  };
}

describe('one "current history" query (issue 11, design)', () => {
  it('the breach, manifest and count-history queries are derived from it; an import replaces it and they follow', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await applyHistory(client, state('First Clinic', '2026-01-01'));
    expect(breachNames((await client.fetchQuery(breachesQuery)).table)).toEqual(['First Clinic']);
    expect((await client.fetchQuery(manifestQuery)).asOf).toBe('2026-01-01');
    await applyHistory(client, state('Second Clinic', '2026-02-01'));
    expect(breachNames((await client.fetchQuery(breachesQuery)).table)).toEqual(['Second Clinic']);
    expect((await client.fetchQuery(manifestQuery)).asOf).toBe('2026-02-01');
    expect((await client.fetchQuery(countHistoryQuery)).history).toBe(
      client.getQueryData<{ state: HistoryState }>(currentHistoryKey)?.state.countHistory,
    );
    client.clear();
  });
});
