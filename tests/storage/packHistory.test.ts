import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildBreachTable } from '../../src/data/table/buildBreachTable';
import { historyFromRows, historyRows } from '../../src/data/merge/mergeIntoHistory';
import { parseBreachRows } from '../../src/data/datasets/parseBreachRows';
import { parseCountHistory } from '../../src/data/datasets/parseCountHistory';
import { historyOfPacked, packHistory, tableOfPacked } from '../../src/storage/packHistory';
import { tableFromMessage, tableMessage } from '../../src/workers/transferTable';

function shipped() {
  const rows = (f: string) =>
    Papa.parse<string[]>(readFileSync(f, 'utf8'), { skipEmptyLines: 'greedy' }).data;
  const breaches = parseBreachRows(rows('datasets/breaches.csv'), 'breaches.csv');
  const counts = parseCountHistory(rows('datasets/count-history.csv'), 'count-history.csv');
  if (!breaches.ok || !counts.ok) throw new Error('datasets/ did not parse');
  const manifest = JSON.parse(readFileSync('datasets/manifest.json', 'utf8')) as { snapshots: [] };
  return {
    rows: breaches.rows,
    counts: counts.history,
    history: historyFromRows(breaches.rows, counts.history, manifest.snapshots),
  };
}

describe('packHistory(history) / historyOfPacked / tableOfPacked on the shipped datasets', () => {
  const s = shipped();
  const { packed, table } = packHistory(s.history);

  it('builds the same table as buildBreachTable on breaches.csv', () => {
    expect(table).toEqual(buildBreachTable(s.rows));
  });

  it('unpacks to the same history and table (the stored form loses nothing the app uses)', () => {
    const back = historyOfPacked(structuredClone(packed));
    const sortLists = (r: ReturnType<typeof historyRows>[number]) => ({
      ...r,
      breachTypes: [...r.breachTypes].sort(),
      locations: [...r.locations].sort(),
    });
    expect(historyRows(back).map(sortLists)).toEqual(historyRows(s.history).map(sortLists));
    expect(back.breaches.map((b) => b.countHistory)).toEqual(
      s.history.breaches.map((b) => b.countHistory),
    );
    expect(tableOfPacked(structuredClone(packed))).toEqual(table);
  });

  it('a damaged store is refused with a RangeError rather than read as figures', () => {
    const broken = structuredClone(packed);
    broken.columns.state.codes[0] = 60_000;
    expect(() => tableOfPacked(broken)).toThrow(RangeError);
    const cut = structuredClone(packed);
    cut.sightings.offsets = cut.sightings.offsets.subarray(0, 10);
    expect(() => tableOfPacked(cut)).toThrow(/sightings/);
  });

  it('tableMessage + tableFromMessage give the same table, with copies of the arrays', () => {
    const { message, transfer } = tableMessage(table);
    // 16 numeric columns, the ids' day column and two string stores of three arrays each.
    expect(transfer.length).toBe(23);
    expect(message.day).not.toBe(table.day);
    expect(message.name.bytes).not.toBe(table.name.bytes);
    expect(tableFromMessage(structuredClone(message))).toEqual(table);
    const short = structuredClone(message);
    expect(() => tableFromMessage({ ...short, length: short.length + 1 })).toThrow(RangeError);
  });
});
