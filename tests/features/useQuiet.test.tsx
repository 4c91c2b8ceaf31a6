// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useQuiet } from '../../src/features/explorer/useAfterPaints';

describe('useQuiet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('is true at first, false after a change, and true again once the value has stayed put for the time given', () => {
    const { result, rerender } = renderHook(({ value }) => useQuiet(value, 1000), {
      initialProps: { value: { filter: 'none' } },
    });
    expect(result.current).toBe(true);
    rerender({ value: { filter: 'Theft' } });
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(600));
    expect(result.current).toBe(false);
    // Another change restarts the wait.
    rerender({ value: { filter: 'Loss' } });
    act(() => vi.advanceTimersByTime(600));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(400));
    expect(result.current).toBe(true);
  });

  it('goes by identity: the same object again keeps it quiet', () => {
    const value = { filter: 'Theft' };
    const { result, rerender } = renderHook(({ v }) => useQuiet(v, 1000), {
      initialProps: { v: value },
    });
    rerender({ v: value });
    expect(result.current).toBe(true);
  });
});
