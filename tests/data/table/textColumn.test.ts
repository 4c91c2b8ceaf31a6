import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeIdColumn,
  encodeTextColumn,
  findId,
  findTextValue,
  idAt,
  idFinder,
  idRows,
  textAt,
  textRows,
  textValueCount,
  textValues,
} from '../../../src/data/table/textColumn';
import { buildBreachTable } from '../../../src/data/table/buildBreachTable';
import { breachIds, breachNames, nameReader, rowOfId } from '../../../src/data/table/breachText';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parseBreachRows } from '../../../src/data/datasets/parseBreachRows';

const ids = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc
    .tuple(
      fc.integer({ min: 0, max: 70_000 }),
      fc.string({ maxLength: 12 }),
      fc.option(fc.integer({ min: 2, max: 9 }), { nil: undefined }),
    )
    .map(([d, rest, n]) => {
      const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
      return `${iso}-${rest}${n === undefined ? '' : `-${n}`}`;
    }),
  fc.constantFrom('2024-02-30-x', '2024-1-05-x', '1969-12-31-x', '1970-01-01-', 'r01', ''),
);

describe('textColumn: ids and names as string stores', () => {
  it('encodeTextColumn(values) gives every value back, each distinct value stored once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { maxLength: 60 }),
        (values) => {
          const column = encodeTextColumn(values);
          expect(textRows(column)).toEqual(values);
          expect(values.map((_, i) => textAt(column, i))).toEqual(values);
          expect(textValueCount(column)).toBe(new Set(values).size);
          expect([...textValues(column)].sort()).toEqual([...new Set(values)].sort());
          for (const v of values) expect(textValues(column)[findTextValue(column, v)]).toBe(v);
        },
      ),
    );
  });

  it('encodeIdColumn(ids) gives every id back and finds the first row of each, any shape of id', () => {
    fc.assert(
      fc.property(fc.array(ids, { maxLength: 60 }), fc.string({ maxLength: 14 }), (list, other) => {
        const column = encodeIdColumn(list);
        expect(idRows(column)).toEqual(list);
        expect(list.map((_, i) => idAt(column, i))).toEqual(list);
        const find = idFinder(column);
        for (const id of [...list, other]) {
          expect(findId(column, id)).toBe(list.indexOf(id));
          expect(find(id)).toBe(list.indexOf(id));
        }
      }),
    );
  });

  it('encodeTextColumn keeps each of thousands of distinct values once (the hash table grows)', () => {
    const values = Array.from({ length: 20_000 }, (_, i) =>
      i % 3 === 0 ? `Clínica ${i % 5_000}` : `Entity ${i % 7_000}`,
    );
    const column = encodeTextColumn(values);
    expect(textRows(column)).toEqual(values);
    expect(textValueCount(column)).toBe(new Set(values).size);
  });

  it('non-Latin names keep their characters (UTF-8 store, decoded whole or one at a time)', () => {
    const names = ['Clínica São José', 'Ärztehaus', '病院', 'Emoji 🏥 Health', 'Plain'];
    const column = encodeTextColumn(names);
    expect(textRows(column)).toEqual(names);
    expect(names.map((_, i) => textAt(column, i))).toEqual(names);
  });

  it('an empty table has empty stores', () => {
    expect(textRows(encodeTextColumn([]))).toEqual([]);
    expect(idRows(encodeIdColumn([]))).toEqual([]);
    expect(findId(encodeIdColumn([]), 'x')).toBe(-1);
  });

  it('the shipped list as a table: every id and name equals the row it came from', () => {
    const text = readFileSync('datasets/breaches.csv', 'utf8');
    const parsed = parseBreachRows(
      Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data,
      'breaches.csv',
    );
    if (!parsed.ok) throw new Error('datasets/breaches.csv did not parse');
    const rows = parsed.rows;
    const table = buildBreachTable(rows);
    expect(breachIds(table)).toEqual(rows.map((r) => r.id));
    expect(breachNames(table)).toEqual(rows.map((r) => r.name));
    const name = nameReader(table);
    expect(rows.every((r, i) => name(i) === r.name)).toBe(true);
    for (const i of [0, 1, Math.floor(rows.length / 2), rows.length - 1])
      expect(rowOfId(table, rows[i]!.id)).toBe(i);
    // Ids are stored as a day and a stem: most of the list's ids are dated.
    expect(Array.from(table.id.day).filter((d) => d > 0).length).toBe(
      rows.filter((r) => /^\d{4}-\d{2}-\d{2}-/.test(r.id)).length,
    );
  });
});
