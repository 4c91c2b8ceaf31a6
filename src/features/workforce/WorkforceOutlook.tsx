import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { formatChange, formatCycle, formatMoney } from './formatFigures';
import { OutlookControls } from './OutlookControls';
import { outlookRows, sourceKeysOf } from './outlookRows';
import { OutlookTableRow, type OutlookColumns } from './OutlookTableRow';
import { OEWS_TOP_CODE } from './PayRange';
import { Sourced } from './Sourced';
import { useOutlookChoice } from './useOutlookChoice';
import { WorkforceSourceLine } from './WorkforceSourceLine';

/**
 * The job outlook per occupation: projected growth against the all-occupations average, base and
 * projected employment, openings, median pay with its 10th–90th percentile spread, each under
 * its reference period and with its source on every figure.
 */
export function WorkforceOutlook({ data }: { data: WorkforceData }) {
  const choice = useOutlookChoice(data);
  const { cycle, period } = choice;
  if (!period || cycle === '') {
    return (
      <section className="panel" aria-labelledby="wf-outlook-heading" id="wf-outlook" tabIndex={-1}>
        <h2 id="wf-outlook-heading">Job outlook</h2>
        <p className="notice">No projection or pay rows could be read from datasets/workforce.</p>
      </section>
    );
  }
  const { rows, benchmark } = outlookRows(data, cycle, period.period);
  const everyRow = [...rows, ...(benchmark ? [benchmark] : [])];
  const projections = everyRow.map((r) => r.projection);
  const pays = everyRow.map((r) => r.pay);
  const epSource = sourceKeysOf(projections);
  const paySource = sourceKeysOf(pays);
  const first = projections.find((p) => p !== null);
  const avg = benchmark?.projection?.changePercent ?? null;
  const growthValues = rows.flatMap((r) => (r.projection ? [r.projection.changePercent] : []));
  const growth: [number, number] = [
    Math.min(0, ...growthValues),
    Math.max(1, ...growthValues, avg ?? 0),
  ];
  const payMax = Math.max(
    1,
    ...pays.map((p) => p?.p90Annual ?? (p?.p90TopCoded ? OEWS_TOP_CODE : (p?.p75Annual ?? 0))),
  );
  const anyTopCoded = pays.some((p) => p?.p90TopCoded);
  const faster =
    avg === null ? 0 : rows.filter((r) => r.projection && r.projection.changePercent > avg).length;
  const withProjection = rows.filter((r) => r.projection).length;
  // Each heading is a name and its reference period; the period sits on its own line.
  const heads = {
    growth: ['Projected growth', formatCycle(cycle)],
    base: ['Jobs', String(first?.baseYear ?? '')],
    projected: ['Jobs (projected)', String(first?.projectedYear ?? '')],
    openings: ['Openings a year', `average, ${formatCycle(cycle)}`],
    median: ['Median pay', period.label],
    range: ['Pay, 10th–90th percentile', period.label],
  } as const;
  const label = (k: keyof typeof heads) => `${heads[k][0]}, ${heads[k][1]}`;
  const columns: OutlookColumns = {
    growth: label('growth'),
    base: label('base'),
    projected: label('projected'),
    openings: label('openings'),
    median: label('median'),
    range: label('range'),
  };
  const head = (k: keyof typeof heads) => (
    <>
      {heads[k][0]}
      <span className="wf-period">{heads[k][1]}</span>
    </>
  );

  return (
    <section className="panel" aria-labelledby="wf-outlook-heading" id="wf-outlook" tabIndex={-1}>
      <div className="panel-head">
        <h2 id="wf-outlook-heading">Job outlook</h2>
        <OutlookControls data={data} choice={choice} name="wf-outlook" />
      </div>
      {avg !== null && first && (
        <p className="summary" data-testid="wf-outlook-summary">
          <Sourced source={epSource}>
            For {formatCycle(cycle)}, BLS projects {faster} of these {withProjection} occupations to
            grow faster than the {formatChange(avg)} it projects for all occupations.
          </Sourced>
        </p>
      )}
      <div className="wf-table-scroll">
        <table className="data-table wf-outlook-table" data-testid="wf-outlook-table">
          <caption>
            <Sourced source={`${epSource} ${paySource}`}>
              BLS Employment Projections {formatCycle(cycle)} and OEWS pay, {period.label}. Every
              industry, not only healthcare.
            </Sourced>
          </caption>
          <thead>
            <tr>
              <th scope="col">Occupation</th>
              {(['growth', 'base', 'projected', 'openings'] as const).map((k) => (
                <th scope="col" key={k}>
                  <Sourced source={epSource}>{head(k)}</Sourced>
                </th>
              ))}
              {(['median', 'range'] as const).map((k) => (
                <th scope="col" key={k}>
                  <Sourced source={paySource}>{head(k)}</Sourced>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <OutlookTableRow
                key={r.occupation.key}
                row={r}
                growth={growth}
                avg={avg}
                payMax={payMax}
                columns={columns}
              />
            ))}
            {benchmark && (
              <OutlookTableRow
                row={benchmark}
                growth={growth}
                avg={avg}
                payMax={payMax}
                columns={columns}
                benchmark
              />
            )}
          </tbody>
        </table>
      </div>
      <ul className="wf-notes">
        <li>
          In each growth bar the dark tick marks the all-occupations average. Change and percent are
          the published BLS values, worked out from unrounded employment, so subtracting the rounded
          job counts can differ in the last digit.
        </li>
        <li>
          The pay strip shows the middle half of earners as a box and the{' '}
          <Sourced source={paySource}>10th to 90th percentile</Sourced> as a line, with the median
          as a tick.
        </li>
        <li>
          Job counts include self-employed people; pay covers wage-and-salary workers only. Pay is
          in current dollars, not adjusted for inflation.
        </li>
        <li>
          Openings are the yearly average over the decade: new jobs plus the replacement of people
          who leave the occupation.
        </li>
        {anyTopCoded && (
          <li>
            <Sourced source={paySource}>
              OEWS publishes no exact wage at or above {formatMoney(OEWS_TOP_CODE)} a year; where
              the 90th percentile passes it, it reads “≥ {formatMoney(OEWS_TOP_CODE)}”.
            </Sourced>
          </li>
        )}
        <li>
          The role tags (health informatics, HIM, security) are this project’s judgement, not a BLS
          classification.
        </li>
      </ul>
      <WorkforceSourceLine
        data={data}
        keys={`${epSource} ${paySource}`}
        panel="outlook"
        counts="jobs, projected change and openings for every industry; pay for wage-and-salary workers"
      />
    </section>
  );
}
