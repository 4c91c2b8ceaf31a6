/**
 * The career comparison in the project's own words (facts from the source article's table, no
 * sentence of it). Each example role names the BLS occupation whose figures apply to it, by
 * occupation_key of datasets/workforce/occupations.csv; the link is our editorial judgement,
 * not a BLS mapping, and `why` says so where the fit is loose.
 */

export interface ExampleRole {
  title: string;
  /** occupation_key whose BLS figures stand in for this role; null when no line in the data fits. */
  occupationKey: string | null;
  why: string;
  /** quote_key in quoted-salaries.csv for the article's Payscale figure, if it gives one. */
  quoteKey?: string;
}

export interface Discipline {
  key: 'health_informatics' | 'health_information_management';
  name: string;
  focus: string;
  duties: string[];
  roles: ExampleRole[];
  education: string;
  skills: string;
}

export const DISCIPLINES: readonly Discipline[] = [
  {
    key: 'health_informatics',
    name: 'Health informatics',
    focus:
      'The systems. How patient records are stored, moved, analysed and kept safe: building those systems, hardening them and making them work better.',
    duties: [
      'Plan, build and roll out clinical information systems',
      'Protect patient data inside those systems',
      'Set the rules for how data is exchanged between systems',
      'Study how the systems perform, to improve both care and security',
    ],
    roles: [
      {
        title: 'Health informatics specialist',
        occupationKey: 'health_information_technologists',
        why: 'The article reads this role as BLS’s health information technologists; a fair match, not the only one.',
        quoteKey: 'health_informatics_specialist_article',
      },
      {
        title: 'Clinical informatics manager',
        occupationKey: 'computer_information_systems_managers',
        why: 'Our nearest line for leading clinical IT teams; BLS has no clinical informatics occupation.',
        quoteKey: 'clinical_informatics_manager_article',
      },
    ],
    education:
      'Technical degrees: information systems and analysis, data science, programming. Executive master’s programs take in people changing careers.',
    skills: 'Information technology, databases, computer science, and analytical problem solving.',
  },
  {
    key: 'health_information_management',
    name: 'Health information management (HIM)',
    focus:
      'The information itself. Gathering patient data, making sure it is correct, and sharing it only as privacy law allows.',
    duties: [
      'Collect patient information for the record',
      'Check it for completeness and accuracy',
      'Release it to clinicians and insurers within privacy rules',
    ],
    roles: [
      {
        title: 'HIM manager',
        occupationKey: 'medical_health_services_managers',
        why: 'The article uses this occupation’s outlook for HIM careers.',
        quoteKey: 'him_manager_article',
      },
      {
        title: 'Compliance specialist',
        occupationKey: null,
        why: 'No occupation in these datasets fits this title, so no BLS figures are shown for it.',
      },
      {
        title: 'Medical coder',
        occupationKey: 'medical_records_specialists',
        why: 'Nearest BLS line for coding work.',
      },
      {
        title: 'Medical biller',
        occupationKey: 'medical_records_specialists',
        why: 'Nearest BLS line for billing from the record.',
      },
    ],
    education:
      'Health-science degrees, such as records management, public health or physiology, or a degree in healthcare administration.',
    skills:
      'Health-science knowledge (pharmacology, regulation), precision with detail, and privacy practice.',
  },
];

/** What both fields ask of people, in our words. */
export const SHARED =
  'Both need clear communication and teamwork, and both exist in part to keep patient data safe.';

/** Security roles the breach data points to; the article does not list them, the dashboard adds them. */
export const SECURITY_ROLES: readonly ExampleRole[] = [
  {
    title: 'Information security analyst',
    occupationKey: 'information_security_analysts',
    why: 'Watches for and stops attacks on networks and data.',
  },
  {
    title: 'IT or security leader',
    occupationKey: 'computer_information_systems_managers',
    why: 'Runs the security program and its budget.',
  },
  {
    title: 'Database administrator',
    occupationKey: 'database_administrators',
    why: 'Controls who can read the data and keeps restorable backups.',
  },
];
