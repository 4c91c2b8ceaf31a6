import { InPageLink } from './InPageLink';

const SECTIONS = [
  { id: 'wf-outlook', label: 'Job outlook' },
  { id: 'wf-roles', label: 'Two careers' },
  { id: 'wf-case', label: 'The case' },
  { id: 'wf-claims', label: 'Claim check' },
  { id: 'wf-sources', label: 'Sources and method' },
];

/** What the page is for, and links to its sections. */
export function WorkforceIntro() {
  return (
    <div className="wf-intro">
      <p>
        Who keeps health records safe, and is that work in demand? This page sets the job outlook
        and pay of the occupations behind health informatics, health information management and
        security beside the breach record, tests the source article’s claims against the data, and
        names the source of every figure.
      </p>
      <nav aria-label="On this page">
        <ul className="wf-jump">
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <InPageLink target={s.id}>{s.label}</InPageLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
