/**
 * npm run bench — speed figures, each against a named alternative measured in the same run.
 * Writes BENCHMARKS.md (machine and date included). Timing lives here, never in tests.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { buildDatasets } from '../scripts/buildDatasets';
import { buildBreachTable } from '../src/data/buildBreachTable';
import { parseBreachRows } from '../src/data/parseBreachRows';
import { syntheticBreaches } from '../src/data/syntheticBreaches';
import { crossfilterStepper, oursStepper } from './explorerBench';
import { machine, measure, table, type Row } from './harness';

const SHARED = path.resolve(process.cwd(), '../shared/datasets/hhs-ocr');

async function main() {
  const rows: Row[] = [];
  const csvFiles = readdirSync(path.join(SHARED, 'raw'))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => path.join(SHARED, 'raw', f));
  const csvBytes = csvFiles.reduce((n, f) => n + readFileSync(f).length, 0);

  // 1. Reading + merging every shared export (10 files + derived, 19,448 rows) into the history,
  //    against papaparse alone parsing the CSV exports (no validation, no xlsx, no merge).
  rows.push(
    ...(await measure(
      'read + merge all shared exports',
      {
        'buildDatasets(../shared) — read, validate, merge, serialise': async () => {
          await buildDatasets([SHARED]);
        },
        'papaparse only, raw CSV exports': () => {
          for (const f of csvFiles) Papa.parse(readFileSync(f, 'latin1'), { skipEmptyLines: true });
        },
      },
      'papaparse only, raw CSV exports',
      { time: 4000, iterations: 5 },
    )),
  );

  // 2. Loading datasets/breaches.csv into the columnar table, against papaparse's header mode
  //    producing one object per row (what a naive app would keep).
  const breachesCsv = readFileSync('datasets/breaches.csv', 'utf8');
  rows.push(
    ...(await measure(
      'load datasets/breaches.csv',
      {
        'parse + parseBreachRows + buildBreachTable': () => {
          const parsed = parseBreachRows(Papa.parse<string[]>(breachesCsv, { skipEmptyLines: 'greedy' }).data, 'breaches.csv');
          if (!parsed.ok) throw new Error('breaches.csv did not parse');
          buildBreachTable(parsed.rows);
        },
        'papaparse header:true → row objects': () => {
          Papa.parse(breachesCsv, { header: true, skipEmptyLines: 'greedy' });
        },
      },
      'papaparse header:true → row objects',
      { time: 3000, iterations: 10 },
    )),
  );

  // 3. A filter change → every explorer view model recomputed (time by year and month, summary,
  //    four breakdowns, states), against crossfilter2 with the same dimensions and groups.
  const parsedReal = parseBreachRows(Papa.parse<string[]>(breachesCsv, { skipEmptyLines: 'greedy' }).data, 'breaches.csv');
  if (!parsedReal.ok) throw new Error('breaches.csv did not parse');
  const realTable = buildBreachTable(parsedReal.rows);
  rows.push(
    ...(await measure(
      `filter change → all views, real data (${realTable.length} rows)`,
      { 'explorerViews (computeViews)': oursStepper(realTable), crossfilter2: crossfilterStepper(realTable) },
      'crossfilter2',
      { time: 2000, iterations: 40 },
    )),
  );
  const SYNTHETIC_ROWS = 1_000_000;
  const synthetic = syntheticBreaches(SYNTHETIC_ROWS, 20_261_124);
  rows.push(
    ...(await measure(
      `filter change → all views, SYNTHETIC ${SYNTHETIC_ROWS.toLocaleString('en-US')} rows (seed 20261124)`,
      { 'explorerViews (computeViews)': oursStepper(synthetic), crossfilter2: crossfilterStepper(synthetic) },
      'crossfilter2',
      { time: 4000, iterations: 12 },
    )),
  );

  const report = [
    '# Benchmarks',
    '',
    `Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine()}.`,
    `Inputs: ${csvFiles.length} raw CSV exports (${(csvBytes / 1e6).toFixed(1)} MB) + the xlsx and derived supplement from ../shared; datasets/breaches.csv (${(breachesCsv.length / 1e6).toFixed(2)} MB).`,
    'p50/p95 are per call, in milliseconds; the ratio compares p50 with the named alternative measured in the same run.',
    'Filter-change rows cycle through four changes (type = Theft; + years 2015–2016; + state CA; clear) and include reading every view model.',
    'Rows marked SYNTHETIC come from the seeded generator in src/data/syntheticBreaches.ts, not from HHS data.',
    '',
    table(rows),
    '',
  ].join('\n');
  writeFileSync('BENCHMARKS.md', report);
  console.log(report);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
