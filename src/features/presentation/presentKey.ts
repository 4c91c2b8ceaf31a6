/** Where a presentation is: which slide, whether its question has been answered, digits typed so far. */
export interface PresentPosition {
  slide: number;
  revealed: boolean;
  digits: string;
}

export type PresentAction =
  | { kind: 'move'; position: PresentPosition }
  | { kind: 'fullscreen' }
  | { kind: 'notes' }
  | { kind: 'theme' }
  | { kind: 'qr' }
  | { kind: 'blank' }
  | { kind: 'leave' }
  | { kind: 'none' };

/**
 * What a key does in a presentation. Clickers send PageDown/PageUp; a slide with a "predict
 * first" question spends one forward press on revealing its figure. Digits then Enter jump to that
 * slide (1-based). Pure, so every key is tested without a browser.
 */
export function presentKey(
  key: string,
  at: PresentPosition,
  slideCount: number,
  hasQuestion: (slide: number) => boolean,
): PresentAction {
  const last = Math.max(0, slideCount - 1);
  const go = (slide: number): PresentAction => ({
    kind: 'move',
    position: { slide, revealed: false, digits: '' },
  });
  if (/^[0-9]$/.test(key))
    return { kind: 'move', position: { ...at, digits: (at.digits + key).slice(-3) } };
  if (key === 'Enter' && at.digits !== '') {
    const n = Number(at.digits);
    return n >= 1 && n <= slideCount
      ? go(n - 1)
      : { kind: 'move', position: { ...at, digits: '' } };
  }
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      if (hasQuestion(at.slide) && !at.revealed)
        return { kind: 'move', position: { ...at, revealed: true, digits: '' } };
      return at.slide < last ? go(at.slide + 1) : { kind: 'move', position: { ...at, digits: '' } };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      // Going back shows the previous slide answered: the class has already seen it.
      return at.slide > 0
        ? { kind: 'move', position: { slide: at.slide - 1, revealed: true, digits: '' } }
        : { kind: 'move', position: { ...at, digits: '' } };
    case 'Home':
      return go(0);
    case 'End':
      return go(last);
    case 'f':
    case 'F':
      return { kind: 'fullscreen' };
    case 'n':
    case 'N':
      return { kind: 'notes' };
    case 't':
    case 'T':
      return { kind: 'theme' };
    case 'q':
    case 'Q':
      return { kind: 'qr' };
    // Clickers' "blank screen" button sends `b` or `.`.
    case 'b':
    case 'B':
    case '.':
      return { kind: 'blank' };
    case 'Escape':
      return at.digits !== ''
        ? { kind: 'move', position: { ...at, digits: '' } }
        : { kind: 'leave' };
    default:
      return { kind: 'none' };
  }
}
