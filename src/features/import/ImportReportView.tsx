import { useId, useState } from 'react';
import type { ImportReport } from '../../data/merge/importReport';
import type { BreachRef, CountChange } from '../../data/merge/mergeIntoHistory';
import type { SnapshotDateSource } from '../../data/schema/types';
import { formatBytes } from './formatBytes';

const fmt = new Intl.NumberFormat('en-US');

/** How a file's snapshot date was found, as the report says it. */
export const DATE_FROM_TEXT: Record<SnapshotDateSource, string> = {
  name: 'date from its name',
  'newest-submission': 'no date in its name: dated by its newest submission',
  given: 'date as you gave it',
};
const count = (n: number | null) => (n === null ? 'unknown' : fmt.format(n));
const SHOWN = 10;
const SHOWN_PROBLEMS = 50;

/**
 * "What changed": totals first, then the lists behind them, and the problems as a download.
 * `pending`: the merge is not saved yet (shown for review), so it says what WOULD change.
 */
export function ImportReportView({
  report,
  changed,
  pending = false,
}: {
  report: ImportReport;
  changed: boolean;
  pending?: boolean;
}) {
  const shown = changed || pending;
  const headingId = useId();
  const refused = report.files.filter((f) => f.outcome === 'refused');
  const skipped = report.files.filter((f) => f.outcome === 'skipped');
  const t = report.totals;
  return (
    <section className="import-report" aria-labelledby={headingId} data-testid="import-report">
      <h3 id={headingId}>
        {pending ? 'What would change' : changed ? 'What changed' : 'Nothing was merged'}
      </h3>
      {refused.length > 0 && (
        <div className="import-refused" role="alert" data-testid="import-refused">
          <p>
            <strong>
              {refused.length === 1
                ? 'One file was not imported:'
                : `${refused.length} files were not imported:`}
            </strong>
          </p>
          <ul>
            {refused.map((f) => (
              <li key={f.file}>
                {f.refusal.map((i) => i.message).join(' ') || `${f.file}: could not be read.`}
              </li>
            ))}
          </ul>
          {!shown && <p>The data already loaded is unchanged.</p>}
        </div>
      )}
      {skipped.length > 0 && (
        <p className="notice" data-testid="import-skipped">
          Already part of the data, not merged again: {skipped.map((f) => f.file).join(', ')}.
        </p>
      )}
      {shown && (
        <>
          <dl className="import-totals">
            <Total
              id="rows-read"
              label="Rows read"
              value={`${fmt.format(report.rowsRead)}`}
              note={`from ${report.files
                .filter((f) => f.outcome === 'merged')
                .map((f) => `${f.file} (${formatBytes(f.bytes)})`)
                .join(', ')}`}
            />
            <Total
              id="added"
              label="Breaches added"
              value={fmt.format(t.added)}
              note="reports no earlier export listed"
            />
            <Total
              id="counts-updated"
              label="Counts updated"
              value={fmt.format(t.countsUpdated)}
              note={`${fmt.format(t.placeholdersResolved)} placeholder ${t.placeholdersResolved === 1 ? 'count' : 'counts'} (500/501) replaced by a real count`}
            />
            <Total
              id="archived"
              label="Now archived"
              value={fmt.format(t.nowArchived)}
              note="cases the archive now lists as closed"
            />
            <Total
              id="closed"
              label="Left the open list"
              value={fmt.format(t.nowClosed)}
              note="no longer under investigation; their archive copy is not in the data"
            />
            {t.removed > 0 && (
              <Total
                id="removed"
                label="Removed by HHS"
                value={fmt.format(t.removed)}
                note="missing from a newer complete archive, so left out"
              />
            )}
            <Total
              id="problems"
              label="Rows with problems"
              value={fmt.format(t.problems)}
              note={`${fmt.format(t.rowsSkipped)} rows skipped; the others loaded with a repair or an empty value`}
            />
          </dl>
          <ul className="import-files" data-testid="report-files" aria-label="Files merged">
            {report.files
              .filter((f) => f.outcome === 'merged')
              .flatMap((f) =>
                f.snapshots.map((s) => (
                  <li key={s.id}>
                    {f.file}: {s.kind === 'archive' ? 'archive' : 'under-investigation list'} as of{' '}
                    <time dateTime={s.date}>{s.date}</time>
                    {s.dateFrom ? ` (${DATE_FROM_TEXT[s.dateFrom]})` : ''}
                    {s.coverage === 'partial' ? ', partial: adds and updates, removes none' : ''}
                  </li>
                )),
              )}
          </ul>
          <p className="import-asof" data-testid="import-asof">
            Data as of <time dateTime={report.before.asOf}>{report.before.asOf}</time> →{' '}
            <time dateTime={report.after.asOf}>{report.after.asOf}</time>;{' '}
            {fmt.format(report.before.breaches)} → {fmt.format(report.after.breaches)} breach
            reports.
          </p>
          <Listing
            title="Breaches added"
            testId="report-added-list"
            items={report.added}
            total={t.added}
            render={(b) => <BreachCells b={b} />}
            header={<BreachHeader />}
          />
          <Listing
            title="Counts updated (largest changes first)"
            testId="report-counts-list"
            items={report.countsUpdated}
            total={t.countsUpdated}
            render={(c) => <ChangeCells c={c} />}
            header={<ChangeHeader />}
          />
          {(
            [
              ['Now archived', 'report-archived-list', report.nowArchived, t.nowArchived],
              ['Left the open list', 'report-closed-list', report.nowClosed, t.nowClosed],
              ['Removed by HHS', 'report-removed-list', report.removed, t.removed],
            ] as const
          ).map(([title, testId, items, total]) => (
            <Listing
              key={testId}
              title={title}
              testId={testId}
              items={items}
              total={total}
              render={(b) => <BreachCells b={b} />}
              header={<BreachHeader />}
            />
          ))}
        </>
      )}
      {report.problems.length > 0 && <Problems report={report} />}
    </section>
  );
}

function Total({
  id,
  label,
  value,
  note,
}: {
  id: string;
  label: string;
  value: string;
  note: string;
}) {
  return (
    <div className="import-total" data-testid={`report-${id}`}>
      <dt>{label}</dt>
      <dd className="import-total-value">{value}</dd>
      <dd className="import-total-note">{note}</dd>
    </div>
  );
}

function Listing<T extends { id: string }>({
  title,
  testId,
  items,
  total,
  render,
  header,
}: {
  title: string;
  testId: string;
  items: readonly T[];
  total: number;
  render: (item: T) => React.ReactNode;
  header: React.ReactNode;
}) {
  const [all, setAll] = useState(false);
  if (total === 0) return null;
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <details className="import-listing" data-testid={testId}>
      <summary>
        {title} ({fmt.format(total)})
      </summary>
      <div className="import-scroll" role="region" aria-label={title} tabIndex={0}>
        <table className="import-table">
          <thead>{header}</thead>
          <tbody>
            {shown.map((item) => (
              <tr key={item.id}>{render(item)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      {items.length > SHOWN && (
        <button type="button" className="import-more" onClick={() => setAll(!all)}>
          {all
            ? `Show the first ${SHOWN}`
            : `Show ${items.length < total ? `the first ${fmt.format(items.length)}` : `all ${fmt.format(total)}`}`}
        </button>
      )}
    </details>
  );
}

const BreachHeader = () => (
  <tr>
    <th scope="col">Entity</th>
    <th scope="col">State</th>
    <th scope="col">Submitted</th>
    <th scope="col" className="import-num">
      Individuals
    </th>
  </tr>
);

const BreachCells = ({ b }: { b: BreachRef }) => (
  <>
    <td>{b.name}</td>
    <td>{b.state ?? '—'}</td>
    <td>{b.submitted}</td>
    <td className="import-num">{count(b.individuals)}</td>
  </>
);

const ChangeHeader = () => (
  <tr>
    <th scope="col">Entity</th>
    <th scope="col">Submitted</th>
    <th scope="col" className="import-num">
      Before
    </th>
    <th scope="col" className="import-num">
      Now
    </th>
  </tr>
);

const ChangeCells = ({ c }: { c: CountChange }) => (
  <>
    <td>
      {c.name}
      {c.placeholderResolved && <span className="import-badge">placeholder resolved</span>}
    </td>
    <td>{c.submitted}</td>
    <td className="import-num">{count(c.before)}</td>
    <td className="import-num">{count(c.after)}</td>
  </>
);

function Problems({ report }: { report: ImportReport }) {
  const download = () => {
    const blob = new Blob([report.problemsCsv as Uint8Array<ArrayBuffer>], {
      type: 'text/csv;charset=utf-8',
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'import-problems.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const shown = report.problems.slice(0, SHOWN_PROBLEMS);
  return (
    <div className="import-problems" data-testid="report-problems-list">
      <h4>Rows with problems</h4>
      <p className="import-total-note">
        Each names the file, the row (the header is row 1, as in a spreadsheet) and the field.{' '}
        {report.totals.problems > SHOWN_PROBLEMS &&
          `The first ${SHOWN_PROBLEMS} of ${fmt.format(report.totals.problems)} are shown; the download has all.`}
      </p>
      <button type="button" onClick={download} data-testid="download-problems">
        Download problems (CSV)
      </button>
      <div className="import-scroll" role="region" aria-label="Rows with problems" tabIndex={0}>
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Row</th>
              <th scope="col">Field</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p, i) => (
              <tr key={i} className={p.severity === 'error' ? 'is-error' : undefined}>
                <td>{p.file}</td>
                <td className="import-num">{p.row ?? '—'}</td>
                <td>{p.field ?? '—'}</td>
                <td>
                  {p.severity === 'error' ? 'Skipped: ' : ''}
                  {p.message}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
