/**
 * The words a class needs to read the breach figures, in the project's own words. Each entry has
 * a stable id (the glossary dialog's anchor) and the phrases that name it in running text, so slide
 * notes can link a term where it first appears.
 */
export interface GlossaryEntry {
  id: string;
  term: string;
  /** Lower-case phrases that name the term in text (longest first wins). */
  phrases: readonly string[];
  definition: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'covered-entity',
    term: 'Covered entity',
    phrases: ['covered entities', 'covered entity', 'covered-entity'],
    definition:
      'An organisation that the HIPAA privacy rules apply to directly: a health-care provider that bills electronically, a health plan, or a health-care clearinghouse. When it loses control of patient information affecting 500 or more people, it must report the breach to HHS; those reports are what this dashboard counts.',
  },
  {
    id: 'business-associate',
    term: 'Business associate',
    phrases: ['business associates', 'business associate'],
    definition:
      'A company that handles patient information on behalf of a covered entity — a billing service, a cloud host, a claims processor. A breach at one can involve many covered entities at once; the portal flags such reports (“business associate present”), and some business associates file the report themselves.',
  },
  {
    id: 'individuals-affected',
    term: 'Individuals affected (not “records”)',
    phrases: ['individuals affected', 'records breached', 'health records', 'records'],
    definition:
      'The number of people whose information a report says was involved. News stories often call these “records”, but one person can be in several reports (and so counted several times across years), and a count can change after the report is filed. Totals here add the latest count of each report.',
  },
  {
    id: 'placeholder',
    term: 'Placeholder counts (500 or 501)',
    phrases: ['placeholder counts', 'placeholders', 'placeholder', '500/501', '500 or 501'],
    definition:
      'A report must be filed within 60 days of finding a breach, often before anyone knows how many people it touched. Many reports then list 500 or 501 — just enough to be on the list — and the count is corrected later. Change Healthcare first appeared with 500. The dashboard flags these counts and never changes them.',
  },
  {
    id: 'investigation-archive',
    term: 'Under investigation vs archive',
    phrases: ['under investigation', 'archived', 'archive'],
    definition:
      'HHS keeps two lists: cases still under investigation (reports from roughly the last two years that are not resolved) and the archive of closed or older cases. A report moves from the first to the second when its case closes, and its details can change on the way. This dashboard merges both lists into one history.',
  },
];

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((g) => g.id === id);
}

export type TextPart = string | { id: string; text: string };

/**
 * Splits text so the first mention of each glossary term becomes a link part. Case-insensitive,
 * whole words only; a term already linked earlier in `seen` is left as text.
 */
export function linkTerms(text: string, seen: Set<string> = new Set()): TextPart[] {
  const phrases = GLOSSARY.flatMap((g) => g.phrases.map((p) => ({ id: g.id, p })))
    .sort((a, b) => b.p.length - a.p.length)
    .map(({ id, p }) => ({ id, re: new RegExp(`(?<![\\w/-])${escapeRegExp(p)}(?![\\w/-])`, 'i') }));
  const parts: TextPart[] = [];
  let rest = text;
  for (;;) {
    let best: { id: string; index: number; length: number } | null = null;
    for (const { id, re } of phrases) {
      if (seen.has(id)) continue;
      const m = re.exec(rest);
      if (m && (best === null || m.index < best.index))
        best = { id, index: m.index, length: m[0].length };
    }
    if (best === null) break;
    if (best.index > 0) parts.push(rest.slice(0, best.index));
    parts.push({ id: best.id, text: rest.slice(best.index, best.index + best.length) });
    seen.add(best.id);
    rest = rest.slice(best.index + best.length);
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
