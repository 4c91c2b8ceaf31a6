/**
 * How the app is shown, kept in the URL beside the view so a link can open a given slide:
 * `?v=2&…&mode=present&slide=4`. Separate from ViewState because a slide saves a view, and a
 * view must never save "presenting".
 */
export type Mode = 'dashboard' | 'present' | 'presenter' | 'handout';
export type Theme = 'light' | 'dark';
const MODES: readonly Mode[] = ['dashboard', 'present', 'presenter', 'handout'];

export interface PresentParams {
  mode: Mode;
  /** 0-based slide index (the URL shows it 1-based, as people count slides). */
  slide: number;
  theme: Theme;
}

export const DEFAULT_PRESENT: PresentParams = { mode: 'dashboard', slide: 0, theme: 'light' };

export function parsePresentParams(search: string): PresentParams {
  const params = new URLSearchParams(search);
  const mode = params.get('mode') as Mode | null;
  const slide = Number.parseInt(params.get('slide') ?? '', 10);
  return {
    mode: mode && MODES.includes(mode) ? mode : 'dashboard',
    slide: Number.isInteger(slide) && slide >= 1 && slide <= 999 ? slide - 1 : 0,
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
  };
}

/** Appends the non-default presentation parameters to a serialised view query. */
export function appendPresentParams(query: string, p: PresentParams): string {
  const params = new URLSearchParams(query);
  if (p.mode !== 'dashboard') {
    params.set('mode', p.mode);
    params.set('slide', String(p.slide + 1));
  }
  if (p.theme !== 'light') params.set('theme', p.theme);
  return `?${params.toString()}`;
}
