import { describe, expect, it } from 'vitest';
import {
  cyclesOf,
  outlookRows,
  periodsOf,
  resolveOutlookChoice,
  sourceKeysOf,
} from '../../../src/features/workforce/outlookRows';
import { sourceUses } from '../../../src/features/workforce/sourceUses';
import { shippedWorkforce } from '../../data/workforce/workforceFixture';

const data = shippedWorkforce();

describe('outlookRows', () => {
  it('cyclesOf / periodsOf(data) list the cycles and pay periods oldest first', () => {
    expect(cyclesOf(data)).toEqual(['2023-33', '2024-34']);
    expect(periodsOf(data)).toEqual([
      { period: '2023-05', label: 'May 2023' },
      { period: '2024-05', label: 'May 2024' },
    ]);
  });

  it('resolveOutlookChoice(data, chosen) keeps a known choice and falls back to the newest for null or unknown', () => {
    expect(resolveOutlookChoice(data, '2023-33', '2023-05')).toMatchObject({
      cycle: '2023-33',
      period: { period: '2023-05' },
    });
    expect(resolveOutlookChoice(data, null, null)).toMatchObject({
      cycle: '2024-34',
      period: { period: '2024-05', label: 'May 2024' },
    });
    expect(resolveOutlookChoice(data, '1999-09', 'nope')).toMatchObject({
      cycle: '2024-34',
      period: { period: '2024-05' },
    });
  });

  it('outlookRows(data, cycle, period) joins each occupation to its cycle and period and sets the benchmark apart', () => {
    const { rows, benchmark } = outlookRows(data, '2023-33', '2024-05');
    expect(rows.map((r) => r.occupation.key)).not.toContain('all_occupations');
    expect(rows).toHaveLength(8);
    const isa = rows.find((r) => r.occupation.key === 'information_security_analysts');
    expect(isa?.projection?.changePercent).toBe(32.7);
    expect(isa?.pay?.medianAnnual).toBe(124_910);
    expect(benchmark?.projection?.changePercent).toBe(4.0);
  });

  it('sourceKeysOf(rows) lists each source key once, skipping nulls', () => {
    expect(sourceKeysOf([{ sourceKey: 'a' }, null, { sourceKey: 'b' }, { sourceKey: 'a' }])).toBe(
      'a b',
    );
  });

  it('sourceUses(data) says what each source backs, from the rows that cite it', () => {
    const uses = sourceUses(data);
    expect(uses.get('bls_ep_2023_33_table_1_2')).toEqual([
      'projections 2023–33',
      'cross-check of pay, May 2023',
    ]);
    expect(uses.get('nec_article_2025')).toEqual(['Payscale salary quoted by the article']);
    expect(uses.has('bls_ooh_hit_2022_32')).toBe(false);
  });
});
