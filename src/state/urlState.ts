import { DIMENSIONS } from './dimensions';
import {
  DEFAULT_VIEW,
  EMPTY_FILTERS,
  PAGES,
  URL_VERSION,
  type CategoryFilters,
  type Page,
  type SortKey,
  type ViewState,
} from './viewState';

type Params = Map<string, string>;

/**
 * Each migration turns the parameters of version N into those of version N + 1, so a link made
 * by any earlier release still opens the same view.
 * - 0 → 1: `?years=2015-2016` (before versioning) became `from` / `to`.
 * - 1 → 2: the explorer's filters arrived; version 1 links carry only from/to, which keep their meaning.
 */
const MIGRATIONS: Record<number, (p: Params) => Params> = {
  0: (p) => {
    const out = new Map(p);
    const years = out.get('years');
    out.delete('years');
    const m = years?.match(/^(\d{4})-(\d{4})$/);
    if (m?.[1] && m[2]) {
      out.set('from', m[1]);
      out.set('to', m[2]);
    }
    return out;
  },
  1: (p) => p,
};

const SORT_KEYS: readonly SortKey[] = ['individuals', 'submitted', 'name', 'state'];

/** Reads a view from a query string; unknown or malformed parameters fall back to defaults. */
export function parseUrlState(search: string): ViewState {
  let params: Params = new Map(new URLSearchParams(search));
  let version = Number.parseInt(params.get('v') ?? '0', 10);
  if (!Number.isInteger(version) || version < 0 || version > URL_VERSION) version = 0;
  while (version < URL_VERSION) {
    const migrate = MIGRATIONS[version];
    if (migrate) params = migrate(params);
    version += 1;
  }
  let yearFrom = year(params.get('from'));
  let yearTo = year(params.get('to'));
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo)
    [yearFrom, yearTo] = [yearTo, yearFrom];
  const filters: CategoryFilters = { ...EMPTY_FILTERS };
  for (const { key, param } of DIMENSIONS) {
    const raw = params.get(param);
    // A lone "~" stands for the empty key ('' = "(none)"), which a bare comma list cannot carry.
    if (raw !== undefined && raw !== '')
      filters[key] = [...new Set(raw.split(',').map((v) => (v === '~' ? '' : v)))].sort();
  }
  const sortRaw = params.get('sort') ?? '';
  const sortKey = sortRaw.replace(/^-/, '') as SortKey;
  const page = params.get('page') as Page | undefined;
  return {
    ...DEFAULT_VIEW,
    page: page && PAGES.includes(page) ? page : DEFAULT_VIEW.page,
    yearFrom,
    yearTo,
    measure: params.get('m') === 'breaches' ? 'breaches' : 'individuals',
    scale: params.get('scale') === 'log' ? 'log' : 'linear',
    setAsideMega: params.get('mega') === '0',
    filters,
    search: (params.get('q') ?? '').slice(0, 200),
    sort: SORT_KEYS.includes(sortKey) ? sortKey : DEFAULT_VIEW.sort,
    sortDesc: SORT_KEYS.includes(sortKey) ? sortRaw.startsWith('-') : DEFAULT_VIEW.sortDesc,
    breach: params.get('breach') || null,
    cycle: token(params.get('cycle')),
    payPeriod: token(params.get('payp')),
    baseYear: year(params.get('base')),
    indexScale: params.get('iscale') === 'linear' ? 'linear' : 'log',
    timeView: params.get('tv') === 'change' ? 'change' : 'totals',
  };
}

/** Writes a view as a query string, leaving out defaults so links stay short. */
export function serializeUrlState(view: ViewState): string {
  const params = new URLSearchParams();
  params.set('v', String(URL_VERSION));
  if (view.page !== DEFAULT_VIEW.page) params.set('page', view.page);
  if (view.yearFrom !== null) params.set('from', String(view.yearFrom));
  if (view.yearTo !== null) params.set('to', String(view.yearTo));
  if (view.measure !== DEFAULT_VIEW.measure) params.set('m', view.measure);
  if (view.scale !== DEFAULT_VIEW.scale) params.set('scale', view.scale);
  if (view.setAsideMega) params.set('mega', '0');
  for (const { key, param } of DIMENSIONS) {
    const values = view.filters[key];
    if (values.length > 0)
      params.set(
        param,
        [...values]
          .sort()
          .map((v) => (v === '' ? '~' : v))
          .join(','),
      );
  }
  if (view.search !== '') params.set('q', view.search);
  if (view.sort !== DEFAULT_VIEW.sort || view.sortDesc !== DEFAULT_VIEW.sortDesc)
    params.set('sort', `${view.sortDesc ? '-' : ''}${view.sort}`);
  if (view.breach !== null) params.set('breach', view.breach);
  if (view.cycle !== null) params.set('cycle', view.cycle);
  if (view.payPeriod !== null) params.set('payp', view.payPeriod);
  if (view.baseYear !== null) params.set('base', String(view.baseYear));
  if (view.indexScale !== DEFAULT_VIEW.indexScale) params.set('iscale', view.indexScale);
  if (view.timeView !== DEFAULT_VIEW.timeView) params.set('tv', view.timeView);
  return `?${params.toString()}`;
}

function year(value: string | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1990 && n <= 2100 ? n : null;
}

/** Short identifiers from the data (a cycle like "2023-33", a period like "2024-05"); anything else is dropped. */
function token(value: string | undefined): string | null {
  return value && /^[\w.-]{1,20}$/.test(value) ? value : null;
}
