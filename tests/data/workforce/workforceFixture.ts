import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import {
  assembleWorkforce,
  type WorkforceData,
} from '../../../src/data/workforce/assembleWorkforce';
import { parseOccupations } from '../../../src/data/workforce/parseOccupations';
import { parsePay } from '../../../src/data/workforce/parsePay';
import { parseProjections } from '../../../src/data/workforce/parseProjections';
import { parseQuotedSalaries } from '../../../src/data/workforce/parseQuotedSalaries';
import { parseSources } from '../../../src/data/workforce/parseSources';

const ROOT = join(import.meta.dirname, '../../..');

function rows(path: string): string[][] {
  return Papa.parse<string[]>(readFileSync(join(ROOT, path), 'utf8'), { skipEmptyLines: 'greedy' })
    .data;
}

/** A hand-written file in tests/fixtures/workforce/, as papaparse rows. */
export function fixtureRows(name: string): string[][] {
  return rows(`tests/fixtures/workforce/${name}`);
}

/** A shipped file in datasets/workforce/, as papaparse rows. */
export function shippedRows(name: string): string[][] {
  return rows(`datasets/workforce/${name}`);
}

/** A shipped file as header-keyed records, for expected values in tests. */
export function shippedRecords(name: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(
    readFileSync(join(ROOT, 'datasets/workforce', name), 'utf8'),
    { header: true, skipEmptyLines: 'greedy' },
  ).data;
}

/** The shipped workforce data, parsed and joined as the app's query does. */
export function shippedWorkforce(): WorkforceData {
  const { ok, data } = assembleWorkforce({
    occupations: parseOccupations(shippedRows('occupations.csv')),
    projections: parseProjections(shippedRows('projections.csv')),
    pay: parsePay(shippedRows('pay.csv')),
    quotes: parseQuotedSalaries(shippedRows('quoted-salaries.csv')),
    sources: parseSources(shippedRows('sources.csv')),
  });
  if (!ok) throw new Error(data.issues.map((i) => i.message).join('; '));
  return data;
}
