// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/state/store';
import { syncUrl } from '../../src/state/syncUrl';

describe('syncUrl', () => {
  afterEach(() => vi.useRealTimers());

  it('syncUrl() reads the URL into the store, then writes a run of changes to the address bar once', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?v=2&from=2015&to=2016&mode=present&slide=3');
    const replace = vi.spyOn(window.history, 'replaceState');
    const stop = syncUrl(window);
    expect([
      useAppStore.getState().yearFrom,
      useAppStore.getState().mode,
      useAppStore.getState().slide,
    ]).toEqual([2015, 'present', 2]);
    useAppStore.getState().toggleFilter('breachType', 'Theft');
    useAppStore.getState().setMeasure('breaches');
    useAppStore.getState().setSlide(4);
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe(
      '?v=2&from=2015&to=2016&m=breaches&type=Theft&mode=present&slide=5',
    );
    // Leaving the page writes what is pending at once.
    useAppStore.getState().setYearRange(2020, 2021);
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toContain('from=2020&to=2021');
    stop();
  });
});
