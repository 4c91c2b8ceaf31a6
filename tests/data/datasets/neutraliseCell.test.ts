import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../../src/data/datasets/neutraliseCell';

describe('neutraliseCell', () => {
  it('neutraliseCell(text) prefixes an apostrophe to text starting with = + - @ tab or CR, and leaves the rest alone', () => {
    expect(['=1+1', '+A1', '-2', '@SUM(A1)', '\t=1', '\r=1'].map(neutraliseCell)).toEqual([
      "'=1+1",
      "'+A1",
      "'-2",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
    ]);
    expect(['Anthem Inc.', 'a=b', '', ' =x'].map(neutraliseCell)).toEqual([
      'Anthem Inc.',
      'a=b',
      '',
      ' =x',
    ]);
  });
});
