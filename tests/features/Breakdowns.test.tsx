// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useMemo } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useShallow } from 'zustand/react/shallow';
import type { BreachTable } from '../../src/data/table/BreachTable';
import { countByCategory } from '../../src/data/views/countByCategory';
import { selectRows } from '../../src/data/views/filterTable';
import { dimension } from '../../src/state/dimensions';
import { Breakdowns } from '../../src/features/explorer/Breakdowns';
import { explorerViews } from '../../src/features/explorer/explorerViews';
import { Overview } from '../../src/features/explorer/Overview';
import { selectViewState, useAppStore } from '../../src/state/store';
import { DEFAULT_VIEW } from '../../src/state/viewState';
import { SMALL_MANIFEST, smallTable } from './smallFixture';

const MANIFEST = SMALL_MANIFEST;
const fixture = smallTable;

function Harness({ table }: { table: BreachTable }) {
  const view = useAppStore(useShallow(selectViewState));
  const views = useMemo(() => explorerViews(table, view), [table, view]);
  const props = { table, views, view, manifest: MANIFEST, years: [2019, 2025] as const };
  return (
    <>
      <Overview {...props} />
      <Breakdowns {...props} />
    </>
  );
}

const chart = (field: string) => screen.getByTestId(`breakdown-${field}`);
const bar = (field: string, label: string) =>
  within(chart(field)).getByRole('button', {
    name: new RegExp(`^${label.replace(/[/()]/g, '\\$&')}:`),
  });

beforeEach(() => {
  useAppStore.setState({ ...DEFAULT_VIEW });
  // jsdom has no ResizeObserver; the charts then keep their fallback width.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  render(<Harness table={fixture()} />);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Breakdowns', () => {
  it('Breakdowns(all breaches) shows the four charts, and the multi-valued ones say bars can exceed the 13 reports', () => {
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Type of breach',
      'Covered-entity type',
      'Location of breached information',
      'Business associate present',
    ]);
    expect(within(chart('breachType')).getByText(/counts under each/).textContent).toBe(
      'A report naming several types counts under each, so bars can add up to more than the total of 13 reports.',
    );
    expect(within(chart('location')).getByText(/counts under each/).textContent).toContain(
      'several locations',
    );
    expect(within(chart('entityType')).queryByText(/counts under each/)).toBeNull();
  });

  it('Breakdowns() keeps room for the widest figure each chart can print over the whole table, whatever the filter', () => {
    const table = fixture();
    const all = selectRows(table, []);
    const fields = ['breachType', 'entityType', 'location', 'businessAssociate'] as const;
    const expected = (measure: 'individuals' | 'breaches') =>
      fields.map((f) => {
        const widest = Math.max(
          ...countByCategory(table, all, dimension(f).column).map((c) => c[measure]),
        );
        return `${new Intl.NumberFormat('en-US').format(widest).length}ch`;
      });
    const width = () =>
      [...document.querySelectorAll<HTMLElement>('.bars-list')].map((ul) =>
        ul.style.getPropertyValue('--bars-value-width'),
      );
    expect(width()).toEqual(expected('individuals'));
    act(() => useAppStore.getState().toggleFilter('breachType', 'Theft'));
    expect(width()).toEqual(expected('individuals'));
    act(() => useAppStore.setState({ measure: 'breaches' }));
    expect(width()).toEqual(expected('breaches'));
  });

  it('Breakdowns(measure individuals) orders bars by individuals and names each with its exact figures', () => {
    const names = within(chart('breachType'))
      .getAllByRole('button', { pressed: false })
      .map((b) => b.getAttribute('title'));
    // The accessible name (computed from content) is the same text as the title.
    expect(
      within(chart('breachType')).getByRole('button', {
        name: 'Theft: 2 breaches, 6,700 individuals affected',
      }),
    ).toBeTruthy();
    expect(names.slice(0, 3)).toEqual([
      'Hacking/IT Incident: 5 breaches, 12,152,001 individuals affected',
      'Unauthorized Access/Disclosure: 3 breaches, 152,500 individuals affected (1 report gives no count)',
      'Theft: 2 breaches, 6,700 individuals affected',
    ]);
    expect(names).toContain('(none): 1 breach, 650 individuals affected');
  });

  it('Breakdowns(click a bar) presses the bar at once, then toggles that filter in the store and updates the overview', async () => {
    fireEvent.click(bar('breachType', 'Theft'));
    // The bar answers in the click's own frame; the filter follows after that paint.
    expect(bar('breachType', 'Theft').getAttribute('aria-pressed')).toBe('true');
    expect(useAppStore.getState().filters.breachType).toEqual([]);
    await waitFor(() => expect(useAppStore.getState().filters.breachType).toEqual(['Theft']));
    expect(bar('breachType', 'Theft').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('explorer-summary').textContent).toBe(
      'In 2019–2025, 2 breaches involving Theft exposed the records of 6,700 people; Kilo Care alone accounted for 4,200 (63%).',
    );
    // With its own filter on, the chart counts more reports than the selection: no number.
    expect(within(chart('breachType')).getByText(/counts under each/).textContent).toContain(
      'more than the number of reports.',
    );
    fireEvent.click(bar('breachType', 'Theft'));
    expect(bar('breachType', 'Theft').getAttribute('aria-pressed')).toBe('false');
    await waitFor(() => expect(useAppStore.getState().filters.breachType).toEqual([]));
  });

  it('Breakdowns(arrow keys) moves the one tab stop between bars', () => {
    const buttons = within(chart('businessAssociate'))
      .getAllByRole('button', { pressed: false })
      .filter((b) => b.hasAttribute('data-key'));
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    act(() => buttons[0]?.focus());
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    expect(buttons.map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
    fireEvent.keyDown(buttons[1]!, { key: 'End' });
    expect(document.activeElement).toBe(buttons[2]);
  });

  it('Breakdowns(Show data table) swaps the chart for a table of label, breaches and individuals', () => {
    fireEvent.click(
      within(chart('businessAssociate')).getByRole('button', { name: 'Show data table' }),
    );
    const table = within(chart('businessAssociate')).getByRole('table');
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => Array.from(r.children, (c) => c.textContent)),
    ).toEqual([
      ['Category', 'Breaches', 'Individuals affected'],
      ['Yes', '3', '12,152,500'],
      ['No', '9', '10,851 (2 no count)'],
      ['(none)', '1', '500'],
    ]);
    fireEvent.click(within(chart('businessAssociate')).getByRole('button', { name: 'Show chart' }));
    expect(within(chart('businessAssociate')).queryByRole('table')).toBeNull();
  });

  it('Breakdowns(measure breaches) orders by breach count', () => {
    act(() => useAppStore.getState().setMeasure('breaches'));
    const labels = within(chart('entityType'))
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('data-key'))
      .map((b) => b.getAttribute('data-key'));
    // Ties at one breach each fall back to individuals: 150,000, 3,000, then 800.
    expect(labels).toEqual([
      'Healthcare Provider',
      'Health Plan',
      'Business Associate',
      'Healthcare Clearing House',
      '',
    ]);
  });

  it('Breakdowns(filters that leave nothing) says no breaches match', () => {
    act(() => {
      useAppStore.getState().toggleFilter('breachType', 'Theft');
      useAppStore.getState().toggleFilter('state', 'WA');
    });
    expect(screen.getByRole('status').textContent).toContain(
      'No breaches match the current filters.',
    );
    expect(screen.getByTestId('explorer-summary').textContent).toBe(
      'No breaches match the current filters in 2019–2025.',
    );
    expect(screen.getByTestId('overview-breaches').textContent).toContain('0');
    expect(screen.getByTestId('overview-hacking').textContent).toBe(
      'From hacking/IT incidents—of individuals affected; — of breaches',
    );
    expect(screen.getByTestId('overview-largest').textContent).toBe('Largest breach—');
    // Both lines stay, with nothing to count, so the overview keeps its height.
    expect(
      [...screen.getByTestId('overview-individuals').querySelectorAll('.overview-sub')].map(
        (e) => e.textContent,
      ),
    ).toEqual([
      'Unknown counts: every report gives one',
      'No report lists 500 or 501, OCR’s stand-in until the real count is known',
    ]);
  });
});

describe('Overview', () => {
  it('Overview(all breaches) shows breaches, individuals with unknown counts, hacking share and the largest breach', () => {
    expect(screen.getByTestId('overview-breaches').textContent).toContain('13');
    expect(screen.getByTestId('overview-individuals').textContent).toContain('12,163,851');
    expect(screen.getByTestId('overview-individuals').textContent).toContain(
      'Unknown counts: 2 reports give no count',
    );
    expect(screen.getByTestId('overview-hacking').textContent).toBe(
      'From hacking/IT incidentsover 99%of individuals affected; 38% of breaches',
    );
    expect(screen.getByTestId('overview-largest').textContent).toBe(
      'Largest breachFoxtrot Health Plan12,000,000 individuals · NY · 2023',
    );
    expect(screen.getByTestId('explorer-summary').id).toBe('explorer-summary');
    expect(screen.getByTestId('explorer-summary').textContent).toBe(
      'In 2019–2025, 13 breaches exposed the records of 12,163,851 people (2 reports give no count); Foxtrot Health Plan alone accounted for 12,000,000 (99%).',
    );
  });

  it('Overview(largest is a 500/501 count) notes the placeholder', () => {
    act(() => useAppStore.getState().toggleFilter('state', ''));
    // No-state rows: r04 (500, placeholder) and r12 (4,200); pick r04 alone via Hacking.
    act(() => useAppStore.getState().toggleFilter('breachType', 'Hacking/IT Incident'));
    const largest = screen.getByTestId('overview-largest');
    expect(within(largest).getByText('Caribe Salud')).toBeTruthy();
    expect(within(largest).getByText(/individuals/).textContent).toBe('500 individuals · 2020');
    expect(within(largest).getByText(/placeholder/).textContent).toBe(
      '500/501 — count may be a placeholder',
    );
    expect(screen.getByTestId('explorer-summary').textContent).toBe(
      'In 2019–2025, 1 breach involving Hacking/IT Incident with no state given exposed the records of 500 people: Caribe Salud.',
    );
  });
});
