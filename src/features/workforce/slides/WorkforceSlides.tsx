import { useMemo, type ComponentType } from 'react';
import { useBreaches } from '../../../queries/breaches';
import { useManifest } from '../../../queries/manifest';
import { useWorkforce } from '../../../queries/workforce';
import { useView } from '../../../state/viewContext';
import type { BreachTable } from '../../../data/table/BreachTable';
import { checkClaims } from '../../../data/claims/checkClaims';
import { useCountHistory } from '../../../queries/countHistory';
import type { Manifest } from '../../../data/datasets/parseManifest';
import type { WorkforceData } from '../../../data/workforce/assembleWorkforce';
import { IndexChart } from '../../../charts/index/IndexChart';
import { indexToBase } from '../../../charts/index/indexModel';
import { SlideBarsChart } from '../../../charts/slideBars/SlideBarsChart';
import type { SlideBarRow } from '../../../charts/slideBars/slideBarsModel';
import { indexYears, resolveBaseYear } from '../caseData';
import { claimInputs } from '../claimInputs';
import { formatChange, formatCycle, formatMoney } from '../formatFigures';
import { outlookRows, resolveOutlookChoice, type OutlookRow } from '../outlookRows';
import { DISCIPLINES } from '../roleProfiles';

/** At most this many occupations on a projected chart: readable from the back of a room. */
const MAX_OCCUPATIONS = 6;

/** The slide's workforce choices come from its view: a handout shows each slide's own. */
function useOutlook(data: WorkforceData) {
  const { cycle, payPeriod } = useView();
  return useMemo(() => {
    const choice = resolveOutlookChoice(data, cycle, payPeriod);
    return { choice, ...outlookRows(data, choice.cycle, choice.period?.period ?? '') };
  }, [data, cycle, payPeriod]);
}

/** The top occupations by one figure, as slide bars (occupations without the figure left out). */
function topOccupations(
  rows: readonly OutlookRow[],
  value: (r: OutlookRow) => number | null | undefined,
  format: (v: number) => string,
): SlideBarRow[] {
  return rows
    .flatMap((r) => {
      const v = value(r);
      return v === null || v === undefined
        ? []
        : [{ key: r.occupation.key, label: r.occupation.title, value: v, text: format(v) }];
    })
    .sort((a, b) => b.value - a.value)
    .slice(0, MAX_OCCUPATIONS);
}

/** Projected growth of the fastest-growing occupations against all occupations. */
function GrowthSlide({ data }: { data: WorkforceData }) {
  const { choice, rows, benchmark } = useOutlook(data);
  const bars = topOccupations(rows, (r) => r.projection?.changePercent, formatChange);
  const avg = benchmark?.projection?.changePercent ?? null;
  return (
    <div className="slide-chart" data-testid="slide-growth">
      <p className="slide-chart-head">
        Projected employment growth, {formatCycle(choice.cycle)} (BLS)
      </p>
      <SlideBarsChart
        rows={bars}
        title={`Projected employment growth, ${formatCycle(choice.cycle)}, against all occupations`}
        benchmark={
          avg === null ? null : { value: avg, label: `All occupations ${formatChange(avg)}` }
        }
      />
    </div>
  );
}

/** Median annual pay of the best-paid occupations against all occupations. */
function PaySlide({ data }: { data: WorkforceData }) {
  const { choice, rows, benchmark } = useOutlook(data);
  const bars = topOccupations(rows, (r) => r.pay?.medianAnnual, formatMoney);
  const all = benchmark?.pay?.medianAnnual ?? null;
  return (
    <div className="slide-chart" data-testid="slide-pay">
      <p className="slide-chart-head">Median annual pay, {choice.period?.label ?? ''} (BLS)</p>
      <SlideBarsChart
        rows={bars}
        title={`Median annual pay, ${choice.period?.label ?? ''}, against all occupations`}
        benchmark={
          all === null ? null : { value: all, label: `All occupations ${formatMoney(all)}` }
        }
      />
    </div>
  );
}

/** The two neighbouring careers, side by side, in a few words each. */
function RolesSlide() {
  return (
    <div className="slide-two slide-roles" data-testid="slide-roles">
      {DISCIPLINES.map((d) => (
        <section key={d.key}>
          <h3>{d.name}</h3>
          <p>{d.focus}</p>
          <ul>
            {d.duties.slice(0, 3).map((duty) => (
              <li key={duty}>{duty}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Breaches and individuals indexed to the chosen base year. */
function CaseSlide({ table, manifest }: { table: BreachTable; manifest: Manifest }) {
  const { baseYear: chosen, indexScale: scale } = useView();
  const index = useMemo(() => indexYears(table, manifest), [table, manifest]);
  const base = resolveBaseYear(chosen, index);
  const series = useMemo(
    () => (base === null ? [] : indexToBase(index.years, base)),
    [index, base],
  );
  if (base === null) return <p>The breach data holds no complete year to index against.</p>;
  return (
    <div className="slide-chart" data-testid="slide-case">
      <p className="slide-chart-head">Indexed to {base} = 100</p>
      <IndexChart
        series={series}
        baseYear={base}
        scale={scale}
        partialYear={index.partialYear}
        title={`Breach reports and individuals affected, indexed to ${base} = 100`}
        source="hhs-ocr"
      />
    </div>
  );
}

const VERDICT_WORDS = {
  holds: 'Holds',
  partly: 'Partly holds',
  'does not hold': 'Does not hold',
  'not checked': 'Quoted, not checked',
} as const;

/** Each claim with its verdict, computed from the data. */
function ClaimsSlide({ table }: { table: BreachTable }) {
  // Only this slide needs the count history (for the revised counts): it loads it itself.
  const history = useCountHistory().data ?? null;
  const results = useMemo(() => checkClaims(claimInputs(table, history)), [table, history]);
  return (
    <ul className="slide-claims" data-testid="slide-claims">
      {results.map((r) => (
        <li key={r.id}>
          <span className={`slide-verdict verdict-${r.verdict.replace(/ /g, '-')}`}>
            {VERDICT_WORDS[r.verdict]}
          </span>
          <span className="slide-claim">{r.claim}</span>
        </li>
      ))}
    </ul>
  );
}

/** A slide of BLS figures: loads the workforce files, nothing else. */
function blsSlide(Figure: ComponentType<{ data: WorkforceData }>): ComponentType {
  function BlsSlide() {
    const workforce = useWorkforce();
    if (workforce.error) return <p role="alert">The workforce data could not be loaded.</p>;
    if (!workforce.data) return <p role="status">Loading workforce figures…</p>;
    return <Figure data={workforce.data} />;
  }
  BlsSlide.displayName = `BlsSlide(${Figure.name})`;
  return BlsSlide;
}

/** A slide over the breach table (the case, the claims): waits for the table and its manifest. */
function breachTableSlide(
  Figure: ComponentType<{ table: BreachTable; manifest: Manifest }>,
): ComponentType {
  function BreachTableSlide() {
    const breaches = useBreaches();
    const manifest = useManifest();
    if (breaches.error || manifest.error)
      return <p role="alert">The breach data could not be loaded.</p>;
    if (!breaches.data || !manifest.data) return <p role="status">Loading breach reports…</p>;
    return <Figure table={breaches.data.table} manifest={manifest.data} />;
  }
  BreachTableSlide.displayName = `BreachTableSlide(${Figure.name})`;
  return BreachTableSlide;
}

/** The workforce page's slides, for the presentation's slide registry (composed by the app). */
export const workforceSlides = {
  'workforce-outlook': blsSlide(GrowthSlide),
  'workforce-pay': blsSlide(PaySlide),
  'workforce-roles': RolesSlide,
  'workforce-case': breachTableSlide(CaseSlide),
  'workforce-claims': breachTableSlide(ClaimsSlide),
} as const;
