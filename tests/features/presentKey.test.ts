import { describe, expect, it } from 'vitest';
import { presentKey, type PresentPosition } from '../../src/features/presentation/presentKey';

const at = (slide: number, revealed = false, digits = ''): PresentPosition => ({
  slide,
  revealed,
  digits,
});
const questions = new Set([0, 3]);
const key = (k: string, p: PresentPosition) => presentKey(k, p, 11, (i) => questions.has(i));

describe('presentKey', () => {
  it('presentKey(forward key) reveals a question slide first, then moves on; other slides move at once', () => {
    for (const k of ['ArrowRight', 'PageDown', ' ', 'Enter', 'ArrowDown']) {
      expect(key(k, at(0))).toEqual({ kind: 'move', position: at(0, true) });
      expect(key(k, at(0, true))).toEqual({ kind: 'move', position: at(1) });
      expect(key(k, at(1))).toEqual({ kind: 'move', position: at(2) });
    }
    expect(key('ArrowRight', at(10))).toEqual({ kind: 'move', position: at(10) });
  });
  it('presentKey(back, Home, End) moves to the previous (answered), first and last slides', () => {
    expect(key('PageUp', at(4))).toEqual({ kind: 'move', position: at(3, true) });
    expect(key('ArrowLeft', at(0))).toEqual({ kind: 'move', position: at(0) });
    expect(key('Home', at(7))).toEqual({ kind: 'move', position: at(0) });
    expect(key('End', at(2))).toEqual({ kind: 'move', position: at(10) });
  });
  it('presentKey(digits then Enter) jumps to that slide, and ignores a number past the end', () => {
    const one = key('1', at(2));
    expect(one).toEqual({ kind: 'move', position: at(2, false, '1') });
    expect(key('0', at(2, false, '1'))).toEqual({ kind: 'move', position: at(2, false, '10') });
    expect(key('Enter', at(2, false, '10'))).toEqual({ kind: 'move', position: at(9) });
    expect(key('Enter', at(2, false, '12'))).toEqual({ kind: 'move', position: at(2) });
    expect(key('Escape', at(2, false, '4'))).toEqual({ kind: 'move', position: at(2) });
  });
  it('presentKey(f, n, t, q, Escape, x) maps to full screen, notes, theme, QR code, leave and nothing', () => {
    expect(['f', 'n', 't', 'q', 'Escape', 'x'].map((k) => key(k, at(1)).kind)).toEqual([
      'fullscreen',
      'notes',
      'theme',
      'qr',
      'leave',
      'none',
    ]);
  });

  it('presentKey(b, B, .) blanks the screen (a clicker\'s "blank" button)', () => {
    expect(['b', 'B', '.'].map((k) => key(k, at(1)).kind)).toEqual(['blank', 'blank', 'blank']);
  });
});
