/**
 * npx tsx scripts/syntheticExport.ts [--rows N ...] [--seed S] [--kind archive|investigation] [--out DIR]
 *
 * Writes SYNTHETIC breach-portal exports for scale tests and benchmarks: the portal's 9 columns,
 * every field quoted, MM/DD/YYYY dates, LF records, newest first, descriptions with commas,
 * doubled quotes and line breaks inside quotes (as the real archive has). Values come from the
 * seeded generator src/testing/syntheticBreaches.ts (same seed, same bytes); every entity is named
 * "Synthetic entity N" and every description starts "SYNTHETIC", so the rows are never mistaken
 * for HHS data. Files go to .tmp/synthetic/ (git-ignored) by default and are never committed.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { BreachTable } from '../src/data/table/BreachTable';
import { formatIsoDay } from '../src/data/dates/formatIsoDay';
import { mulberry32 } from '../src/testing/mulberry32';
import { PORTAL_COLUMNS } from '../src/data/read/normaliseRecord';
import { syntheticBreaches } from '../src/testing/syntheticBreaches';
import { breachName } from '../src/data/table/breachText';

export type SyntheticKind = 'archive' | 'investigation';

/** The snapshot date the file names (its list "as of" this day): after the generator's newest submission. */
export const SYNTHETIC_DATE = '2026-06-01';

export function syntheticExportName(rows: number, kind: SyntheticKind): string {
  return `${kind}-${SYNTHETIC_DATE}_synthetic-${rows}.csv`;
}

const FILLER = [
  'The entity notified affected individuals, HHS and the media.',
  'Staff were retrained, and access controls were reviewed.',
  'Encryption was added to portable devices, and "multi-factor" sign-in was required.',
  'OCR provided technical assistance.',
  'The vendor contract was ended; logs were kept for review.',
];

/** Writes one synthetic export; returns its path and size. Memory stays at one batch of lines. */
export function writeSyntheticExport(
  rows: number,
  seed: number,
  kind: SyntheticKind,
  outDir: string,
): { file: string; bytes: number } {
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, syntheticExportName(rows, kind));
  const table = syntheticBreaches(rows, seed);
  const random = mulberry32(seed ^ 0x5eed);
  const fd = openSync(file, 'w');
  let bytes = 0;
  const write = (text: string) => {
    const buffer = Buffer.from(text, 'utf8');
    writeSync(fd, buffer);
    bytes += buffer.length;
  };
  try {
    write(`${PORTAL_COLUMNS.map(quote).join(',')}\n`);
    const lines: string[] = [];
    for (let i = 0; i < table.length; i += 1) {
      lines.push(line(table, i, kind, random));
      if (lines.length === 20_000) {
        write(lines.join(''));
        lines.length = 0;
      }
    }
    write(lines.join(''));
  } finally {
    closeSync(fd);
  }
  return { file, bytes };
}

function line(t: BreachTable, i: number, kind: SyntheticKind, random: () => number): string {
  const iso = formatIsoDay(t.day[i]!);
  const date = `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
  const types = t.breachTypes.keys.filter((_, b) => (t.breachTypes.masks[i]! >>> b) & 1).join(', ');
  const locations = t.locations.keys.filter((_, b) => (t.locations.masks[i]! >>> b) & 1).join(', ');
  let description = '';
  if (kind === 'archive' && t.webDescription[i] === 1) {
    const parts = [
      `SYNTHETIC test record, not a real breach: ${breachName(t, i)} reported a breach (${types}; ${locations}).`,
    ];
    const extra = Math.floor(random() * 4);
    for (let k = 0; k < extra; k += 1) parts.push(FILLER[Math.floor(random() * FILLER.length)]!);
    description = parts.join(random() < 0.1 ? '\n' : ' ');
  }
  const cells = [
    breachName(t, i),
    t.state.keys[t.state.codes[i]!]!,
    t.entityType.keys[t.entityType.codes[i]!]!,
    t.hasCount[i] ? String(t.individuals[i]) : '',
    date,
    types,
    locations,
    t.businessAssociate.keys[t.businessAssociate.codes[i]!]!,
    description,
  ];
  return `${cells.map(quote).join(',')}\n`;
}

function quote(value: string): string {
  return `"${value.includes('"') ? value.replace(/"/g, '""') : value}"`;
}

function main(argv: string[]): void {
  const sizes: number[] = [];
  let seed = 20_261_124;
  let kind: SyntheticKind = 'archive';
  let out = path.resolve('.tmp/synthetic');
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--rows') sizes.push(Number(argv[++i]));
    else if (arg === '--seed') seed = Number(argv[++i]);
    else if (arg === '--kind') kind = argv[++i] === 'investigation' ? 'investigation' : 'archive';
    else if (arg === '--out') out = path.resolve(argv[++i] ?? out);
  }
  for (const rows of sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000]) {
    const started = Date.now();
    const { file, bytes } = writeSyntheticExport(rows, seed, kind, out);
    console.log(
      `synthetic: ${path.relative(process.cwd(), file)} — ${rows.toLocaleString('en-US')} rows, ${(bytes / 1e6).toFixed(1)} MB, ${Date.now() - started} ms`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
