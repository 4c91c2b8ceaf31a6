/** A U.S. state, district or territory as the breach data names it (USPS code) and the atlas does (FIPS). */
export interface StateCode {
  /** Two-letter USPS code, e.g. 'CA'. */
  code: string;
  /** Two-digit FIPS state code, e.g. '06'; null for the military "states" (AA, AE, AP). */
  fips: string | null;
  name: string;
  kind: 'state' | 'district' | 'territory' | 'military';
}

const s = (
  code: string,
  fips: string | null,
  name: string,
  kind: StateCode['kind'] = 'state',
): StateCode => ({ code, fips, name, kind });

/** 50 states, DC, Puerto Rico and the other territories and USPS regions, in code order. */
export const STATE_CODES: readonly StateCode[] = [
  s('AK', '02', 'Alaska'),
  s('AL', '01', 'Alabama'),
  s('AR', '05', 'Arkansas'),
  s('AS', '60', 'American Samoa', 'territory'),
  s('AZ', '04', 'Arizona'),
  s('CA', '06', 'California'),
  s('CO', '08', 'Colorado'),
  s('CT', '09', 'Connecticut'),
  s('DC', '11', 'District of Columbia', 'district'),
  s('DE', '10', 'Delaware'),
  s('FL', '12', 'Florida'),
  s('FM', '64', 'Federated States of Micronesia', 'territory'),
  s('GA', '13', 'Georgia'),
  s('GU', '66', 'Guam', 'territory'),
  s('HI', '15', 'Hawaii'),
  s('IA', '19', 'Iowa'),
  s('ID', '16', 'Idaho'),
  s('IL', '17', 'Illinois'),
  s('IN', '18', 'Indiana'),
  s('KS', '20', 'Kansas'),
  s('KY', '21', 'Kentucky'),
  s('LA', '22', 'Louisiana'),
  s('MA', '25', 'Massachusetts'),
  s('MD', '24', 'Maryland'),
  s('ME', '23', 'Maine'),
  s('MH', '68', 'Marshall Islands', 'territory'),
  s('MI', '26', 'Michigan'),
  s('MN', '27', 'Minnesota'),
  s('MO', '29', 'Missouri'),
  s('MP', '69', 'Northern Mariana Islands', 'territory'),
  s('MS', '28', 'Mississippi'),
  s('MT', '30', 'Montana'),
  s('NC', '37', 'North Carolina'),
  s('ND', '38', 'North Dakota'),
  s('NE', '31', 'Nebraska'),
  s('NH', '33', 'New Hampshire'),
  s('NJ', '34', 'New Jersey'),
  s('NM', '35', 'New Mexico'),
  s('NV', '32', 'Nevada'),
  s('NY', '36', 'New York'),
  s('OH', '39', 'Ohio'),
  s('OK', '40', 'Oklahoma'),
  s('OR', '41', 'Oregon'),
  s('PA', '42', 'Pennsylvania'),
  s('PR', '72', 'Puerto Rico', 'territory'),
  s('PW', '70', 'Palau', 'territory'),
  s('RI', '44', 'Rhode Island'),
  s('SC', '45', 'South Carolina'),
  s('SD', '46', 'South Dakota'),
  s('TN', '47', 'Tennessee'),
  s('TX', '48', 'Texas'),
  s('UM', '74', 'U.S. Minor Outlying Islands', 'territory'),
  s('UT', '49', 'Utah'),
  s('VA', '51', 'Virginia'),
  s('VI', '78', 'U.S. Virgin Islands', 'territory'),
  s('VT', '50', 'Vermont'),
  s('WA', '53', 'Washington'),
  s('WI', '55', 'Wisconsin'),
  s('WV', '54', 'West Virginia'),
  s('WY', '56', 'Wyoming'),
  s('AA', null, 'Armed Forces Americas', 'military'),
  s('AE', null, 'Armed Forces Europe', 'military'),
  s('AP', null, 'Armed Forces Pacific', 'military'),
];

const BY_CODE = new Map(STATE_CODES.map((c) => [c.code, c]));
const BY_FIPS = new Map(
  STATE_CODES.filter((c) => c.fips !== null).map((c) => [c.fips as string, c]),
);

/** The entry for a USPS code (case-insensitive), or undefined. */
export function stateByCode(code: string): StateCode | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/** The entry for a two-digit FIPS code ('06' or 6), or undefined. */
export function stateByFips(fips: string | number): StateCode | undefined {
  return BY_FIPS.get(String(fips).padStart(2, '0'));
}

/** Display name of a breach-data state key: the full name, "No state given" for '', else the fallback. */
export function stateKeyName(key: string, fallback: string = key): string {
  if (key === '') return 'No state given';
  return stateByCode(key)?.name ?? fallback;
}
