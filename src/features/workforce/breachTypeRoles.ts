/**
 * For each breach type the HHS portal uses, the work that prevents it and the occupations that do
 * that work (occupation_key of occupations.csv). The project's own editorial judgement, written
 * for this dashboard; it is not from HHS or BLS.
 */
export interface BreachTypeRoles {
  /** Breach type exactly as the portal writes it. */
  type: string;
  prevention: string;
  occupationKeys: string[];
}

export const BREACH_TYPE_ROLES: readonly BreachTypeRoles[] = [
  {
    type: 'Hacking/IT Incident',
    prevention:
      'Patch and monitor systems, limit what each account can reach, keep offline backups, and design systems to be secure from the start.',
    occupationKeys: [
      'information_security_analysts',
      'computer_information_systems_managers',
      'health_information_technologists',
      'computer_systems_analysts',
      'database_administrators',
    ],
  },
  {
    type: 'Unauthorized Access/Disclosure',
    prevention:
      'Decide who may see which record, audit access logs, and release records only to those entitled to them.',
    occupationKeys: [
      'medical_health_services_managers',
      'health_information_technologists',
      'medical_records_specialists',
      'database_administrators',
    ],
  },
  {
    type: 'Theft',
    prevention:
      'Encrypt laptops and portable devices so a stolen one exposes nothing, and keep paper records locked away.',
    occupationKeys: [
      'information_security_analysts',
      'computer_information_systems_managers',
      'medical_health_services_managers',
    ],
  },
  {
    type: 'Loss',
    prevention:
      'Encrypt what leaves the building, track devices and media, and keep handling rules for paper records.',
    occupationKeys: [
      'information_security_analysts',
      'medical_records_specialists',
      'medical_health_services_managers',
    ],
  },
  {
    type: 'Improper Disposal',
    prevention:
      'Follow retention and destruction schedules; wipe or shred media and paper before they leave.',
    occupationKeys: [
      'medical_records_specialists',
      'medical_health_services_managers',
      'database_administrators',
    ],
  },
  {
    type: 'Other',
    prevention: 'Too varied to assign; the report gives no detail the type could be matched on.',
    occupationKeys: [],
  },
  {
    type: 'Unknown',
    prevention: 'The report does not say what happened.',
    occupationKeys: [],
  },
];
