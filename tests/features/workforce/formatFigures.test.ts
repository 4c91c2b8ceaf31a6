import { describe, expect, it } from 'vitest';
import {
  formatAsOf,
  formatChange,
  formatCycle,
  formatHourly,
  formatJobsFromThousands,
  formatMoney,
} from '../../../src/features/workforce/formatFigures';

describe('formatFigures', () => {
  it('formatChange / formatMoney / formatHourly write the published precision', () => {
    expect(formatChange(32.7)).toBe('+32.7%');
    expect(formatChange(-0.7)).toBe('-0.7%');
    expect(formatChange(4)).toBe('+4.0%');
    expect(formatMoney(124_910)).toBe('$124,910');
    expect(formatHourly(60.05)).toBe('$60.05');
  });

  it('formatJobsFromThousands(k) turns published thousands into whole jobs without float noise', () => {
    expect(formatJobsFromThousands(180.7)).toBe('180,700');
    expect(formatJobsFromThousands(167_849.8)).toBe('167,849,800');
    expect(formatJobsFromThousands(0.1)).toBe('100');
  });

  it('formatCycle / formatAsOf write an en dash and dates of day, month or year precision', () => {
    expect(formatCycle('2023-33')).toBe('2023–33');
    expect(formatAsOf('2026-05-03')).toBe('May 3, 2026');
    expect(formatAsOf('2024-05')).toBe('May 2024');
    expect(formatAsOf('2025')).toBe('2025');
  });
});
