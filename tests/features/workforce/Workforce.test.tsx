// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { LiveView } from '../../../src/state/viewContext';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkClaims } from '../../../src/data/claims/checkClaims';
import { buildBreachTable } from '../../../src/data/table/buildBreachTable';
import { parseBreachRows } from '../../../src/data/datasets/parseBreachRows';
import type { Manifest } from '../../../src/data/datasets/parseManifest';
import { claimInputs } from '../../../src/features/workforce/claimInputs';
import { Workforce } from '../../../src/features/workforce/Workforce';
import { breachesQuery } from '../../../src/queries/breaches';
import { countHistoryKey } from '../../../src/queries/countHistory';
import { manifestQuery } from '../../../src/queries/manifest';
import { workforceKey } from '../../../src/queries/workforce';
import { useAppStore } from '../../../src/state/store';
import { DEFAULT_VIEW } from '../../../src/state/viewState';
import { shippedWorkforce } from '../../data/workforce/workforceFixture';
import { collectFigures, unsourcedFigures, usedSourceKeys } from './figureAudit';

const MANIFEST: Manifest = {
  source: {
    name: 'HHS OCR breach portal',
    url: 'https://ocrportal.hhs.gov/ocr/breach/breach_report.jsf',
  },
  asOf: '2025-06-01',
  submittedFrom: '2019-03-05',
  submittedTo: '2025-02-20',
  breaches: 13,
  rowsRead: 13,
  snapshots: [
    {
      id: 'a',
      file: 'a.csv',
      kind: 'archive',
      date: '2024-10-17',
      coverage: 'complete',
      records: 13,
    },
  ],
  knownGaps: ['No complete archive export after 2024-10-17.'],
};
const table = (() => {
  // Read by path: under jsdom, readFileSync refuses the URL object tests/data/breachFixture.ts uses.
  const rows = Papa.parse<string[]>(
    readFileSync(join(import.meta.dirname, '../../fixtures/breaches-small.csv'), 'utf8'),
    { skipEmptyLines: 'greedy' },
  ).data;
  const parsed = parseBreachRows(rows, 'breaches-small.csv');
  if (!parsed.ok) throw new Error('fixture did not parse');
  return buildBreachTable(parsed.rows);
})();
const workforce = shippedWorkforce();

function renderPage(seed = true) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (seed) {
    client.setQueryData(workforceKey, workforce);
    client.setQueryData(breachesQuery.queryKey, { table, issues: [] });
    client.setQueryData(manifestQuery.queryKey, MANIFEST);
    client.setQueryData(countHistoryKey, { history: new Map(), issues: [] });
  }
  return render(
    <QueryClientProvider client={client}>
      <LiveView>
        <Workforce />
      </LiveView>
    </QueryClientProvider>,
  );
}
const page = () => screen.getByTestId('workforce-page');
const row = (key: string) => page().querySelector<HTMLElement>(`tr[data-occupation="${key}"]`)!;

beforeEach(() => {
  useAppStore.setState({ ...DEFAULT_VIEW, page: 'workforce' });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Workforce page', () => {
  it('Workforce(loaded) shows every section: outlook, careers, the case, the claim check, sources and method', () => {
    renderPage();
    expect(
      within(page())
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual([
      'Job outlook',
      'Two careers, side by side',
      'The case: breaches beside the job outlook',
      'Checking the article’s claims',
      'Sources and method',
    ]);
    expect(screen.getByTestId('wf-caveat').textContent).toContain('Co-occurrence, not causation.');
  });

  it('Workforce(loaded) marks every number on screen with a source that sources.csv or the breach manifest lists, and lists each in the sources panel', () => {
    renderPage();
    // Open the data tables too, so their numbers are checked as well.
    for (const b of screen.getAllByRole('button', { name: 'Show data table' })) fireEvent.click(b);
    const nodes = collectFigures(page());
    expect(nodes.length).toBeGreaterThan(300);
    const known = new Set([...workforce.sources.map((s) => s.key), 'hhs-ocr']);
    expect(unsourcedFigures(nodes, known)).toEqual([]);
    const listed = screen.getAllByTestId('wf-source-row').map((r) => r.getAttribute('data-key'));
    for (const key of usedSourceKeys(nodes)) expect(listed).toContain(key);
  });

  it('Workforce(switch cycle) shows the 2023–33 figures: information security analysts +32.7 % instead of +28.5 %', () => {
    renderPage();
    const growth = () =>
      within(row('information_security_analysts')).getByTestId('wf-growth').textContent;
    expect(growth()).toBe('+28.5%');
    fireEvent.click(
      within(screen.getByTestId('wf-outlook-table').closest('section')!).getByRole('radio', {
        name: '2023–33',
      }),
    );
    expect(useAppStore.getState().cycle).toBe('2023-33');
    expect(growth()).toBe('+32.7%');
    expect(
      within(row('information_security_analysts')).getByTestId('wf-base-employment').textContent,
    ).toBe('180,700');
    // The case view follows the same choice.
    expect(within(screen.getByTestId('wf-growth-panel')).getByRole('heading').textContent).toBe(
      'The job outlook, 2023–33',
    );
  });

  it('Workforce(pay period) shows May 2024 medians by default and May 2023 after switching', () => {
    renderPage();
    const median = () =>
      within(row('information_security_analysts')).getByTestId('wf-median-pay').textContent;
    expect(median()).toBe('$124,910');
    fireEvent.click(screen.getByRole('radio', { name: 'May 2023' }));
    expect(median()).toBe('$120,360');
    expect(
      within(row('computer_information_systems_managers')).getByTestId('wf-pay-range').textContent,
    ).toBe('$101,590 to ≥ $239,200');
  });

  it('Workforce(roles) links each role to the occupation row whose figures apply and labels Payscale salaries as quoted by the article', () => {
    renderPage();
    const hi = screen.getByTestId('wf-discipline-health_informatics');
    const link = within(hi).getByRole('link', {
      name: 'Health Information Technologists and Medical Registrars',
    });
    expect(link.getAttribute('href')).toBe('#occ-health_information_technologists');
    expect(document.getElementById('occ-health_information_technologists')).not.toBeNull();
    const quotes = screen.getAllByTestId('wf-quote').map((q) => q.textContent);
    expect(quotes).toHaveLength(3);
    expect(quotes[0]).toContain('$77,400 a year, quoted by the article (Payscale, April 2025)');
    Element.prototype.scrollIntoView = vi.fn();
    fireEvent.click(link);
    expect(document.activeElement?.id).toBe('occ-health_information_technologists');
  });

  it('Workforce(claims) shows the verdicts checkClaims gives on the loaded table', () => {
    renderPage();
    const expected = checkClaims(claimInputs(table, new Map(), workforce));
    const shown = screen
      .getAllByTestId('wf-claim')
      .map((c) => [
        c.getAttribute('data-claim'),
        within(c).getByTestId('wf-verdict').getAttribute('data-verdict'),
        within(c).getByTestId('wf-claim-reason').textContent,
      ]);
    expect(shown).toEqual(expected.map((r) => [r.id, r.verdict, `Why: ${r.reason}`]));
  });

  it('Workforce(base year) re-indexes the breach trend to the chosen year and offers no partial year', () => {
    renderPage();
    const select = screen.getByTestId<HTMLSelectElement>('wf-base-year');
    expect([...select.options].map((o) => o.value)).toEqual(['2020', '2021', '2023', '2024']);
    expect(screen.getByTestId('wf-index-summary').textContent).toContain(
      'From 2020 to 2024, breach reports a year went from 3 to 2 (index 67)',
    );
    fireEvent.change(select, { target: { value: '2023' } });
    expect(useAppStore.getState().baseYear).toBe(2023);
    expect(screen.getByTestId('wf-index-summary').textContent).toContain(
      'From 2023 to 2024, breach reports a year went from 2 to 2 (index 100)',
    );
    fireEvent.click(
      within(screen.getByTestId('wf-index-panel')).getByRole('button', { name: 'Show data table' }),
    );
    const base = screen.getByTestId('index-table').querySelector('tr[data-year="2023"]');
    expect(base?.textContent).toBe('2023 (base)2100' + '12,003,000100');
  });

  it('Workforce(failed load) keeps each section’s heading with the error and a retry, and shows a loading state before that', async () => {
    // Every pending request fails at once (the page starts several).
    const pending: ((e: Error) => void)[] = [];
    const fail = (e: Error) => pending.splice(0).forEach((reject) => reject(e));
    vi.stubGlobal('fetch', () => new Promise((_, reject) => pending.push(reject)));
    renderPage(false);
    expect(
      within(page())
        .getAllByRole('status')
        .map((s) => s.textContent),
    ).toContain('Loading the workforce figures…');
    await act(async () => fail(new Error('offline')));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0]?.textContent).toContain('could not be loaded');
    expect(within(alerts[0]!).getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(within(page()).getAllByRole('heading', { level: 2 })).toHaveLength(5);
  });
});
