import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildBreachTable } from '../../../src/data/table/buildBreachTable';
import {
  ARTICLE_SOURCE,
  checkClaims,
  type ClaimResult,
} from '../../../src/data/claims/checkClaims';
import { parseBreachRows } from '../../../src/data/datasets/parseBreachRows';
import { parseCountHistory } from '../../../src/data/datasets/parseCountHistory';
import { claimInputs } from '../../../src/features/workforce/claimInputs';
import { shippedWorkforce } from '../workforce/workforceFixture';

/** The project's summary of the source article, beside the project (../shared/reference). */
const ARTICLE = path.resolve(process.cwd(), '../shared/reference/source-article.md');

function hasArticle(): boolean {
  if (existsSync(ARTICLE)) return true;
  if (process.env.CI) throw new Error(`${ARTICLE} is missing: the claim audit must run under CI`);
  console.warn(`\n  SKIPPED article claim audit: ${ARTICLE} not found\n`);
  return false;
}

/** A figure the article states, read from its summary: "45.9 million", "+16%", "$77,400". */
interface StatedFigure {
  text: string;
  value: number;
  unit: 'individuals' | 'growth' | 'dollars';
}

/**
 * Every figure the article states that the datasets can speak to: the breach counts of its
 * opening claims (before "Checked:", outside parentheses), and the table's growth and pay rows.
 */
function statedFigures(markdown: string): StatedFigure[] {
  const out: StatedFigure[] = [];
  const breachSection =
    markdown.split('## Breach claims it opens with')[1]?.split('\n## ')[0] ?? '';
  for (const bullet of breachSection.split('\n- ').slice(1)) {
    // What the article states; "Checked:" and parentheses hold the project's checked values.
    const stated = (bullet.split('Checked:')[0] ?? '').replace(/\([^)]*\)/g, '');
    for (const m of stated.matchAll(/(\d+(?:\.\d+)?) million/g))
      out.push({ text: m[0], value: Math.round(Number(m[1]) * 1_000_000), unit: 'individuals' });
  }
  for (const line of markdown.split('\n')) {
    if (line.startsWith('| Growth quoted'))
      for (const m of line.matchAll(/\+(\d+(?:\.\d+)?)%/g))
        out.push({ text: m[0], value: Number(m[1]), unit: 'growth' });
    if (line.startsWith('| Pay quoted'))
      for (const m of line.matchAll(/\$([\d,]+)/g))
        out.push({ text: m[0], value: Number(m[1]!.replace(/,/g, '')), unit: 'dollars' });
  }
  return out;
}

function shippedResults(): ClaimResult[] {
  const rows = Papa.parse<string[]>(readFileSync('datasets/breaches.csv', 'utf8'), {
    skipEmptyLines: 'greedy',
  }).data;
  const parsed = parseBreachRows(rows, 'breaches.csv');
  if (!parsed.ok) throw new Error('breaches.csv did not parse');
  const historyRows = Papa.parse<string[]>(readFileSync('datasets/count-history.csv', 'utf8'), {
    skipEmptyLines: 'greedy',
  }).data;
  const history = parseCountHistory(historyRows, 'count-history.csv');
  return checkClaims(
    claimInputs(
      buildBreachTable(parsed.rows),
      history.ok ? history.history : null,
      shippedWorkforce(),
    ),
  );
}

describe.skipIf(!hasArticle())(
  'every claim of the source article that datasets/ can speak to',
  () => {
    const markdown = readFileSync(ARTICLE, 'utf8');
    const results = shippedResults();

    it('statedFigures(source-article.md) finds the breach, growth and pay figures the article states', () => {
      const units = new Set(statedFigures(markdown).map((f) => f.unit));
      expect(units).toEqual(new Set(['individuals', 'growth', 'dollars']));
    });

    it.each(statedFigures(markdown).map((f) => [f.text, f] as const))(
      'the figure %s has a claim with a verdict and the numbers behind it',
      (_text, figure) => {
        const claim = results.find((r) =>
          r.numbers.some(
            (n) => n.source.split(' ').includes(ARTICLE_SOURCE) && n.value === figure.value,
          ),
        );
        expect(claim, `no claim states ${figure.text}`).toBeDefined();
        expect(['holds', 'partly', 'does not hold', 'not checked']).toContain(claim!.verdict);
        expect(claim!.reason.length).toBeGreaterThan(20);
        // A checked claim shows at least one figure from the data beside the article's.
        if (claim!.verdict !== 'not checked')
          expect(claim!.numbers.some((n) => n.source !== ARTICLE_SOURCE)).toBe(true);
        // Payscale figures stay quoted, never checked.
        if (figure.unit === 'dollars') expect(claim!.verdict).toBe('not checked');
      },
    );

    it('the "broken in 2022 and again in 2023" claim has a verdict from the year totals', () => {
      expect(markdown).toMatch(/broken in 2022 and again in 2023/);
      const claim = results.find((r) => r.id === 'broken-2022-2023');
      expect(claim?.numbers.map((n) => n.label)).toContain('Breach reports in 2023');
      expect(claim?.verdict).not.toBe('not checked');
    });

    it('each growth claim carries the newer projection from datasets/workforce as its newer figure', () => {
      const workforce = shippedWorkforce();
      for (const r of results.filter((c) => c.kind === 'growth')) {
        const key = r.id.replace(/^growth-/, '');
        const rows = workforce.projections.filter((p) => p.occupationKey === key);
        const newest = rows.reduce((a, b) => (b.cycle > a.cycle ? b : a));
        const claimed = rows.find((p) => p.cycle === '2023-33');
        expect(r.newer?.value).toBe(newest.changePercent);
        expect(r.numbers.find((n) => n.source === claimed?.sourceKey)?.value).toBe(
          claimed?.changePercent,
        );
        const stated = r.numbers.find((n) => n.source === ARTICLE_SOURCE)!.value;
        expect(r.verdict).toBe(
          Math.round(claimed!.changePercent) === stated ? 'holds' : 'does not hold',
        );
      }
    });
  },
);
