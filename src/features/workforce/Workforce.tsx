import { useBreaches } from '../../queries/breaches';
import { useCountHistory } from '../../queries/countHistory';
import { useManifest } from '../../queries/manifest';
import { useWorkforce } from '../../queries/workforce';
import { CaseView } from './CaseView';
import { ClaimCheck } from './ClaimCheck';
import { DataIssues } from './DataIssues';
import { RoleComparison } from './RoleComparison';
import { SectionGate } from './SectionGate';
import { SourcesMethod } from './SourcesMethod';
import { WorkforceIntro } from './WorkforceIntro';
import { WorkforceOutlook } from './WorkforceOutlook';
import './workforce.css';

/**
 * The "Workforce & the case" page: the job outlook, the two careers, the case (breach trend
 * beside the outlook), the article's claims checked against the data, and every source. Each
 * section waits only for the data it needs.
 */
export type WorkforceSection = 'intro' | 'outlook' | 'roles' | 'case' | 'claims' | 'sources';
const ALL_SECTIONS: readonly WorkforceSection[] = [
  'intro',
  'outlook',
  'roles',
  'case',
  'claims',
  'sources',
];

/** `sections`: which parts to show (a classroom slide shows one); all by default. */
export function Workforce({ sections = ALL_SECTIONS }: { sections?: readonly WorkforceSection[] }) {
  const has = (s: WorkforceSection) => sections.includes(s);
  const workforce = useWorkforce();
  const breaches = useBreaches();
  const manifest = useManifest();
  const history = useCountHistory();
  // The claim check can run without the count history; it waits for it unless it failed.
  // The growth and salary claims wait for the workforce data too, unless it failed.
  const workforceGate = {
    error: null,
    isPending: workforce.isPending && !workforce.isError,
    refetch: workforce.refetch,
  };
  const historyGate = {
    error: null,
    isPending: history.isPending && !history.isError,
    refetch: history.refetch,
  };
  return (
    <div className="workforce" data-testid="workforce-page">
      {has('intro') && <WorkforceIntro />}
      <DataIssues workforce={workforce.data ?? null} breaches={breaches.data ?? null} />
      {has('outlook') && (
        <SectionGate
          id="wf-outlook"
          title="Job outlook"
          what="workforce figures"
          queries={[workforce]}
        >
          {() => workforce.data && <WorkforceOutlook data={workforce.data} />}
        </SectionGate>
      )}
      {has('roles') && (
        <SectionGate
          id="wf-roles"
          title="Two careers, side by side"
          what="workforce figures"
          queries={[workforce]}
        >
          {() => workforce.data && <RoleComparison data={workforce.data} />}
        </SectionGate>
      )}
      {has('case') && (
        <SectionGate
          id="wf-case"
          title="The case: breaches beside the job outlook"
          what="breach and workforce data"
          queries={[breaches, manifest, workforce]}
        >
          {() =>
            breaches.data &&
            manifest.data &&
            workforce.data && (
              <CaseView
                table={breaches.data.table}
                manifest={manifest.data}
                data={workforce.data}
              />
            )
          }
        </SectionGate>
      )}
      {has('claims') && (
        <SectionGate
          id="wf-claims"
          title="Checking the article’s claims"
          what="breach data"
          queries={[breaches, manifest, historyGate, workforceGate]}
        >
          {() =>
            breaches.data &&
            manifest.data && (
              <ClaimCheck
                table={breaches.data.table}
                manifest={manifest.data}
                history={history.data ?? null}
                historyError={history.error}
                workforce={workforce.data ?? null}
              />
            )
          }
        </SectionGate>
      )}
      {has('sources') && (
        <SectionGate
          id="wf-sources"
          title="Sources and method"
          what="sources"
          queries={[workforce, manifest, breaches]}
        >
          {() =>
            workforce.data &&
            manifest.data &&
            breaches.data && (
              <SourcesMethod
                data={workforce.data}
                manifest={manifest.data}
                table={breaches.data.table}
              />
            )
          }
        </SectionGate>
      )}
    </div>
  );
}
