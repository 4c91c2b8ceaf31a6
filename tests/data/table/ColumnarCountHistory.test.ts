import { describe, expect, it } from 'vitest';
import {
  ColumnarCountHistory,
  sightingColumns,
} from '../../../src/data/table/ColumnarCountHistory';
import type { CountHistory } from '../../../src/data/datasets/parseCountHistory';

describe('ColumnarCountHistory', () => {
  const snapshots = [
    { id: 'investigation-2024-10-17', date: '2024-10-17' },
    { id: 'investigation-2024-11-06', date: '2024-11-06' },
  ];
  const plain: CountHistory = new Map([
    [
      'ch',
      [
        { snapshot: snapshots[0]!.id, date: '2024-10-17', individuals: 500 },
        { snapshot: snapshots[1]!.id, date: '2024-11-06', individuals: 100_000_000 },
      ],
    ],
    ['clinic', [{ snapshot: snapshots[1]!.id, date: '2024-11-06', individuals: null }]],
  ]);
  const ids = ['ch', 'none', 'clinic'];
  const history = new ColumnarCountHistory(
    ids,
    sightingColumns(
      ids,
      plain,
      snapshots.map((s) => s.id),
    ),
    snapshots,
  );

  it('get(id) gives the same sightings as the plain Map, oldest first; unknown ids give undefined', () => {
    expect(history.get('ch')).toEqual(plain.get('ch'));
    expect(history.get('clinic')).toEqual(plain.get('clinic'));
    expect(history.get('none')).toBeUndefined();
    expect(history.get('nope')).toBeUndefined();
  });

  it('is a Map: size, has, iteration and forEach agree with the plain one', () => {
    expect(history).toBeInstanceOf(Map);
    expect(history.size).toBe(2);
    expect(history.has('ch')).toBe(true);
    expect(history.has('none')).toBe(false);
    expect(new Map(history)).toEqual(plain);
    const seen: string[] = [];
    history.forEach((_, id) => seen.push(id));
    expect(seen).toEqual(['ch', 'clinic']);
  });

  it('after many lookups it indexes the ids and still answers the same', () => {
    for (let i = 0; i < 20; i++)
      expect(history.get(i % 2 ? 'ch' : 'clinic')).toEqual(plain.get(i % 2 ? 'ch' : 'clinic'));
    expect(history.get('none')).toBeUndefined();
  });
});
