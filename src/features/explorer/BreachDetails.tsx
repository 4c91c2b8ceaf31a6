import { useEffect, useId, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { BreachTable } from '../../data/table/BreachTable';
import type { CountSighting } from '../../data/datasets/parseCountHistory';
import { useCountHistory } from '../../queries/countHistory';
import { useAppStore } from '../../state/store';
import { breachFacts, rowOfId, UNKNOWN, type BreachFacts } from './largestTableModel';

const countFormat = new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero' });
const plainFormat = new Intl.NumberFormat('en-US');

const STATUS_TEXT: Record<BreachFacts['status'], string> = {
  open: 'Under investigation (on the newest under-investigation list)',
  archived: 'Closed (in the archive of closed cases)',
  closed: 'Closed (left the under-investigation list; its archive entry is not in our exports)',
};

/**
 * The facts of the breach whose id is in the store (so a link can open it), beside the table.
 * Non-modal: the table stays usable. Focus moves in when a control opened it and goes back on
 * Close or Esc; a breach opened by a link on load leaves focus where the browser put it.
 */
export function BreachDetails({
  table,
  id,
  panelId,
  fallbackFocus,
}: {
  table: BreachTable;
  id: string;
  panelId: string;
  /** Focused on close when the control that opened the panel is gone (another page, a new filter). */
  fallbackFocus: RefObject<HTMLElement | null>;
}) {
  const openBreach = useAppStore((s) => s.openBreach);
  const facts = useMemo(() => {
    const row = rowOfId(table, id);
    return row === null ? null : breachFacts(table, row);
  }, [table, id]);
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body) return;
    if (!panelRef.current?.contains(active)) opener.current = active;
    headingRef.current?.focus();
  }, [id]);

  const close = () => {
    const target = opener.current;
    openBreach(null);
    if (target?.isConnected) target.focus();
    else fallbackFocus.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      close();
    }
  };

  return (
    <section
      id={panelId}
      ref={panelRef}
      className="breach-details"
      aria-labelledby={headingId}
      data-testid="breach-details"
      onKeyDown={onKeyDown}
    >
      <div className="breach-details-head">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          <span className="largest-visually-hidden">Details: </span>
          {facts === null ? 'Breach details' : facts.name === '' ? '(no name)' : facts.name}
        </h3>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
      {facts === null ? (
        <p>This breach is not in the current data.</p>
      ) : (
        <>
          <Facts facts={facts} />
          <h4>Individuals affected across snapshots</h4>
          <CountHistoryTable id={facts.id} />
        </>
      )}
    </section>
  );
}

function Facts({ facts: f }: { facts: BreachFacts }) {
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : 'Not given');
  return (
    <dl className="breach-facts">
      <dt>Entity</dt>
      <dd>{f.name === '' ? '(no name)' : f.name}</dd>
      <dt>State</dt>
      <dd>{f.state ?? 'Not given'}</dd>
      <dt>Entity type</dt>
      <dd>{f.entityType ?? 'Not given'}</dd>
      <dt>Submitted to HHS</dt>
      <dd>
        <time dateTime={f.submitted}>{f.submitted}</time>
      </dd>
      <dt>Individuals affected</dt>
      <dd>{f.individualsValue === null ? 'Unknown (not reported)' : f.individuals}</dd>
      <dt>Placeholder count</dt>
      <dd>
        {f.placeholder ? 'Yes — 500/501, the count HHS lists before a real one is known' : 'No'}
      </dd>
      <dt>Breach type</dt>
      <dd>{list(f.breachTypes)}</dd>
      <dt>Location of breached information</dt>
      <dd>{list(f.locations)}</dd>
      <dt>Business associate present</dt>
      <dd>{f.businessAssociate ?? 'Not given'}</dd>
      <dt>Status</dt>
      <dd>{STATUS_TEXT[f.status]}</dd>
      <dt>Portal narrative</dt>
      <dd>{f.webDescription ? 'Yes (not kept here)' : 'No'}</dd>
      <dt>First seen</dt>
      <dd>
        {f.firstSeen === null ? 'Unknown' : <time dateTime={f.firstSeen}>{f.firstSeen}</time>}
      </dd>
      <dt>Last seen</dt>
      <dd>
        {f.lastSeen === null ? 'Unknown' : <time dateTime={f.lastSeen}>{f.lastSeen}</time>}
        {f.seenIn > 0 && ` (in ${f.seenIn} ${f.seenIn === 1 ? 'snapshot' : 'snapshots'})`}
      </dd>
    </dl>
  );
}

/** Mounted only with a known breach, so count-history.csv is fetched only once details open. */
function CountHistoryTable({ id }: { id: string }) {
  const query = useCountHistory();
  if (query.isPending) {
    return (
      <p className="breach-history-status" role="status">
        Loading count history…
      </p>
    );
  }
  if (query.isError) {
    return (
      <div className="breach-history-status" role="alert">
        <p>The count history could not be loaded: {query.error.message}</p>
        <button type="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  const rows = historyRows(query.data.get(id) ?? []);
  if (rows.length === 0)
    return <p className="breach-history-status">No snapshot lists a count for this breach.</p>;
  return (
    // Focusable so a keyboard can scroll it sideways when the panel is narrow.
    <div className="breach-history-scroll" role="region" aria-label="Count history" tabIndex={0}>
      <table className="breach-history" data-testid="breach-history">
        <caption className="largest-visually-hidden">
          Count in each snapshot, oldest first; changed counts are marked
        </caption>
        <thead>
          <tr>
            {/* Date, count and change first: on a phone the list name is what scrolls out of view. */}
            <th scope="col">Snapshot date</th>
            <th scope="col" className="largest-col-number">
              Individuals
            </th>
            <th scope="col">Change</th>
            <th scope="col">List</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.snapshot} className={r.changed ? 'is-change' : undefined}>
              <td>
                <time dateTime={r.date}>{r.date}</time>
              </td>
              <td className="largest-col-number">{r.individuals}</td>
              <td className="breach-history-change">{r.change}</td>
              <td>{r.list}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface HistoryRow {
  snapshot: string;
  date: string;
  list: string;
  individuals: string;
  /** The count differs from the previous sighting's (the first sighting is never a change). */
  changed: boolean;
  change: string;
}

/** Sightings as table rows, each compared with the one before; text says what changed, not only colour. */
export function historyRows(sightings: readonly CountSighting[]): HistoryRow[] {
  return sightings.map((s, i) => {
    const before = i === 0 ? undefined : sightings[i - 1];
    const changed = before !== undefined && before.individuals !== s.individuals;
    let change = i === 0 ? 'first seen' : 'unchanged';
    if (changed && before) {
      if (s.individuals === null) change = 'count removed';
      else if (before.individuals === null) change = 'count reported';
      else change = countFormat.format(s.individuals - before.individuals);
    }
    return {
      snapshot: s.snapshot,
      date: s.date,
      list: listName(s.snapshot),
      individuals: s.individuals === null ? UNKNOWN : plainFormat.format(s.individuals),
      changed,
      change,
    };
  });
}

/** "archive-2025-05-11-filtered" → "Archive (filtered)"; "…-derived" → "… (derived listing)". */
function listName(snapshot: string): string {
  const base = snapshot.startsWith('archive')
    ? 'Archive'
    : snapshot.startsWith('investigation')
      ? 'Under investigation'
      : snapshot;
  if (snapshot.endsWith('-filtered')) return `${base} (filtered)`;
  if (snapshot.endsWith('-partial')) return `${base} (partial)`;
  if (snapshot.endsWith('-derived')) return `${base} (derived listing)`;
  return base;
}
