import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { OCCUPATION_COLUMNS } from '../../src/data/workforce/parseOccupations';
import { PAY_COLUMNS } from '../../src/data/workforce/parsePay';
import { PROJECTION_COLUMNS } from '../../src/data/workforce/parseProjections';
import { QUOTED_SALARY_COLUMNS } from '../../src/data/workforce/parseQuotedSalaries';
import { SOURCE_COLUMNS } from '../../src/data/workforce/parseSources';

type Row = Record<string, string>;

const DIR = fileURLToPath(new URL('../../datasets/workforce/', import.meta.url));

// The header each file must have is the one its parser reads (src/data/workforce).
const HEADERS = {
  'occupations.csv': OCCUPATION_COLUMNS,
  'projections.csv': PROJECTION_COLUMNS,
  'pay.csv': PAY_COLUMNS,
  'quoted-salaries.csv': QUOTED_SALARY_COLUMNS,
  'sources.csv': SOURCE_COLUMNS,
} as const;

type FileName = keyof typeof HEADERS;
const FILES = Object.keys(HEADERS) as FileName[];

const NUMERIC: Record<FileName, readonly string[]> = {
  'occupations.csv': [],
  'projections.csv': [
    'base_year',
    'projected_year',
    'base_employment_thousands',
    'projected_employment_thousands',
    'change_number_thousands',
    'change_percent',
    'openings_per_year_thousands',
  ],
  'pay.csv': [
    'median_annual',
    'median_hourly',
    'p10_annual',
    'p25_annual',
    'p75_annual',
    'p90_annual',
    'mean_annual',
    'mean_hourly',
    'oews_employment',
  ],
  'quoted-salaries.csv': ['median_annual'],
  'sources.csv': [],
};

function readText(file: FileName): string {
  return readFileSync(DIR + file, 'utf8');
}

function parse(file: FileName): Papa.ParseResult<Row> {
  // Blank lines are rejected separately by the file-format test, so skipping them here only
  // drops the empty string after the final newline.
  return Papa.parse<Row>(readText(file), { header: true, skipEmptyLines: true });
}

function rows(file: FileName): Row[] {
  return parse(file).data;
}

function cell(row: Row, column: string): string {
  const value = row[column];
  if (value === undefined) throw new Error(`missing column ${column}`);
  return value;
}

function num(row: Row, column: string): number | null {
  const value = cell(row, column);
  return value === '' ? null : Number(value);
}

function find(file: FileName, match: Row): Row {
  const found = rows(file).filter((r) => Object.entries(match).every(([k, v]) => r[k] === v));
  expect(found, `${file} ${JSON.stringify(match)}`).toHaveLength(1);
  return found[0] as Row;
}

/** Number of decimals a published cell carries ("68.0" -> 1, "562" -> 0). */
function decimals(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

const sourceKeys = new Set(rows('sources.csv').map((r) => cell(r, 'source_key')));
const occupationOrder = rows('occupations.csv').map((r) => cell(r, 'occupation_key'));

describe('datasets/workforce file format', () => {
  it.each(FILES)('Papa.parse(%s) returns the documented header and no parse errors', (file) => {
    const result = parse(file);
    expect(result.errors).toEqual([]);
    expect(result.meta.fields).toEqual([...HEADERS[file]]);
    expect(result.data.length).toBeGreaterThan(0);
  });

  it.each(FILES)(
    'readFileSync(%s) is UTF-8 with LF endings, a final newline, no BOM and no trailing spaces',
    (file) => {
      const text = readText(file);
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text).not.toContain('\r');
      expect(text.endsWith('\n')).toBe(true);
      expect(text).not.toContain('\n\n');
      expect(text).not.toMatch(/[ \t]$/m);
      expect(text).not.toContain('\uFFFD');
    },
  );

  it.each(FILES)('every numeric cell of %s is empty or a plain finite number', (file) => {
    for (const row of rows(file)) {
      for (const column of NUMERIC[file]) {
        const value = cell(row, column);
        if (value === '') continue;
        expect(value, `${file} ${column}`).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number.isFinite(Number(value))).toBe(true);
      }
    }
  });
});

describe('datasets/workforce keys', () => {
  it('sources.csv has unique source_key values and http(s) URLs', () => {
    const all = rows('sources.csv');
    expect(new Set(all.map((r) => cell(r, 'source_key'))).size).toBe(all.length);
    for (const row of all) {
      expect(cell(row, 'url')).toMatch(/^https?:\/\//);
      const origin = cell(row, 'origin_url');
      if (origin !== '') expect(origin).toMatch(/^https?:\/\//);
    }
  });

  it('sources.csv as_of is an ISO date, YYYY-MM or year, and empty only for undated sources', () => {
    for (const row of rows('sources.csv')) {
      const asOf = cell(row, 'as_of');
      if (asOf === '') expect(cell(row, 'as_of_basis')).toBe('undated');
      else expect(asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it.each(['projections.csv', 'pay.csv', 'quoted-salaries.csv'] as const)(
    'every source_key and cross_check key in %s resolves in sources.csv',
    (file) => {
      for (const row of rows(file)) {
        expect(sourceKeys.has(cell(row, 'source_key')), cell(row, 'source_key')).toBe(true);
        const cross = row['cross_check_source_keys'] ?? '';
        for (const key of cross === '' ? [] : cross.split(';')) {
          expect(sourceKeys.has(key), key).toBe(true);
        }
      }
    },
  );

  it('occupations.csv has unique keys, NN-NNNN SOC codes and known roles', () => {
    const all = rows('occupations.csv');
    expect(new Set(occupationOrder).size).toBe(all.length);
    const roles = new Set([
      'health_informatics',
      'health_information_management',
      'security',
      'benchmark',
    ]);
    for (const row of all) {
      expect(cell(row, 'soc_code')).toMatch(/^\d{2}-\d{4}$/);
      for (const role of cell(row, 'roles').split(';')) expect(roles.has(role), role).toBe(true);
    }
  });

  it('projections.csv has one row per occupation and cycle, in occupations.csv order, with matching titles', () => {
    const occupations = new Map(rows('occupations.csv').map((r) => [cell(r, 'occupation_key'), r]));
    const expected = occupationOrder.flatMap((k) => [`${k}|2023-33`, `${k}|2024-34`]);
    const all = rows('projections.csv');
    expect(all.map((r) => `${cell(r, 'occupation_key')}|${cell(r, 'cycle')}`)).toEqual(expected);
    for (const row of all) {
      const occ = occupations.get(cell(row, 'occupation_key')) as Row;
      expect(cell(row, 'occupation')).toBe(cell(occ, 'occupation'));
      expect(cell(row, 'soc_code')).toBe(cell(occ, 'soc_code'));
    }
  });

  it('pay.csv has one row per occupation and period (2023-05, 2024-05), in occupations.csv order', () => {
    const expected = occupationOrder.flatMap((k) => [`${k}|2023-05`, `${k}|2024-05`]);
    expect(rows('pay.csv').map((r) => `${cell(r, 'occupation_key')}|${cell(r, 'period')}`)).toEqual(
      expected,
    );
  });
});

describe('datasets/workforce projections.csv arithmetic', () => {
  it('base_year and projected_year match the cycle label', () => {
    for (const row of rows('projections.csv')) {
      const [start, end] = cell(row, 'cycle').split('-');
      expect(cell(row, 'base_year')).toBe(start);
      expect(cell(row, 'projected_year')).toBe(`20${end}`);
    }
  });

  it('change_number equals projected minus base within one unit of the last published decimal', () => {
    let checked = 0;
    for (const row of rows('projections.csv')) {
      const base = num(row, 'base_employment_thousands');
      const projected = num(row, 'projected_employment_thousands');
      const change = num(row, 'change_number_thousands');
      if (base === null || projected === null || change === null) continue;
      const unit = 10 ** -decimals(cell(row, 'change_number_thousands'));
      expect(Math.abs(projected - base - change), cell(row, 'occupation_key')).toBeLessThanOrEqual(
        unit + 1e-9,
      );
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('change_percent lies within the range the rounded change and base allow', () => {
    let checked = 0;
    for (const row of rows('projections.csv')) {
      const base = num(row, 'base_employment_thousands');
      const change = num(row, 'change_number_thousands');
      const percent = num(row, 'change_percent');
      if (base === null || change === null || percent === null) continue;
      const hb = 0.5 * 10 ** -decimals(cell(row, 'base_employment_thousands'));
      const hc = 0.5 * 10 ** -decimals(cell(row, 'change_number_thousands'));
      const hp = 0.5 * 10 ** -decimals(cell(row, 'change_percent'));
      const corners = [
        (change - hc) / (base - hb),
        (change - hc) / (base + hb),
        (change + hc) / (base - hb),
        (change + hc) / (base + hb),
      ].map((x) => x * 100);
      const label = `${cell(row, 'occupation_key')} ${cell(row, 'cycle')}`;
      expect(percent, label).toBeGreaterThanOrEqual(Math.min(...corners) - hp - 1e-9);
      expect(percent, label).toBeLessThanOrEqual(Math.max(...corners) + hp + 1e-9);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('datasets/workforce pay.csv consistency', () => {
  it('percentiles rise p10 <= p25 <= median <= p75 <= p90 where present', () => {
    for (const row of rows('pay.csv')) {
      const values = ['p10_annual', 'p25_annual', 'median_annual', 'p75_annual', 'p90_annual']
        .map((c) => num(row, c))
        .filter((v): v is number => v !== null);
      expect(values).toEqual([...values].sort((a, b) => a - b));
    }
  });

  it('a top-coded p90 is left empty and flagged true; other rows are flagged false', () => {
    for (const row of rows('pay.csv')) {
      const flag = cell(row, 'p90_annual_topcoded');
      expect(['true', 'false']).toContain(flag);
      expect(cell(row, 'p90_annual') === '').toBe(flag === 'true');
    }
  });

  it('period_label spells out the period month', () => {
    const months: Record<string, string> = { '05': 'May' };
    for (const row of rows('pay.csv')) {
      const [year, month] = cell(row, 'period').split('-');
      expect(cell(row, 'period_label')).toBe(`${months[month ?? '']} ${year}`);
    }
  });
});

describe('datasets/workforce quoted-salaries.csv', () => {
  it('marks every article figure "quoted by the article" with the article source_key and a YYYY-MM period', () => {
    const article = rows('quoted-salaries.csv').filter(
      (r) => cell(r, 'source_key') === 'nec_article_2025',
    );
    expect(article).toHaveLength(3);
    for (const row of article) {
      expect(cell(row, 'status')).toBe('quoted by the article');
      expect(cell(row, 'period')).toMatch(/^\d{4}-\d{2}$/);
      expect(cell(row, 'original_publisher')).toBe('Payscale');
    }
  });

  it('uses only the two documented status values', () => {
    for (const row of rows('quoted-salaries.csv')) {
      expect(['quoted by the article', 'quoted by a third party']).toContain(cell(row, 'status'));
    }
  });

  it('keeps Payscale figures out of pay.csv', () => {
    const payValues = new Set(rows('pay.csv').flatMap((r) => Object.values(r)));
    for (const row of rows('quoted-salaries.csv')) {
      expect(payValues.has(cell(row, 'median_annual'))).toBe(false);
    }
  });
});

describe('datasets/workforce spot values from workforce-facts.md', () => {
  it('projections.csv: information security analysts 2023-33 grow 32.7 % (180.7 -> 239.8 thousand)', () => {
    const row = find('projections.csv', {
      occupation_key: 'information_security_analysts',
      cycle: '2023-33',
    });
    expect(num(row, 'change_percent')).toBe(32.7);
    expect(num(row, 'base_employment_thousands')).toBe(180.7);
    expect(num(row, 'projected_employment_thousands')).toBe(239.8);
    expect(num(row, 'openings_per_year_thousands')).toBe(17.3);
  });

  it('pay.csv: information security analysts median is 124910 in period 2024-05', () => {
    const row = find('pay.csv', {
      occupation_key: 'information_security_analysts',
      period: '2024-05',
    });
    expect(num(row, 'median_annual')).toBe(124910);
    expect(num(row, 'p90_annual')).toBe(186420);
  });

  it('projections.csv: medical and health services managers 2023-33 match the OOH page (562.7, +160.6, 28.5 %, 61.4)', () => {
    const row = find('projections.csv', {
      occupation_key: 'medical_health_services_managers',
      cycle: '2023-33',
    });
    expect(num(row, 'base_employment_thousands')).toBe(562.7);
    expect(num(row, 'change_number_thousands')).toBe(160.6);
    expect(num(row, 'change_percent')).toBe(28.5);
    expect(num(row, 'openings_per_year_thousands')).toBe(61.4);
  });

  it('projections.csv: health information technologists grow 16.3 % in 2023-33 and 14.7 % in 2024-34', () => {
    const a = find('projections.csv', {
      occupation_key: 'health_information_technologists',
      cycle: '2023-33',
    });
    const b = find('projections.csv', {
      occupation_key: 'health_information_technologists',
      cycle: '2024-34',
    });
    expect(num(a, 'change_percent')).toBe(16.3);
    expect(num(b, 'change_percent')).toBe(14.7);
  });

  it('projections.csv: all occupations grow 4.0 % (2023-33) and 3.1 % (2024-34)', () => {
    const a = find('projections.csv', { occupation_key: 'all_occupations', cycle: '2023-33' });
    const b = find('projections.csv', { occupation_key: 'all_occupations', cycle: '2024-34' });
    expect(num(a, 'change_percent')).toBe(4);
    expect(num(a, 'projected_employment_thousands')).toBe(174589);
    expect(num(b, 'change_percent')).toBe(3.1);
    expect(num(b, 'change_number_thousands')).toBe(5211.8);
  });

  it('projections.csv: database administrators shrink 0.7 % in 2024-34', () => {
    const row = find('projections.csv', {
      occupation_key: 'database_administrators',
      cycle: '2024-34',
    });
    expect(num(row, 'change_number_thousands')).toBe(-0.5);
    expect(num(row, 'change_percent')).toBe(-0.7);
  });

  it('pay.csv: all-occupations median is 48060 (2023-05) and 49500 (2024-05); MHSM hourly median 53.21 (2023-05)', () => {
    expect(
      num(
        find('pay.csv', { occupation_key: 'all_occupations', period: '2023-05' }),
        'median_annual',
      ),
    ).toBe(48060);
    expect(
      num(
        find('pay.csv', { occupation_key: 'all_occupations', period: '2024-05' }),
        'median_annual',
      ),
    ).toBe(49500);
    const mhsm = find('pay.csv', {
      occupation_key: 'medical_health_services_managers',
      period: '2023-05',
    });
    expect(num(mhsm, 'median_annual')).toBe(110680);
    expect(num(mhsm, 'median_hourly')).toBe(53.21);
  });

  it('pay.csv: computer and information systems managers 2024-05 median 171200 with a top-coded p90', () => {
    const row = find('pay.csv', {
      occupation_key: 'computer_information_systems_managers',
      period: '2024-05',
    });
    expect(num(row, 'median_annual')).toBe(171200);
    expect(cell(row, 'p90_annual')).toBe('');
    expect(cell(row, 'p90_annual_topcoded')).toBe('true');
  });

  it('quoted-salaries.csv: the article quotes 77400 (2025-04), 106040 (2025-02) and 66700 (2025-03)', () => {
    const pick = (key: string) => find('quoted-salaries.csv', { quote_key: key });
    expect(cell(pick('health_informatics_specialist_article'), 'median_annual')).toBe('77400');
    expect(cell(pick('health_informatics_specialist_article'), 'period')).toBe('2025-04');
    expect(cell(pick('clinical_informatics_manager_article'), 'median_annual')).toBe('106040');
    expect(cell(pick('clinical_informatics_manager_article'), 'period')).toBe('2025-02');
    expect(cell(pick('him_manager_article'), 'median_annual')).toBe('66700');
    expect(cell(pick('him_manager_article'), 'period')).toBe('2025-03');
  });
});
