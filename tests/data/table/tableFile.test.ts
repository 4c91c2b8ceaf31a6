import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breachIds, breachNames } from '../../../src/data/table/breachText';
import { decodeTableFile, encodeTableFile } from '../../../src/data/table/tableFile';
import { encodeIdColumn, encodeTextColumn } from '../../../src/data/table/textColumn';
import type { BreachTable } from '../../../src/data/table/BreachTable';
import { readShippedBreaches } from '../../../src/data/datasets/readShippedBreaches';
import { syntheticBreaches } from '../../../src/testing/syntheticBreaches';

/** Every field as plain values, so typed arrays compare by content (not by buffer or offset). */
function plain(table: BreachTable): unknown {
  return JSON.parse(
    JSON.stringify(table, (_k, v: unknown) =>
      ArrayBuffer.isView(v) ? { type: v.constructor.name, values: Array.from(v as Uint8Array) } : v,
    ),
  );
}

/** Through a fresh ArrayBuffer, as fetch gives it. */
const roundTrip = (table: BreachTable) => {
  const bytes = encodeTableFile(table, []);
  return decodeTableFile(bytes.slice().buffer);
};

describe('tableFile', () => {
  it('gives back the table read from the shipped breaches.csv, column by column, with its skipped rows', () => {
    const csv = readFileSync('datasets/breaches.csv', 'utf8');
    const read = readShippedBreaches(csv);
    const back = decodeTableFile(encodeTableFile(read.table, read.issues).slice().buffer);
    expect(back.table.length).toBe(read.table.length);
    expect(plain(back.table)).toEqual(plain(read.table));
    expect(back.issues).toEqual(read.issues);
    // Same column types, so kernels see the same arrays.
    expect(back.table.state.codes).toBeInstanceOf(Uint16Array);
    expect(back.table.individuals).toBeInstanceOf(Float64Array);
  });

  it('round-trips generated tables of odd lengths (alignment of every column)', () => {
    for (const n of [0, 1, 3, 7, 1001]) {
      const table = syntheticBreaches(n, 20261127 + n);
      expect(plain(roundTrip(table).table)).toEqual(plain(table));
    }
  });

  it('refuses what is not a whole table file, naming the file', () => {
    const bytes = encodeTableFile(syntheticBreaches(50, 1), []);
    expect(() => decodeTableFile(new ArrayBuffer(4), 'breaches.csv')).toThrow(
      /breaches\.csv: not a breach table file \(too short\)/,
    );
    const wrong = bytes.slice();
    wrong[0] = 0x3c; // "<": an HTML page served in its place
    expect(() => decodeTableFile(wrong.buffer, 'breaches.csv')).toThrow(/wrong signature/);
    expect(() => decodeTableFile(bytes.slice(0, bytes.length - 9).buffer)).toThrow(/cut short/);
    const newer = bytes.slice();
    new DataView(newer.buffer).setUint32(4, 99, true);
    expect(() => decodeTableFile(newer.buffer)).toThrow(/version 99/);
  });
});

describe('tableFile text', () => {
  it('keeps its header ASCII (escaped), and gives back names and ids with any character', () => {
    const table = syntheticBreaches(3, 5);
    const names = ['Clínica Señora “Ñ”', 'Zoë 😀 Health', '=SUM(A1)'];
    const ids = ['2024-02-30-not-a-date', '2024-07-19-clinica', 'no-date-ñ'];
    const issue = {
      file: 'breaches.csv',
      row: 4,
      field: 'Name of Covered Entity',
      severity: 'warning' as const,
      code: 'odd',
      message: 'Zoë’s row',
    };
    const bytes = encodeTableFile(
      { ...table, name: encodeTextColumn(names), id: encodeIdColumn(ids) },
      [issue],
    );
    const headerLength = new DataView(bytes.buffer).getUint32(8, true);
    expect(bytes.subarray(12, 12 + headerLength).every((b) => b < 0x80)).toBe(true);
    const back = decodeTableFile(bytes.slice().buffer);
    expect(breachNames(back.table)).toEqual(names);
    expect(breachIds(back.table)).toEqual(ids);
    expect(back.issues).toEqual([issue]);
  });
});
