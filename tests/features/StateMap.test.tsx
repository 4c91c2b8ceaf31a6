// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BreachTable } from '../../src/data/table/BreachTable';
import type { CategoryCount } from '../../src/data/views/countByCategory';
import type { Manifest } from '../../src/data/datasets/parseManifest';
import type { ExplorerViews } from '../../src/features/explorer/explorerViews';
import { StateMap } from '../../src/features/explorer/StateMap';
import { useAppStore } from '../../src/state/store';
import { DEFAULT_VIEW, EMPTY_FILTERS, type Measure } from '../../src/state/viewState';

const focusVisible = vi.hoisted(() => vi.fn((_target: EventTarget | null) => true));
vi.mock('../../src/charts/keyboardFocus', () => ({ isVisibleFocus: focusVisible }));

const c = (key: string, breaches: number, individuals: number): CategoryCount => ({
  key,
  label: key === '' ? '(none)' : key,
  breaches,
  individuals,
  unknownCounts: 0,
});

const COUNTS: CategoryCount[] = [
  c('CA', 512, 12_345_678),
  c('TX', 200, 40_000),
  c('NY', 300, 5_000_000),
  c('', 7, 0),
  c('PR', 3, 2_000),
  c('DC', 1, 500),
];

const MANIFEST: Manifest = {
  source: { name: 'HHS OCR breach portal', url: 'https://ocrportal.hhs.gov/ocr/breach/' },
  asOf: '2026-05-03',
  submittedFrom: '2009-10-21',
  submittedTo: '2026-04-07',
  breaches: 1023,
  rowsRead: 2000,
  snapshots: [],
  knownGaps: [],
};

/** Renders the panel the way Explorer does: the view state comes from the store. */
function Harness({
  counts,
  measure = 'individuals',
}: {
  counts: CategoryCount[];
  measure?: Measure;
}) {
  const filters = useAppStore((s) => s.filters);
  return (
    <StateMap
      table={{} as BreachTable}
      views={{ state: counts } as ExplorerViews}
      view={{ ...DEFAULT_VIEW, measure, filters }}
      manifest={MANIFEST}
      years={[2009, 2026]}
    />
  );
}

const statePath = (name: RegExp) => screen.getByRole('button', { name });
const selectedStates = () => useAppStore.getState().filters.state;

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
beforeEach(() => useAppStore.setState({ filters: EMPTY_FILTERS }));
afterEach(cleanup);

describe('StateMap', () => {
  it('StateMap(counts) shows the heading, note, 51 state buttons and tiles for PR and no state', () => {
    render(<Harness counts={COUNTS} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Where: by state of the reporting entity',
    );
    expect(
      screen.getByText(
        'The state is that of the entity that reported the breach, not where the affected people live.',
      ),
    ).toBeTruthy();
    const map = screen.getByRole('group', {
      name: /^Individuals affected by state of the reporting entity\./,
    });
    const paths = within(map).getAllByRole('button');
    expect(paths).toHaveLength(51);
    // One tab stop for the whole map.
    expect(
      paths
        .filter((p) => p.getAttribute('tabindex') === '0')
        .map((p) => p.getAttribute('data-code')),
    ).toEqual(['AL']);
    expect(statePath(/^District of Columbia: 1 breach/)).toBeTruthy();
    const visible = (el: HTMLElement) =>
      [...el.querySelectorAll('[aria-hidden="true"]')].map((x) => x.textContent).join('');
    expect(
      visible(
        screen.getByRole('button', { name: 'Puerto Rico: 3 breaches, 2,000 individuals affected' }),
      ),
    ).toBe('PR2K');
    expect(
      visible(
        screen.getByRole('button', { name: 'No state given: 7 breaches, 0 individuals affected' }),
      ),
    ).toBe('No state0');
    expect(screen.getByTestId('state-map-summary').textContent).toBe(
      'Most individuals affected: California (12,345,678), New York (5,000,000), Texas (40,000).',
    );
  });

  it('StateMap click on a state shows it pressed at once and toggles it in the state filter after the paint', async () => {
    render(<Harness counts={COUNTS} />);
    fireEvent.click(statePath(/^California:/));
    // The map answers in the click's own frame; the filter follows after that paint.
    expect(statePath(/^California:/).getAttribute('aria-pressed')).toBe('true');
    // Only the pressed state changes in that frame; the others dim with the filter.
    expect(statePath(/^Texas:/).getAttribute('class')).toBe('state');
    expect(selectedStates()).toEqual([]);
    await waitFor(() => expect(selectedStates()).toEqual(['CA']));
    expect(statePath(/^California:/).getAttribute('aria-pressed')).toBe('true');
    expect(statePath(/^Texas:/).getAttribute('class')).toBe('state state-dimmed');
    fireEvent.click(statePath(/^California:/));
    expect(statePath(/^California:/).getAttribute('aria-pressed')).toBe('false');
    await waitFor(() => expect(selectedStates()).toEqual([]));
  });

  it('StateMap keyboard: arrows move alphabetically, End and letters jump, Enter and Space toggle', async () => {
    render(<Harness counts={COUNTS} />);
    const alabama = statePath(/^Alabama:/);
    act(() => alabama.focus());
    fireEvent.keyDown(alabama, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-code')).toBe('AK');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement?.getAttribute('data-code')).toBe('WY');
    fireEvent.keyDown(document.activeElement as Element, { key: 'n' });
    expect(document.activeElement?.getAttribute('data-code')).toBe('NE');
    fireEvent.keyDown(document.activeElement as Element, { key: 'n' });
    expect(document.activeElement?.getAttribute('data-code')).toBe('NV');
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Enter' });
    await waitFor(() => expect(selectedStates()).toEqual(['NV']));
    fireEvent.keyDown(document.activeElement as Element, { key: ' ' });
    await waitFor(() => expect(selectedStates()).toEqual([]));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement?.getAttribute('data-code')).toBe('AL');
  });

  it('StateMap keyboard focus on a state shows its tooltip; focus from a mouse press does not', () => {
    const { container } = render(<Harness counts={COUNTS} />);
    // jsdom's :focus-visible does not follow a browser's rules; the chart asks isVisibleFocus.
    focusVisible.mockReturnValue(false);
    act(() => statePath(/^Texas:/).focus());
    expect(container.querySelector('.state-map-tooltip')).toBeNull();
    focusVisible.mockReturnValue(true);
    act(() => statePath(/^New York:/).focus());
    expect(container.querySelector('.state-map-tooltip')?.textContent).toBe(
      'New York: 300 breaches, 5,000,000 individuals affected',
    );
  });

  it('StateMap tile click filters by Puerto Rico and by no state', async () => {
    render(<Harness counts={COUNTS} />);
    // Two clicks within one frame: both reach the filter.
    fireEvent.click(screen.getByRole('button', { name: /^Puerto Rico:/ }));
    fireEvent.click(screen.getByRole('button', { name: /^No state given:/ }));
    await waitFor(() => expect(selectedStates()).toEqual(['', 'PR']));
    fireEvent.click(screen.getByRole('button', { name: 'Clear state filter (2)' }));
    expect(selectedStates()).toEqual([]);
  });

  it('StateMap "Show data table" lists every key, sorted by the measure, and re-sorts by name', () => {
    render(<Harness counts={COUNTS} measure="breaches" />);
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show data table' }));
    const table = screen.getByRole('table');
    const firstCells = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent);
    expect(firstCells()).toEqual([
      'California',
      'New York',
      'Texas',
      'No state given',
      'Puerto Rico',
      'District of Columbia',
    ]);
    expect(within(table).getAllByRole('row')[1]?.textContent).toBe('California51212,345,678');
    fireEvent.click(within(table).getByRole('button', { name: 'State' }));
    expect(firstCells()).toEqual([
      'California',
      'District of Columbia',
      'New York',
      'No state given',
      'Puerto Rico',
      'Texas',
    ]);
    expect(
      screen.getByRole('button', { name: 'Hide data table' }).getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('StateMap(no matching breaches) shows the empty state and no map', () => {
    render(<Harness counts={[c('CA', 0, 0), c('', 0, 0)]} />);
    expect(screen.getByRole('status').textContent).toBe('No breaches match these filters.');
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show data table' })).toBeNull();
  });
});
