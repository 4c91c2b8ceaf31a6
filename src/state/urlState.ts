import { DEFAULT_VIEW, URL_VERSION, type ViewState } from './viewState';

type Params = Map<string, string>;

/**
 * Each migration turns the parameters of version N into those of version N + 1, so a link made
 * by any earlier release still opens the same view. Version 0 is a link with no `v`, as
 * written before versioning: `?years=2015-2016`.
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
};

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
  const view: ViewState = { ...DEFAULT_VIEW, yearFrom: year(params.get('from')), yearTo: year(params.get('to')) };
  if (view.yearFrom !== null && view.yearTo !== null && view.yearFrom > view.yearTo) {
    return { ...view, yearFrom: view.yearTo, yearTo: view.yearFrom };
  }
  return view;
}

/** Writes a view as a query string, leaving out defaults so links stay short. */
export function serializeUrlState(view: ViewState): string {
  const params = new URLSearchParams();
  params.set('v', String(URL_VERSION));
  if (view.yearFrom !== null) params.set('from', String(view.yearFrom));
  if (view.yearTo !== null) params.set('to', String(view.yearTo));
  return `?${params.toString()}`;
}

function year(value: string | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1990 && n <= 2100 ? n : null;
}
