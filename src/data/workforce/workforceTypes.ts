import type { Issue } from '../schema/types';

/**
 * Rows of datasets/workforce, typed. Empty CSV cells are `null` ("no confirmed figure"), never 0
 * and never NaN, so a view can say "not published" instead of drawing a zero.
 */

/** Editorial tags from occupations.csv (the project's judgement, not a BLS classification). */
export type RoleTag =
  'health_informatics' | 'health_information_management' | 'security' | 'benchmark';
export const ROLE_TAGS: readonly RoleTag[] = [
  'health_informatics',
  'health_information_management',
  'security',
  'benchmark',
];

export interface Occupation {
  key: string;
  /** BLS title. */
  title: string;
  /** SOC code; 00-0000 is the all-occupations total. */
  soc: string;
  roles: RoleTag[];
  note: string;
}

export interface Projection {
  occupationKey: string;
  occupation: string;
  soc: string;
  /** EP cycle as written in the file, e.g. "2023-33". */
  cycle: string;
  baseYear: number;
  projectedYear: number;
  /** Thousands of jobs, as published (one decimal). */
  baseEmploymentK: number;
  projectedEmploymentK: number;
  changeK: number;
  /** Published percent (32.7 = 32.7 %); BLS computes it from unrounded employment. */
  changePercent: number;
  /** Yearly average openings over the decade, thousands. */
  openingsK: number;
  sourceKey: string;
  crossCheckKeys: string[];
}

export interface Pay {
  occupationKey: string;
  /** YYYY-MM; OEWS estimates refer to May. */
  period: string;
  periodLabel: string;
  medianAnnual: number | null;
  medianHourly: number | null;
  p10Annual: number | null;
  p25Annual: number | null;
  p75Annual: number | null;
  /** Null when not published, including when top-coded. */
  p90Annual: number | null;
  /** OEWS publishes no exact wage at or above the top-code: show "≥ $239,200", never a number. */
  p90TopCoded: boolean;
  meanAnnual: number | null;
  meanHourly: number | null;
  oewsEmployment: number | null;
  sourceKey: string;
  crossCheckKeys: string[];
}

export interface QuotedSalary {
  key: string;
  payscaleTitle: string;
  role: RoleTag;
  medianAnnual: number;
  /** YYYY-MM, or null when the quote is undated. */
  period: string | null;
  periodLabel: string;
  /** e.g. "quoted by the article", "quoted by a third party". */
  status: string;
  publisher: string;
  sourceKey: string;
  notes: string;
}

export interface Source {
  key: string;
  /** Label in the reference notes (S1–S11), or '' when none. */
  ref: string;
  title: string;
  publisher: string;
  /** Checked to be http(s); null when the cell is empty or not a web address. */
  url: string | null;
  originUrl: string | null;
  /** ISO date, YYYY-MM or a bare year; '' when undated. */
  asOf: string;
  asOfBasis: string;
  accessed: string;
  notes: string;
}

/** What every parser returns: the rows it could read and an issue for each it could not. */
export interface ParseResult<T> {
  /** False when the file as a whole is unusable (empty, wrong header); rows is then []. */
  ok: boolean;
  rows: T[];
  issues: Issue[];
}
