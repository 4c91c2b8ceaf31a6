// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/state/store';
import { syncUrl } from '../../src/state/syncUrl';

describe('syncUrl', () => {
  afterEach(() => vi.useRealTimers());

  it('syncUrl() reads the URL into the store, then writes a run of changes to the address bar once, after a pause', () => {
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
    vi.advanceTimersByTime(400);
    // A change within the wait starts it again: clicks in a row write once, after they stop.
    useAppStore.getState().setSlide(4);
    vi.advanceTimersByTime(400);
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
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

  it('syncUrl() adds a history entry for a change of page or mode, so Back returns to the page before', async () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?v=2');
    const stop = syncUrl(window);
    const push = vi.spyOn(window.history, 'pushState');
    const entries = window.history.length;
    useAppStore.getState().setPage('workforce');
    await Promise.resolve();
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?v=2&page=workforce');
    // Mode and page changed in one task (as starting a presentation does): one entry.
    useAppStore.getState().setMode('present');
    useAppStore.getState().setPage('explore');
    await Promise.resolve();
    expect(push).toHaveBeenCalledTimes(2);
    expect(window.history.length).toBe(entries + 2);
    // A filter change only replaces the entry.
    useAppStore.getState().setMeasure('breaches');
    vi.advanceTimersByTime(700);
    expect(push).toHaveBeenCalledTimes(2);
    // Back: the URL of the page before is read into the store, without pushing again.
    window.history.replaceState(null, '', '/?v=2&page=workforce');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect([useAppStore.getState().page, useAppStore.getState().mode]).toEqual([
      'workforce',
      'dashboard',
    ]);
    expect(push).toHaveBeenCalledTimes(2);
    stop();
  });
});
