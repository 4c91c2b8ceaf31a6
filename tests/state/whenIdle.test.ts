import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../src/state/whenIdle';

afterEach(() => vi.useRealTimers());

describe('whenIdle', () => {
  it('whenIdle(work) waits for requestIdleCallback with the timeout given, and cancels it', () => {
    const idle: (() => void)[] = [];
    const win = {
      setTimeout,
      clearTimeout,
      requestIdleCallback: vi.fn((cb: () => void, o?: { timeout?: number }) => {
        expect(o?.timeout).toBe(600);
        return idle.push(cb);
      }),
      cancelIdleCallback: vi.fn(),
    } as unknown as Window;
    const work = vi.fn();
    const cancel = whenIdle(work, { timeoutMs: 600, fallbackMs: 0 }, win);
    expect(work).not.toHaveBeenCalled();
    idle[0]!();
    expect(work).toHaveBeenCalledTimes(1);
    cancel();
    expect(win.cancelIdleCallback).toHaveBeenCalledWith(1);
  });

  it('whenIdle(work) without requestIdleCallback runs after the fallback delay, unless cancelled', () => {
    vi.useFakeTimers();
    const win = { setTimeout, clearTimeout } as unknown as Window;
    const work = vi.fn();
    whenIdle(work, { timeoutMs: 2_000, fallbackMs: 200 }, win);
    vi.advanceTimersByTime(199);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    const other = vi.fn();
    whenIdle(other, { timeoutMs: 2_000, fallbackMs: 200 }, win)();
    vi.advanceTimersByTime(500);
    expect(other).not.toHaveBeenCalled();
  });
});
