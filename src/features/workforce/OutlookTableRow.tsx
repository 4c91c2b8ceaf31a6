import { formatChange, formatHourly, formatJobsFromThousands, formatMoney } from './formatFigures';
import { occupationRowId } from './InPageLink';
import type { OutlookRow } from './outlookRows';
import { OEWS_TOP_CODE, PayRange } from './PayRange';
import { Sourced } from './Sourced';

const ROLE_NAMES: Record<string, string> = {
  health_informatics: 'Health informatics',
  health_information_management: 'HIM',
  security: 'Security',
};

export interface OutlookColumns {
  growth: string;
  base: string;
  projected: string;
  openings: string;
  median: string;
  range: string;
}

interface Props {
  row: OutlookRow;
  /** Domain of the growth bars, percent. */
  growth: [number, number];
  /** All-occupations percent, drawn as a tick in each bar. */
  avg: number | null;
  payMax: number;
  /** Column names, repeated as labels when the table stacks on a phone. */
  columns: OutlookColumns;
  benchmark?: boolean;
}

/** One occupation's figures; every number carries the source key of the row it comes from. */
export function OutlookTableRow({
  row,
  growth: [lo, hi],
  avg,
  payMax,
  columns,
  benchmark = false,
}: Props) {
  const { occupation, projection: p, pay } = row;
  const pos = (v: number) => `${((v - lo) / (hi - lo)) * 100}%`;
  const missing = <span className="wf-missing">not published</span>;
  return (
    <tr
      id={occupationRowId(occupation.key)}
      tabIndex={-1}
      className={benchmark ? 'wf-benchmark' : undefined}
      data-occupation={occupation.key}
    >
      <th scope="row">
        <span className="wf-occ-title">
          {benchmark ? 'All occupations (average)' : occupation.title}
        </span>
        {p && (
          <Sourced source={p.sourceKey} className="wf-soc">
            SOC {p.soc}
          </Sourced>
        )}
        {!benchmark && (
          <span className="wf-tags">
            {occupation.roles.map((t) => (
              <span key={t} className={`wf-tag wf-tag-${t}`}>
                {ROLE_NAMES[t] ?? t}
              </span>
            ))}
          </span>
        )}
      </th>
      <td data-label={columns.growth}>
        {p ? (
          <>
            <Sourced source={p.sourceKey} className="wf-figure" testId="wf-growth">
              {formatChange(p.changePercent)}
            </Sourced>
            <span className="wf-growth-track" aria-hidden="true">
              <span
                className={
                  avg !== null && p.changePercent <= avg
                    ? 'wf-growth-fill wf-growth-below'
                    : 'wf-growth-fill'
                }
                style={{
                  left: pos(Math.min(0, p.changePercent)),
                  width: `${(Math.abs(p.changePercent) / (hi - lo)) * 100}%`,
                }}
              />
              {avg !== null && <span className="wf-growth-avg" style={{ left: pos(avg) }} />}
            </span>
          </>
        ) : (
          missing
        )}
      </td>
      <td data-label={columns.base}>
        {p ? (
          <Sourced source={p.sourceKey} className="wf-figure" testId="wf-base-employment">
            {formatJobsFromThousands(p.baseEmploymentK)}
          </Sourced>
        ) : (
          missing
        )}
      </td>
      <td data-label={columns.projected}>
        {p ? (
          <>
            <Sourced source={p.sourceKey} className="wf-figure" testId="wf-projected-employment">
              {formatJobsFromThousands(p.projectedEmploymentK)}
            </Sourced>
            <Sourced source={p.sourceKey} className="wf-sub" testId="wf-change">
              {p.changeK >= 0 ? '+' : '−'}
              {formatJobsFromThousands(Math.abs(p.changeK))}
            </Sourced>
          </>
        ) : (
          missing
        )}
      </td>
      <td data-label={columns.openings}>
        {p ? (
          <Sourced source={p.sourceKey} className="wf-figure" testId="wf-openings">
            {formatJobsFromThousands(p.openingsK)}
          </Sourced>
        ) : (
          missing
        )}
      </td>
      <td data-label={columns.median}>
        {pay?.medianAnnual != null ? (
          <>
            <Sourced source={pay.sourceKey} className="wf-figure" testId="wf-median-pay">
              {formatMoney(pay.medianAnnual)}
            </Sourced>
            {pay.medianHourly !== null && (
              <Sourced source={pay.sourceKey} className="wf-sub">
                {formatHourly(pay.medianHourly)} an hour
              </Sourced>
            )}
          </>
        ) : (
          missing
        )}
      </td>
      <td data-label={columns.range}>
        {pay && pay.p10Annual !== null && (pay.p90Annual !== null || pay.p90TopCoded) ? (
          <>
            <Sourced source={pay.sourceKey} className="wf-range-text" testId="wf-pay-range">
              {formatMoney(pay.p10Annual)} to{' '}
              {pay.p90Annual !== null
                ? formatMoney(pay.p90Annual)
                : `≥ ${formatMoney(OEWS_TOP_CODE)}`}
            </Sourced>
            <PayRange pay={pay} max={payMax} />
          </>
        ) : (
          missing
        )}
      </td>
    </tr>
  );
}
