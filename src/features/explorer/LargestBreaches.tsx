import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type MouseEvent,
} from 'react';
import { useAppStore } from '../../state/store';
import { whenIdle } from '../../state/whenIdle';
import type { SortKey } from '../../state/viewState';
import { BreachDetails } from './BreachDetails';
import {
  countLabel,
  largestTableModel,
  PAGE_SIZE,
  prepareOrder,
  type BreachFacts,
} from './largestTableModel';
import { BreachSourceLine } from '../../ui/BreachSourceLine';
import { DataDownloads } from '../../ui/DataDownloads';
import { Term } from '../../ui/Term';
import { filterTexts } from './filterTexts';
import type { ChartView, PanelProps, TableView } from './panelProps';
import './largest.css';

/** Long enough that typing a word filters once, short enough to feel live. */
const SEARCH_DELAY_MS = 150;

interface Column {
  label: string;
  /** Null: not sortable. */
  sort: SortKey | null;
  className?: string;
}

const COLUMNS: Column[] = [
  { label: 'Entity', sort: 'name', className: 'largest-col-name' },
  // Right after the name: the figure the table is about stays in view on a phone.
  { label: 'Individuals', sort: 'individuals', className: 'largest-col-number' },
  { label: 'State', sort: 'state', className: 'largest-col-state' },
  { label: 'Submitted', sort: 'submitted', className: 'largest-col-date' },
  { label: 'Entity type', sort: null, className: 'largest-col-optional' },
  { label: 'Breach type', sort: null, className: 'largest-col-optional' },
];

const SORT_WORDS: Record<SortKey, [string, string]> = {
  individuals: ['individuals affected, smallest first', 'individuals affected, largest first'],
  submitted: ['submission date, oldest first', 'submission date, newest first'],
  name: ['entity name, A to Z', 'entity name, Z to A'],
  state: ['state, A to Z', 'state, Z to A'],
};

/** The placeholder badge: its first words shown, the rest read out (the source line explains it). */
export const PLACEHOLDER_BADGE = ['500/501', ' — count may be a placeholder'] as const;
const PLACEHOLDER_TITLE =
  'HHS lists 500 or 501 individuals while the real count is not yet known; this count may change.';

/** The breaches under every current filter (its own search included), largest first, 25 a page. */
export const LargestBreaches = memo(function LargestBreaches({
  table,
  views,
  view,
  manifest,
  years,
  pageSize = PAGE_SIZE,
  panelRef,
}: PanelProps & {
  view: ChartView & TableView;
  pageSize?: number;
}) {
  const setSearch = useAppStore((s) => s.setSearch);
  const sortBy = useAppStore((s) => s.sortBy);
  const openBreach = useAppStore((s) => s.openBreach);
  const clearAll = useAppStore((s) => s.clearAll);
  const headingId = useId();
  const detailsId = useId();
  const searchId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The input answers every keystroke; the store (and so the URL and every chart) follows after a pause.
  const [text, setText] = useState(view.search);
  const [sent, setSent] = useState(view.search);
  if (view.search !== sent) {
    // Changed elsewhere (Clear all, back/forward): show it.
    setSent(view.search);
    setText(view.search);
  }
  useEffect(() => {
    if (text === sent) return undefined;
    const timer = setTimeout(() => {
      setSent(text);
      setSearch(text);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, sent, setSearch]);
  const flushSearch = (event: FormEvent) => {
    event.preventDefault();
    setSent(text);
    setSearch(text);
  };
  const clearSearch = () => {
    setText('');
    setSent('');
    setSearch('');
  };

  // The crossfilter's own row set under every clause: the table does not filter a second time.
  const rows = views.rows;
  // The page belongs to one selection and order: a new filter or sort starts again at page 1.
  const pageKey = `${JSON.stringify(views.clauses)}|${view.sort}|${view.sortDesc}`;
  const [pager, setPager] = useState({ key: pageKey, page: 1 });
  const askedPage = pager.key === pageKey ? pager.page : 1;
  const model = useMemo(
    () =>
      largestTableModel({
        table,
        rows,
        sort: view.sort,
        sortDesc: view.sortDesc,
        page: askedPage,
        pageSize,
      }),
    [table, rows, view.sort, view.sortDesc, askedPage, pageSize],
  );
  // A large table's presorted order for this sort is built once in idle time, so no click waits
  // for it (until then, pages come from a bounded heap).
  useEffect(
    () =>
      whenIdle(() => prepareOrder(table, view.sort, view.sortDesc), {
        timeoutMs: 2_000,
        fallbackMs: 200,
      }),
    [table, view.sort, view.sortDesc],
  );
  const goTo = (page: number) => {
    if (page >= 1 && page <= model.pageCount) setPager({ key: pageKey, page });
  };

  const openRow = useCallback(
    (event: MouseEvent<HTMLTableRowElement>, id: string) => {
      // A click anywhere on the row acts like its name button, and focus goes there so Close can return to it.
      event.currentTarget.querySelector<HTMLButtonElement>('.largest-name')?.focus();
      openBreach(id);
    },
    [openBreach],
  );

  const searching = view.search.trim() !== '';
  return (
    <section className="panel largest" aria-labelledby={headingId} ref={panelRef}>
      <div className="panel-head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          Largest breaches
        </h2>
        <form className="largest-search" role="search" onSubmit={flushSearch}>
          <label htmlFor={searchId}>Search entity name</label>
          <input
            id={searchId}
            data-testid="largest-search"
            type="search"
            value={text}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
          />
        </form>
      </div>
      <div className="largest-count-row">
        <p className="largest-count" data-testid="largest-count" role="status">
          {countLabel(model.total)}
        </p>
        <DataDownloads
          table={table}
          manifest={manifest}
          displayedRows={() => rows}
          displayedCount={rows.length}
          filters={filterTexts(view, years).map((f) => f.text)}
          years={viewYears(view, years)}
        />
      </div>
      <div className={view.breach === null ? 'largest-body' : 'largest-body has-details'}>
        {model.total === 0 ? (
          <div className="largest-empty">
            <p>
              {searching ? (
                <>
                  No breaches match “{view.search.trim()}”
                  {views.clauses.length > 1 ? ' under the other filters' : ''}.
                </>
              ) : (
                'No breaches match the current filters.'
              )}
            </p>
            {searching ? (
              <button type="button" onClick={clearSearch}>
                Clear search
              </button>
            ) : (
              <button type="button" onClick={clearAll}>
                Clear all filters
              </button>
            )}
          </div>
        ) : (
          <div className="largest-main">
            {/* Focusable so a keyboard can scroll the table sideways on a narrow screen. */}
            <div
              className="largest-scroll"
              role="region"
              aria-labelledby={`${headingId}-caption`}
              tabIndex={0}
            >
              <table className="largest-table" data-testid="largest-table">
                <caption id={`${headingId}-caption`} className="largest-visually-hidden">
                  Largest breaches by {SORT_WORDS[view.sort][view.sortDesc ? 1 : 0]}; page{' '}
                  {model.page} of {model.pageCount}
                </caption>
                <thead>
                  <tr>
                    {COLUMNS.map((c) => (
                      <th
                        key={c.label}
                        scope="col"
                        className={c.className}
                        aria-sort={
                          c.sort !== null && c.sort === view.sort
                            ? view.sortDesc
                              ? 'descending'
                              : 'ascending'
                            : undefined
                        }
                      >
                        {c.sort === null ? (
                          c.label
                        ) : (
                          <SortButton
                            label={c.label}
                            active={c.sort === view.sort}
                            desc={view.sortDesc}
                            onSort={() => sortBy(c.sort!)}
                          />
                        )}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {/* Keyed by place: a filter change rewrites the rows' text in place rather than
                      replacing every row (a breach's id travels in its facts). */}
                  {model.rows.map((r, i) => (
                    <Row
                      key={i}
                      facts={r}
                      open={r.id === view.breach}
                      detailsId={detailsId}
                      onOpen={openRow}
                    />
                  ))}
                </tbody>
              </table>
            </div>
            <nav className="largest-pager" aria-label="Largest breaches pages">
              {/* aria-disabled, not disabled: a disabled button drops keyboard focus on the last page. */}
              <button
                type="button"
                aria-disabled={model.page <= 1}
                onClick={() => goTo(model.page - 1)}
              >
                Previous
              </button>
              <span>
                Page {model.page} of {model.pageCount}
              </span>
              <button
                type="button"
                aria-disabled={model.page >= model.pageCount}
                onClick={() => goTo(model.page + 1)}
              >
                Next
              </button>
            </nav>
          </div>
        )}
        {view.breach !== null && (
          <BreachDetails
            table={table}
            id={view.breach}
            panelId={detailsId}
            fallbackFocus={headingRef}
          />
        )}
      </div>
      <BreachSourceLine manifest={manifest} panel="largest">
        Badges: <Term id="investigation-archive">under investigation</Term> (case still open);{' '}
        <Term id="placeholder">500/501</Term> (count may be a placeholder).
      </BreachSourceLine>
    </section>
  );
});

/** The years a view covers, within the data's first and last year. */
function viewYears(
  view: PanelProps['view'],
  [min, max]: readonly [number, number],
): [number, number] {
  return [Math.max(min, view.yearFrom ?? min), Math.min(max, view.yearTo ?? max)];
}

function SortButton({
  label,
  active,
  desc,
  onSort,
}: {
  label: string;
  active: boolean;
  desc: boolean;
  onSort: () => void;
}) {
  return (
    <button type="button" className="largest-sort" onClick={onSort}>
      {label}
      <span className="largest-sort-mark" aria-hidden="true">
        {active ? (desc ? '▼' : '▲') : '↕'}
      </span>
    </button>
  );
}

/** One row; memoised, so a re-render of the table touches only rows whose facts changed. */
const Row = memo(function Row({
  facts: r,
  open,
  detailsId,
  onOpen,
}: {
  facts: BreachFacts;
  open: boolean;
  detailsId: string;
  onOpen: (event: MouseEvent<HTMLTableRowElement>, id: string) => void;
}) {
  return (
    <tr
      data-testid="largest-row"
      className={open ? 'is-open' : undefined}
      onClick={(e) => onOpen(e, r.id)}
    >
      <th scope="row" className="largest-col-name">
        {/* The name is data: React renders it as text, so "=SUM(…)" or "<script>" stay literal. */}
        <button
          type="button"
          className="largest-name"
          aria-expanded={open}
          aria-controls={open ? detailsId : undefined}
        >
          {r.name === '' ? '(no name)' : r.name}
        </button>
        {r.status === 'open' && (
          <span className="largest-badge largest-badge-open">under investigation</span>
        )}
      </th>
      <td className="largest-col-number">
        {r.individuals}
        {r.placeholder && (
          <span className="largest-badge largest-badge-placeholder" title={PLACEHOLDER_TITLE}>
            {PLACEHOLDER_BADGE[0]}
            <span className="visually-hidden">{PLACEHOLDER_BADGE[1]}</span>
          </span>
        )}
      </td>
      <td className="largest-col-state">{r.state ?? '—'}</td>
      <td className="largest-col-date">
        <time dateTime={r.submitted}>{r.submitted}</time>
      </td>
      <td className="largest-col-optional">{r.entityType ?? '—'}</td>
      <td className="largest-col-optional">
        {r.breachTypes.length > 0 ? r.breachTypes.join(', ') : '—'}
      </td>
    </tr>
  );
});
