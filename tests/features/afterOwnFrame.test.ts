import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterOwnFrame } from '../../src/features/explorer/useAfterPaints';

/** A frame clock driven by hand: `frame()` runs the callbacks queued before it, then the timers
 * they queued (the task after a frame's paint). */
function frameClock() {
  let queued: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    queued.push(cb);
    return queued.length;
  });
  vi.stubGlobal('cancelAnimationFrame', () => {
    queued = [];
  });
  return {
    frame() {
      const now = queued;
      queued = [];
      for (const cb of now) cb(0);
      vi.runOnlyPendingTimers();
    },
  };
}

describe('afterOwnFrame', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the click’s own frame and the one after it, so the store hears of the change a frame later', () => {
    const clock = frameClock();
    const then = vi.fn();
    afterOwnFrame(then);
    clock.frame(); // the click's own frame: the pressed control is painted
    expect(then).not.toHaveBeenCalled();
    clock.frame(); // the next frame has begun and painted: now the store
    expect(then).toHaveBeenCalledTimes(1);
    clock.frame();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled', () => {
    const clock = frameClock();
    const then = vi.fn();
    const cancel = afterOwnFrame(then);
    clock.frame();
    cancel();
    clock.frame();
    clock.frame();
    expect(then).not.toHaveBeenCalled();
  });
});
