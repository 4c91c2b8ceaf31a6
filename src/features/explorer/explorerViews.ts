import type { BreachTable } from '../../data/table/BreachTable';
import { computeViews, type ViewResult, type ViewSpec } from '../../data/views/computeViews';
import type { CategoryCount } from '../../data/views/countByCategory';
import type { FilterClause } from '../../data/views/FilterClause';
import type { MonthRollup } from '../../data/views/rollupByMonth';
import type { YearRollup } from '../../data/views/rollupByYear';
import type { Summary } from '../../data/views/summarise';
import { clausesFromView, SOURCES } from '../../state/clausesFromView';
import { DIMENSIONS, type DimensionKey } from '../../state/dimensions';
import { MEGA_BREACH_THRESHOLD, type ViewState } from '../../state/viewState';

/** Everything the explorer's panels draw, for one set of filter clauses. */
export type ExplorerViews = {
  clauses: readonly FilterClause[];
  /** Time views: all clauses but the time range (so the brush shows the whole axis). */
  byYear: YearRollup[];
  byMonth: MonthRollup[];
  /** Overview: all clauses. */
  summary: Summary;
  /** Row indices under every clause, ascending: what the largest-breaches table pages through. */
  rows: Uint32Array;
} & {
  /** One breakdown per filter dimension, under every clause but its own. */
  [K in DimensionKey]: CategoryCount[];
};

type ViewName = Exclude<keyof ExplorerViews, 'clauses'>;
type NamedSpec = ViewSpec & { name: ViewName };

/** The explorer's views by name; a dimension's breakdown comes from the dimension registry. */
const SPECS: readonly NamedSpec[] = [
  { name: 'byYear', source: SOURCES.time, kind: 'byYear' },
  { name: 'byMonth', source: SOURCES.time, kind: 'byMonth' },
  { name: 'summary', source: 'overview', kind: 'summary' },
  { name: 'rows', source: 'overview', kind: 'rows' },
  ...DIMENSIONS.map((d): NamedSpec => ({
    name: d.key,
    source: d.source,
    kind: 'byCategory',
    field: d.column,
  })),
];

/**
 * Each dimension's breakdown over the whole table: the data core computes it once per table and
 * shares it with the explorer's views when no filter applies.
 */
export function wholeTableBreakdowns(table: BreachTable): Record<DimensionKey, CategoryCount[]> {
  const specs = SPECS.filter((spec) => spec.kind === 'byCategory');
  const results = computeViews(table, [], specs);
  const out = {} as Record<DimensionKey, CategoryCount[]>;
  specs.forEach((spec, i) => {
    out[spec.name as DimensionKey] = results[i]!.value as CategoryCount[];
  });
  return out;
}

/** Calls of the crossfilter, read by tests through the page (`window.__hbaStats`). */
export const explorerStats = { crossfilterPasses: 0, viewsComputed: 0 };
if (typeof window !== 'undefined')
  (window as unknown as { __hbaStats?: typeof explorerStats }).__hbaStats = explorerStats;

interface Cached {
  /** The clauses the view answers to (all but its own source's), as JSON. */
  key: string;
  value: ViewResult['value'];
}

/**
 * Per table and view name: the last result and the unfiltered one. A view whose own inputs did not
 * change keeps the very same object (so a memoised panel does not re-render), and clearing a
 * filter back to none costs nothing.
 */
const caches = new WeakMap<BreachTable, Map<ViewName, { last?: Cached; unfiltered?: Cached }>>();

/** The clauses of a view state (explorerViews takes clauses, so a sort or an opened breach is free). */
export function explorerClauses(view: Parameters<typeof clausesFromView>[0]): FilterClause[] {
  return clausesFromView(view, MEGA_BREACH_THRESHOLD);
}

/**
 * Every explorer view model for a set of clauses: each view is filtered by every clause except its
 * own. Views whose clauses did not change come from the cache; the rest share one crossfilter
 * pass. Pure apart from the cache, so the benchmark times exactly what the page does.
 */
export function explorerViews(
  table: BreachTable,
  clausesOrView: readonly FilterClause[] | ViewState,
): ExplorerViews {
  const clauses = Array.isArray(clausesOrView)
    ? (clausesOrView as readonly FilterClause[])
    : explorerClauses(clausesOrView as ViewState);
  let cache = caches.get(table);
  if (!cache) {
    cache = new Map();
    caches.set(table, cache);
  }
  const out: Record<string, unknown> = { clauses };
  const todo: { spec: NamedSpec; key: string }[] = [];
  for (const spec of SPECS) {
    const key = JSON.stringify(clauses.filter((c) => c.source !== spec.source));
    const entry = cache.get(spec.name) ?? {};
    cache.set(spec.name, entry);
    const hit =
      entry.last?.key === key
        ? entry.last
        : entry.unfiltered?.key === key
          ? entry.unfiltered
          : undefined;
    if (hit) {
      entry.last = hit;
      out[spec.name] = hit.value;
    } else todo.push({ spec, key });
  }
  if (todo.length > 0) {
    explorerStats.crossfilterPasses += 1;
    explorerStats.viewsComputed += todo.length;
    const results = computeViews(
      table,
      clauses,
      todo.map((t) => t.spec),
    );
    todo.forEach(({ spec, key }, i) => {
      const result = results[i];
      if (!result || result.kind !== spec.kind || result.source !== spec.source)
        throw new Error(`explorerViews: no ${spec.kind} result for ${spec.name}`);
      const cached: Cached = { key, value: result.value };
      const entry = cache.get(spec.name)!;
      entry.last = cached;
      if (key === '[]') entry.unfiltered = cached;
      out[spec.name] = result.value;
    });
  }
  return out as ExplorerViews;
}
