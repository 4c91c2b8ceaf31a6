/**
 * Tests the source article's claims against the data: the breach claims against the merged breach
 * history, the BLS growth claims against datasets/workforce/projections.csv (with the newer cycle's
 * figure), and lists the Payscale salaries as quoted, not checked. Nothing here is
 * written in: each verdict, number and reason is worked out from the year totals and the largest
 * breaches it is given, so a different history (a newer export, a test's altered one) gives
 * different verdicts. Plain TypeScript, no React.
 */

export type Verdict = 'holds' | 'partly' | 'does not hold' | 'not checked';

/** Source key of the breach figures (the manifest describes the HHS OCR portal). */
export const BREACH_SOURCE = 'hhs-ocr';
/** Source key of the article's own figures in datasets/workforce/sources.csv. */
export const ARTICLE_SOURCE = 'nec_article_2025';

/** The article's figures, as it states them. */
export const ARTICLE_FIGURES = {
  /** Individuals whose records were breached in 2021, the "record" (credited to HIPAA Journal). */
  individuals2021: 45_900_000,
  /** People affected by the single 2024 incident it calls the largest ever. */
  largest2024: 190_000_000,
  /** BLS projected growth 2023–33 it quotes, in whole percents, per occupation key. */
  growthCycle: '2023-33',
  growth: {
    health_information_technologists: 16,
    medical_health_services_managers: 29,
  } as Readonly<Record<string, number>>,
} as const;

/** How far a count may sit from the article's figure and still be "the same" figure (5 %). */
export const FIGURE_TOLERANCE = 0.05;

export interface ClaimNumber {
  label: string;
  value: number;
  unit: 'individuals' | 'breaches' | 'percent' | 'growth' | 'dollars';
  /** Space-separated source keys (sources.csv keys, or 'hhs-ocr'). */
  source: string;
}

export interface ClaimResult {
  /** Breach claims by name; growth claims `growth-<occupation key>`; Payscale quotes `pay-<quote key>`. */
  id: string;
  kind: 'breach' | 'growth' | 'pay';
  /** The claim in brief, as the article makes it. */
  claim: string;
  verdict: Verdict;
  numbers: ClaimNumber[];
  /** Why, in sentences built from the numbers. */
  reason: string;
  /** The newer figure where the data holds one (the 2024–34 projection for a 2023–33 claim). */
  newer?: ClaimNumber;
}

/** One projection row, as datasets/workforce/projections.csv gives it (a Projection fits). */
export interface ProjectionFigure {
  occupationKey: string;
  occupation: string;
  cycle: string;
  changePercent: number;
  sourceKey: string;
}

/** One quoted salary, as datasets/workforce/quoted-salaries.csv gives it (a QuotedSalary fits). */
export interface QuotedFigure {
  key: string;
  payscaleTitle: string;
  medianAnnual: number;
  periodLabel: string;
  status: string;
  sourceKey: string;
}

/** Totals of one submission year (a YearRollup fits). */
export interface YearTotals {
  year: number;
  breaches: number;
  /** Sum of known counts. */
  individuals: number;
}

/** The largest breach (by known count) of one submission year. */
export interface NotableBreach {
  name: string;
  year: number;
  /** ISO submission date. */
  submitted: string;
  individuals: number;
  /** Counts the exports showed over time, oldest first, when known. */
  history?: readonly { date: string; individuals: number | null }[];
}

export interface ClaimInput {
  years: readonly YearTotals[];
  /** At most one per year; years with no known count are left out. */
  largestByYear: readonly NotableBreach[];
  /** Workforce figures, when loaded: the growth and salary claims are checked against them. */
  projections?: readonly ProjectionFigure[];
  quotes?: readonly QuotedFigure[];
}

const fmt = new Intl.NumberFormat('en-US');
const pct = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** Every claim the data can speak to, in the article's order: breaches, then growth, then pay. */
export function checkClaims(input: ClaimInput): ClaimResult[] {
  const years = input.years.filter((y) => y.breaches > 0);
  const out = [recordIn2021(years), brokenIn2022And2023(years), largestIn2024(input.largestByYear)];
  if (input.projections)
    for (const [key, percent] of Object.entries(ARTICLE_FIGURES.growth))
      out.push(growthClaim(key, percent, input.projections));
  if (input.quotes)
    for (const q of input.quotes)
      if (q.status === 'quoted by the article') out.push(quotedPay(q, input.quotes));
  return out;
}

const cycleText = (cycle: string) => cycle.replace('-', '–');

/**
 * A growth claim: the article's whole percent against the BLS projection of the cycle it names.
 * BLS's handbook rounds the projection to a whole percent, so the claim holds when the projection
 * rounds to it. The newest other cycle is given as the newer figure.
 */
function growthClaim(
  occupationKey: string,
  claimed: number,
  projections: readonly ProjectionFigure[],
): ClaimResult {
  const rows = projections.filter((p) => p.occupationKey === occupationKey);
  const same = rows.find((p) => p.cycle === ARTICLE_FIGURES.growthCycle);
  const newest = rows
    .filter((p) => p.cycle > ARTICLE_FIGURES.growthCycle)
    .sort((a, b) => b.cycle.localeCompare(a.cycle))[0];
  const name = (same ?? newest)?.occupation ?? occupationKey.replace(/_/g, ' ');
  const claim = `BLS projects employment of ${name.toLowerCase()} to grow ${claimed}% from 2023 to 2033.`;
  const article: ClaimNumber = {
    label: `Growth ${cycleText(ARTICLE_FIGURES.growthCycle)}, per the article`,
    value: claimed,
    unit: 'growth',
    source: ARTICLE_SOURCE,
  };
  const newer: ClaimNumber | undefined = newest && {
    label: `Projected growth ${cycleText(newest.cycle)} (newer projections)`,
    value: newest.changePercent,
    unit: 'growth',
    source: newest.sourceKey,
  };
  const newerText = newest
    ? ` The newer ${cycleText(newest.cycle)} projections put it at ${growthFmt.format(newest.changePercent)}%${newest.changePercent < (same?.changePercent ?? Infinity) ? ', lower than before' : ''}.`
    : '';
  if (!same)
    return {
      id: `growth-${occupationKey}`,
      kind: 'growth',
      claim,
      verdict: 'not checked',
      numbers: newer ? [article, newer] : [article],
      reason: `The workforce data holds no ${cycleText(ARTICLE_FIGURES.growthCycle)} projection for this occupation, so the figure cannot be checked.${newerText}`,
      ...(newer ? { newer } : {}),
    };
  const rounded = Math.round(same.changePercent);
  const holds = rounded === claimed;
  const numbers: ClaimNumber[] = [
    article,
    {
      label: `Projected growth ${cycleText(same.cycle)}, BLS`,
      value: same.changePercent,
      unit: 'growth',
      source: same.sourceKey,
    },
  ];
  if (newer) numbers.push(newer);
  return {
    id: `growth-${occupationKey}`,
    kind: 'growth',
    claim,
    verdict: holds ? 'holds' : 'does not hold',
    numbers,
    reason: holds
      ? `BLS projects ${growthFmt.format(same.changePercent)}% for ${cycleText(same.cycle)}, which its handbook rounds to the article's ${claimed}%.${newerText}`
      : `BLS projects ${growthFmt.format(same.changePercent)}% for ${cycleText(same.cycle)}, which rounds to ${rounded}%, not the article's ${claimed}%.${newerText}`,
    ...(newer ? { newer } : {}),
  };
}

/** A Payscale salary the article quotes: shown as quoted, never checked (no Payscale page was seen). */
function quotedPay(q: QuotedFigure, quotes: readonly QuotedFigure[]): ClaimResult {
  const other = quotes.find(
    (o) => o !== q && o.payscaleTitle === q.payscaleTitle && o.status !== 'quoted by the article',
  );
  const numbers: ClaimNumber[] = [
    {
      label: `Median pay, ${q.payscaleTitle.toLowerCase()}, Payscale (${q.periodLabel}), per the article`,
      value: q.medianAnnual,
      unit: 'dollars',
      source: q.sourceKey,
    },
  ];
  if (other)
    numbers.push({
      label: `The same title's Payscale figure ${other.status} (${other.periodLabel})`,
      value: other.medianAnnual,
      unit: 'dollars',
      source: other.sourceKey,
    });
  return {
    id: `pay-${q.key}`,
    kind: 'pay',
    claim: `Payscale puts the median pay of a ${q.payscaleTitle.toLowerCase()} at about $${fmt.format(q.medianAnnual)} (${q.periodLabel}).`,
    verdict: 'not checked',
    numbers,
    reason: `Quoted as the article gives it; the Payscale page itself was not available, so the figure is not checked. Payscale figures come from self-reported profiles of a job title, change from month to month${other ? ` (another page gives $${fmt.format(other.medianAnnual)})` : ''}, and cannot be compared with BLS medians.`,
  };
}

const growthFmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Claim 1: 2021 was a record year, with 45.9 million records breached. */
function recordIn2021(years: readonly YearTotals[]): ClaimResult {
  const claim = '2021 was a record year: 45.9 million health records were breached.';
  const article: ClaimNumber = {
    label: 'Individuals in 2021, per the article',
    value: ARTICLE_FIGURES.individuals2021,
    unit: 'individuals',
    source: ARTICLE_SOURCE,
  };
  const y = years.find((d) => d.year === 2021);
  if (!y) return missingYear('record-2021', claim, [article], 2021);
  const earlier = years.filter((d) => d.year < 2021);
  const byInd = top(earlier, 'individuals');
  const byCnt = top(earlier, 'breaches');
  const recordInd = byInd === null || y.individuals > byInd.individuals;
  const recordCnt = byCnt === null || y.breaches > byCnt.breaches;
  const diff = percentDiff(y.individuals, ARTICLE_FIGURES.individuals2021);

  const numbers: ClaimNumber[] = [
    article,
    {
      label: 'Individuals in 2021, merged history',
      value: y.individuals,
      unit: 'individuals',
      source: BREACH_SOURCE,
    },
    {
      label: 'Merged history vs the article’s figure',
      value: diff,
      unit: 'percent',
      source: `${BREACH_SOURCE} ${ARTICLE_SOURCE}`,
    },
  ];
  if (byInd)
    numbers.push({
      label: `Most individuals in any earlier year (${byInd.year})`,
      value: byInd.individuals,
      unit: 'individuals',
      source: BREACH_SOURCE,
    });
  numbers.push({
    label: 'Breach reports in 2021',
    value: y.breaches,
    unit: 'breaches',
    source: BREACH_SOURCE,
  });
  if (byCnt)
    numbers.push({
      label: `Most reports in any earlier year (${byCnt.year})`,
      value: byCnt.breaches,
      unit: 'breaches',
      source: BREACH_SOURCE,
    });

  const parts: string[] = [];
  parts.push(
    recordCnt
      ? `By number of reports 2021 was a record: ${fmt.format(y.breaches)}${byCnt ? `, above the ${fmt.format(byCnt.breaches)} of ${byCnt.year}, the highest before` : ''}.`
      : `By number of reports 2021 was no record: its ${fmt.format(y.breaches)} did not exceed the ${fmt.format(byCnt?.breaches ?? 0)} of ${byCnt?.year}.`,
  );
  parts.push(
    recordInd
      ? `By individuals affected it was a record: ${fmt.format(y.individuals)}${byInd ? `, above the ${fmt.format(byInd.individuals)} of ${byInd.year}` : ''}.`
      : `By individuals affected it was not: ${byInd?.year} had ${fmt.format(byInd?.individuals ?? 0)}, more than 2021's ${fmt.format(y.individuals)}.`,
  );
  parts.push(
    Math.abs(diff) / 100 <= FIGURE_TOLERANCE
      ? `The merged history's 2021 total is within ${FIGURE_TOLERANCE * 100}% of the article's 45.9 million (${pct.format(diff)}%).`
      : `The merged history counts ${fmt.format(y.individuals)} for 2021, ${pct.format(diff)}% against the article's 45.9 million. The article's figure is most likely an earlier tally: OCR revises counts after a report is filed, and late reports are added.`,
  );
  return {
    id: 'record-2021',
    kind: 'breach',
    claim,
    verdict: combine([recordInd, recordCnt]),
    numbers,
    reason: parts.join(' '),
  };
}

/** Claim 2: the 2021 record was broken in 2022 and again in 2023. */
function brokenIn2022And2023(years: readonly YearTotals[]): ClaimResult {
  const claim = 'The 2021 record was broken in 2022, and broken again in 2023.';
  const y2022 = years.find((d) => d.year === 2022);
  const y2023 = years.find((d) => d.year === 2023);
  if (!y2022 || !y2023) return missingYear('broken-2022-2023', claim, [], y2022 ? 2023 : 2022);
  const numbers: ClaimNumber[] = [];
  const checks: boolean[] = [];
  const sentences: string[] = [];
  // Each year's value is listed once per measure, whether as the year itself or as "highest before".
  const listed = new Set<string>();
  for (const measure of ['breaches', 'individuals'] as const) {
    const unit = measure;
    const noun = measure === 'breaches' ? 'reports' : 'individuals';
    const said: string[] = [];
    for (const y of [y2022, y2023]) {
      const before = top(
        years.filter((d) => d.year < y.year),
        measure,
      );
      const beats = before === null || y[measure] > before[measure];
      checks.push(beats);
      if (before && !listed.has(`${measure}:${before.year}`)) {
        listed.add(`${measure}:${before.year}`);
        numbers.push({
          label: `Most ${noun} in a year before ${y.year} (${before.year})`,
          value: before[measure],
          unit,
          source: BREACH_SOURCE,
        });
      }
      listed.add(`${measure}:${y.year}`);
      numbers.push({
        label: `${measure === 'breaches' ? 'Breach reports' : 'Individuals'} in ${y.year}`,
        value: y[measure],
        unit,
        source: BREACH_SOURCE,
      });
      said.push(
        before === null
          ? `${y.year} had ${fmt.format(y[measure])} ${noun}, with no earlier year to beat`
          : beats
            ? `${y.year} set a record with ${fmt.format(y[measure])} (above ${fmt.format(before[measure])} in ${before.year})`
            : `${y.year}'s ${fmt.format(y[measure])} stayed below the ${fmt.format(before[measure])} of ${before.year}`,
      );
    }
    sentences.push(
      `By ${measure === 'breaches' ? 'number of reports' : 'individuals affected'}: ${said.join('; ')}.`,
    );
  }
  return {
    id: 'broken-2022-2023',
    kind: 'breach',
    claim,
    verdict: combine(checks),
    numbers,
    reason: sentences.join(' '),
  };
}

/** Claim 3: one 2024 incident affected 190 million people, the largest healthcare breach ever. */
function largestIn2024(largest: readonly NotableBreach[]): ClaimResult {
  const claim =
    'In 2024 a single incident affected 190 million people, the largest U.S. healthcare breach on record.';
  const article: ClaimNumber = {
    label: 'People affected, per the article',
    value: ARTICLE_FIGURES.largest2024,
    unit: 'individuals',
    source: ARTICLE_SOURCE,
  };
  const overall = [...largest].sort(
    (a, b) => b.individuals - a.individuals || a.submitted.localeCompare(b.submitted),
  )[0];
  const in2024 = largest.find((b) => b.year === 2024);
  if (!overall) return missingYear('largest-2024', claim, [article], 2024);
  const near = (n: number) =>
    Math.abs(n - ARTICLE_FIGURES.largest2024) / ARTICLE_FIGURES.largest2024 <= FIGURE_TOLERANCE;
  const sighting =
    in2024?.history?.find((s) => s.individuals === ARTICLE_FIGURES.largest2024) ??
    in2024?.history?.find((s) => s.individuals !== null && near(s.individuals));
  const isLargest = overall.year === 2024;
  const sizeMatches = in2024 !== undefined && (near(in2024.individuals) || sighting !== undefined);

  const numbers: ClaimNumber[] = [article];
  const parts: string[] = [];
  if (in2024) {
    const diff = percentDiff(in2024.individuals, ARTICLE_FIGURES.largest2024);
    numbers.push({
      label: `Largest 2024 report: ${in2024.name}`,
      value: in2024.individuals,
      unit: 'individuals',
      source: BREACH_SOURCE,
    });
    numbers.push({
      label: 'Its latest count vs the article’s figure',
      value: diff,
      unit: 'percent',
      source: `${BREACH_SOURCE} ${ARTICLE_SOURCE}`,
    });
    if (sighting && sighting.individuals !== in2024.individuals && sighting.individuals !== null)
      numbers.push({
        label: `Its count in the export of ${sighting.date}`,
        value: sighting.individuals,
        unit: 'individuals',
        source: BREACH_SOURCE,
      });
    parts.push(
      sizeMatches
        ? `The largest 2024 report, ${in2024.name} (submitted ${in2024.submitted}), lists ${fmt.format(in2024.individuals)} people${sighting && sighting.individuals !== in2024.individuals ? `; an earlier export showed ${fmt.format(sighting.individuals ?? 0)} (${sighting.date})${sighting.individuals === ARTICLE_FIGURES.largest2024 ? ', the very figure the article quotes' : ', close to the article’s figure'}` : ''}.`
        : `The largest 2024 report, ${in2024.name}, lists ${fmt.format(in2024.individuals)} people, far from the article's 190 million.`,
    );
  } else {
    parts.push('The data holds no 2024 report with a known count.');
  }
  if (isLargest) {
    const runnerUp = [...largest]
      .filter((b) => b.year !== 2024)
      .sort((a, b) => b.individuals - a.individuals)[0];
    if (runnerUp) {
      numbers.push({
        label: `Largest report of any other year: ${runnerUp.name} (${runnerUp.year})`,
        value: runnerUp.individuals,
        unit: 'individuals',
        source: BREACH_SOURCE,
      });
      parts.push(
        `It is the largest in the data; the largest of any other year is ${runnerUp.name} (${runnerUp.year}) with ${fmt.format(runnerUp.individuals)}.`,
      );
    } else parts.push('It is the largest report in the data.');
  } else {
    numbers.push({
      label: `Largest report in the data: ${overall.name} (${overall.year})`,
      value: overall.individuals,
      unit: 'individuals',
      source: BREACH_SOURCE,
    });
    parts.push(
      in2024
        ? `It is not the largest ever: ${overall.name} (${overall.year}) lists ${fmt.format(overall.individuals)}.`
        : `The largest report in the data is ${overall.name} (${overall.year}), with ${fmt.format(overall.individuals)}.`,
    );
  }
  return {
    id: 'largest-2024',
    kind: 'breach',
    claim,
    verdict: combine([isLargest, sizeMatches]),
    numbers,
    reason: parts.join(' '),
  };
}

/** All checks pass → holds; none → does not hold; some → partly. */
function combine(checks: readonly boolean[]): Verdict {
  const passed = checks.filter(Boolean).length;
  return passed === checks.length ? 'holds' : passed === 0 ? 'does not hold' : 'partly';
}

/** The year with the highest value (earliest on a tie), or null for no years. */
function top(years: readonly YearTotals[], measure: 'breaches' | 'individuals'): YearTotals | null {
  let best: YearTotals | null = null;
  for (const y of years) if (best === null || y[measure] > best[measure]) best = y;
  return best;
}

/** Signed difference of the data from the article, in percent of the article's figure. */
function percentDiff(data: number, article: number): number {
  return ((data - article) / article) * 100;
}

function missingYear(id: string, claim: string, numbers: ClaimNumber[], year: number): ClaimResult {
  return {
    id,
    kind: 'breach',
    claim,
    verdict: 'does not hold',
    numbers,
    reason: `The data holds no breach report submitted in ${year}, so nothing supports the claim.`,
  };
}
