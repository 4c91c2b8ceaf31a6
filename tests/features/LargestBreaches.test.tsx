// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useMemo } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useShallow } from 'zustand/react/shallow';
import type { BreachTable } from '../../src/data/table/BreachTable';
import { buildBreachTable } from '../../src/data/table/buildBreachTable';
import { parseBreachRows } from '../../src/data/datasets/parseBreachRows';
import type { Manifest } from '../../src/data/datasets/parseManifest';
import { syntheticBreaches } from '../../src/testing/syntheticBreaches';
import { historyRows } from '../../src/features/explorer/BreachDetails';
import { explorerViews } from '../../src/features/explorer/explorerViews';
import { LargestBreaches } from '../../src/features/explorer/LargestBreaches';
import { PAGE_SIZE } from '../../src/features/explorer/largestTableModel';
import { selectViewState, useAppStore } from '../../src/state/store';
import { DEFAULT_VIEW } from '../../src/state/viewState';

const MANIFEST: Manifest = {
  source: { name: 'HHS OCR', url: 'https://ocrportal.hhs.gov/ocr/breach/breach_report.jsf' },
  asOf: '2026-05-03',
  submittedFrom: '2019-03-05',
  submittedTo: '2025-02-20',
  breaches: 13,
  rowsRead: 13,
  snapshots: [],
  knownGaps: [],
};

/**
 * The 13-row fixture, with r06's name swapped for markup to prove names render as text. Read here
 * rather than through breachFixture: under jsdom, URL is jsdom's and readFileSync refuses it.
 */
function table(): BreachTable {
  const path = join(import.meta.dirname, '../fixtures/breaches-small.csv');
  const rows = Papa.parse<string[]>(readFileSync(path, 'utf8'), {
    skipEmptyLines: 'greedy',
  }).data.map((r) =>
    r[0] === 'r06' ? [r[0], '<script>window.hacked=1</script>', ...r.slice(2)] : r,
  );
  const parsed = parseBreachRows(rows, 'breaches-small.csv');
  if (!parsed.ok) throw new Error('fixture did not parse');
  return buildBreachTable(parsed.rows);
}

function Harness({ table: t, pageSize }: { table: BreachTable; pageSize?: number }) {
  const view = useAppStore(useShallow(selectViewState));
  const views = useMemo(() => explorerViews(t, view), [t, view]);
  return (
    <LargestBreaches
      table={t}
      views={views}
      view={view}
      manifest={MANIFEST}
      years={[2019, 2025]}
      pageSize={pageSize}
    />
  );
}

/** The 13-row fixture on one page, or `t` paged as the explorer pages it. */
function show(t?: BreachTable) {
  const pageSize = t === undefined ? 25 : undefined;
  t ??= table();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <Harness table={t} pageSize={pageSize} />
    </QueryClientProvider>,
  );
}

const HISTORY_CSV = [
  'id,snapshot,snapshot_date,individuals',
  'r07,archive-2024-08-29,2024-08-29,500',
  'r07,investigation-2024-11-06,2024-11-06,100000000',
  'r07,investigation-2025-06-25,2025-06-25,12000000',
  'r07,investigation-2026-05-03,2026-05-03,12000000',
].join('\n');

function stubFetch(response: { ok: boolean; status?: number; statusText?: string; body?: string }) {
  const fetchMock = vi.fn(async () => ({ ...response, text: async () => response.body ?? '' }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const rowNames = () =>
  screen.getAllByTestId('largest-row').map((tr) => within(tr).getByRole('button').textContent);

beforeEach(() => {
  useAppStore.setState({ ...DEFAULT_VIEW });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('LargestBreaches', () => {
  it('LargestBreaches() lists every breach largest first with the count, a page line and literal names', () => {
    const { container } = show();
    expect(screen.getByRole('heading', { name: 'Largest breaches' })).toBeTruthy();
    expect(screen.getByTestId('largest-count').textContent).toBe('13 breaches');
    expect(screen.getAllByTestId('largest-row')).toHaveLength(13);
    expect(rowNames().slice(0, 3)).toEqual([
      'Foxtrot Health Plan',
      'Delta Billing, LLC',
      'Kilo Care',
    ]);
    expect(screen.getByText('Page 1 of 1')).toBeTruthy();
    expect(screen.getByRole('button', { name: '=SUM(A1:A2) Health' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '<script>window.hacked=1</script>' })).toBeTruthy();
    expect(container.querySelector('tbody script')).toBeNull();
    expect(
      screen.getByTestId('largest-table').querySelector('th[aria-sort="descending"]')?.textContent,
    ).toContain('Individuals');
  });

  it('LargestBreaches() badges placeholder counts (text and title) and open cases', () => {
    show();
    const caribe = screen
      .getAllByTestId('largest-row')
      .find((tr) => tr.textContent?.includes('Caribe Salud'))!;
    // Shown as "500/501", read out whole (the rest is visually hidden).
    const badge = caribe.querySelector('.largest-badge-placeholder')!;
    expect(badge.textContent).toBe('500/501 — count may be a placeholder');
    expect(badge.querySelector('.visually-hidden')?.textContent).toBe(
      ' — count may be a placeholder',
    );
    expect(badge.getAttribute('title')).toMatch(/500 or 501/);
    expect(
      screen.getAllByText(
        (_, el) =>
          el?.classList.contains('largest-badge-placeholder') === true &&
          el.textContent === '500/501 — count may be a placeholder',
      ),
    ).toHaveLength(2);
    // Five open cases badged in the table (the source line's glossary link is not a badge).
    expect(
      within(screen.getByTestId('largest-table')).getAllByText('under investigation'),
    ).toHaveLength(5);
  });

  it('clicking a sortable header calls sortBy and sets aria-sort; clicking again flips the direction', () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Entity' }));
    expect(useAppStore.getState()).toMatchObject({ sort: 'name', sortDesc: false });
    expect(screen.getByRole('columnheader', { name: 'Entity' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(rowNames()[0]).toBe('+Juliet Labs');
    fireEvent.click(screen.getByRole('button', { name: 'State' }));
    expect(useAppStore.getState()).toMatchObject({ sort: 'state', sortDesc: false });
    expect(rowNames().slice(0, 2)).toEqual(['Alpha Clinic', 'Hotel Hospital']);
    fireEvent.click(screen.getByRole('button', { name: 'State' }));
    expect(useAppStore.getState()).toMatchObject({ sort: 'state', sortDesc: true });
    expect(rowNames().slice(0, 2)).toEqual(['Lima Therapy', '=SUM(A1:A2) Health']);
  });

  it('typing in the search debounces setSearch and filters the rows by entity name', async () => {
    show();
    fireEvent.change(screen.getByTestId('largest-search'), { target: { value: 'clinic' } });
    expect(useAppStore.getState().search).toBe('');
    await waitFor(() => expect(useAppStore.getState().search).toBe('clinic'));
    expect(rowNames()).toEqual(['Alpha Clinic']);
    expect(screen.getByTestId('largest-count').textContent).toBe('1 breach');
  });

  it('a search that matches nothing shows "No breaches match …" and Clear search brings every row back', async () => {
    show();
    fireEvent.change(screen.getByTestId('largest-search'), { target: { value: 'zzz' } });
    await waitFor(() => expect(screen.getByText('No breaches match “zzz”.')).toBeTruthy());
    expect(screen.queryByTestId('largest-table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(useAppStore.getState().search).toBe('');
    expect((screen.getByTestId('largest-search') as HTMLInputElement).value).toBe('');
    expect(screen.getAllByTestId('largest-row')).toHaveLength(13);
  });

  it('a search set elsewhere (Clear all, a link) shows in the input', () => {
    show();
    act(() => useAppStore.getState().setSearch('care'));
    expect((screen.getByTestId('largest-search') as HTMLInputElement).value).toBe('care');
    expect(rowNames()).toEqual(['Kilo Care']);
  });

  it('Previous / Next page PAGE_SIZE rows at a time and a new sort starts again at page 1', () => {
    const n = PAGE_SIZE * 2 + Math.ceil(PAGE_SIZE / 2);
    show(syntheticBreaches(n, 7));
    expect(screen.getByTestId('largest-count').textContent).toBe(`${n} breaches`);
    expect(screen.getByText('Page 1 of 3')).toBeTruthy();
    expect(screen.getAllByTestId('largest-row')).toHaveLength(PAGE_SIZE);
    expect(screen.getByRole('button', { name: 'Previous' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Page 2 of 3')).toBeTruthy();
    expect(screen.getAllByTestId('largest-row')).toHaveLength(PAGE_SIZE);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Page 3 of 3')).toBeTruthy();
    expect(screen.getAllByTestId('largest-row')).toHaveLength(n - 2 * PAGE_SIZE);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Page 3 of 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Submitted' }));
    expect(screen.getByText('Page 1 of 3')).toBeTruthy();
  });
});

describe('BreachDetails', () => {
  it('clicking a row calls openBreach(id), shows every fact and the count history with changes marked', async () => {
    const fetchMock = stubFetch({ ok: true, body: HISTORY_CSV });
    show();
    expect(fetchMock).not.toHaveBeenCalled();
    const foxtrot = screen.getAllByTestId('largest-row')[0]!;
    fireEvent.click(foxtrot.querySelector('td')!);
    expect(useAppStore.getState().breach).toBe('r07');
    const details = screen.getByTestId('breach-details');
    expect(document.activeElement).toBe(within(details).getByRole('heading', { level: 3 }));
    for (const text of [
      'Foxtrot Health Plan',
      'NY',
      'Health Plan',
      '2023-06-30',
      '12,000,000',
      'Hacking/IT Incident',
      'Network Server',
      'Yes',
      '2024-08-29',
    ]) {
      expect(within(details).getAllByText(text, { exact: false }).length).toBeGreaterThan(0);
    }
    expect(within(details).getByText(/^Under investigation/)).toBeTruthy();
    expect(within(details).getByText('Loading count history…')).toBeTruthy();
    const history = await within(details).findByTestId('breach-history');
    const rows = within(history).getAllByRole('row').slice(1) as HTMLTableRowElement[];
    expect(rows.map((r) => Array.from(r.cells, (c) => c.textContent))).toEqual([
      ['2024-08-29', '500', 'first seen', 'Archive'],
      ['2024-11-06', '100,000,000', '+99,999,500', 'Under investigation'],
      ['2025-06-25', '12,000,000', '-88,000,000', 'Under investigation'],
      ['2026-05-03', '12,000,000', 'unchanged', 'Under investigation'],
    ]);
    expect(rows.map((r) => r.className)).toEqual(['', 'is-change', 'is-change', '']);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('Esc in the details calls openBreach(null) and returns focus to the row name button; Close does the same', () => {
    stubFetch({ ok: true, body: HISTORY_CSV });
    show();
    const button = screen.getByRole('button', { name: 'Delta Billing, LLC' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(
      within(screen.getByTestId('breach-details')).getByRole('heading', { level: 3 }),
      { key: 'Escape' },
    );
    expect(useAppStore.getState().breach).toBeNull();
    expect(screen.queryByTestId('breach-details')).toBeNull();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    fireEvent.click(
      within(screen.getByTestId('breach-details')).getByRole('button', { name: 'Close' }),
    );
    expect(useAppStore.getState().breach).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('an unknown breach id in the store shows "This breach is not in the current data" with Close', () => {
    const fetchMock = stubFetch({ ok: true, body: HISTORY_CSV });
    useAppStore.setState({ breach: 'no-such-id' });
    show();
    const details = screen.getByTestId('breach-details');
    expect(within(details).getByText('This breach is not in the current data.')).toBeTruthy();
    fireEvent.click(within(details).getByRole('button', { name: 'Close' }));
    expect(useAppStore.getState().breach).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('a count history that cannot be loaded shows the error and Try again', async () => {
    stubFetch({ ok: false, status: 503, statusText: 'Service Unavailable' });
    useAppStore.setState({ breach: 'r07' });
    show();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'count-history.csv: could not be loaded (503 Service Unavailable)',
    );
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('historyRows(sightings) marks a count that appears or disappears as a change', () => {
    expect(
      historyRows([
        { snapshot: 'archive-2024-08-07', date: '2024-08-07', individuals: null },
        { snapshot: 'archive-2024-10-17', date: '2024-10-17', individuals: 700 },
        { snapshot: 'archive-2025-05-11-filtered', date: '2025-05-11', individuals: null },
      ]).map((r) => [r.list, r.individuals, r.changed, r.change]),
    ).toEqual([
      ['Archive', '—', false, 'first seen'],
      ['Archive', '700', true, 'count reported'],
      ['Archive (filtered)', '—', true, 'count removed'],
    ]);
  });
});
