import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useCurrentHistory } from '../../queries/importedHistory';
import { useManifest } from '../../queries/manifest';
import { CurrentData } from './CurrentData';
import { DropZone } from './DropZone';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportReportView } from './ImportReportView';
import { ImportReview } from './ImportReview';
import { useImportSession } from './importSession';
import { resetToShipped, startImport } from './startImport';
import './import.css';

/**
 * "Load newer data": a person brings the portal's newest export; it is read and merged in a
 * worker by the same code as `npm run datasets`, every page switches to the merged history, and
 * the browser keeps it until "Reset to the shipped data".
 */
export function ImportPage() {
  const headingId = useId();
  const client = useQueryClient();
  const session = useImportSession();
  const manifest = useManifest();
  const imported = useCurrentHistory();
  const [resetting, setResetting] = useState(false);
  const running = session.phase === 'running' || session.phase === 'review';
  const imports = imported.data?.state?.imports ?? [];
  const reset = () => {
    setResetting(true);
    void resetToShipped(client).finally(() => setResetting(false));
  };

  return (
    <section className="panel import-page" aria-labelledby={headingId}>
      <h2 id={headingId}>Load newer data</h2>
      <p className="import-intro">
        HHS publishes no history: the{' '}
        <a
          href="https://ocrportal.hhs.gov/ocr/breach/breach_report.jsf"
          rel="noreferrer noopener"
          target="_blank"
        >
          breach portal
        </a>{' '}
        shows each list only as it is today. Save its newest CSV export of either list and bring it
        here. The file is read in this browser, matched to the breaches already known by the same
        rules the project’s build uses, and its newer values take precedence. Every page then shows
        the merged data, and this browser keeps it until you reset.
      </p>
      {imported.data?.problem && (
        <p className="notice" role="alert">
          {imported.data.problem}
        </p>
      )}
      <CurrentData
        manifest={manifest.data}
        imports={imports}
        onReset={reset}
        busy={running || resetting}
      />
      <DropZone disabled={running || resetting} onFiles={(files) => startImport(client, files)} />
      {session.phase === 'running' && session.progress && (
        <ImportProgressBar progress={session.progress} onCancel={session.cancel} />
      )}
      {session.phase === 'review' && session.report && session.answer && (
        <ImportReview report={session.report} onAnswer={session.answer} onCancel={session.cancel} />
      )}
      <Status />
      {session.report && (
        <ImportReportView
          report={session.report}
          changed={session.changed}
          pending={session.phase === 'review'}
        />
      )}
    </section>
  );
}

function Status() {
  const session = useImportSession();
  if (session.phase === 'cancelled')
    return (
      <p className="notice" role="status" data-testid="import-status">
        Import cancelled; the data on screen is unchanged.
      </p>
    );
  if (session.phase === 'failed')
    return (
      <p className="notice import-alert" role="alert" data-testid="import-status">
        {session.error}
      </p>
    );
  if (session.phase === 'reset')
    return (
      <p
        className={session.stored?.ok === false ? 'notice import-alert' : 'notice'}
        role={session.stored?.ok === false ? 'alert' : 'status'}
        data-testid="import-status"
      >
        {session.stored?.ok === false
          ? `Back to the shipped data on this page, but the stored copy could not be removed (${session.stored.reason}); it may come back when you reload.`
          : 'Back to the shipped data; the imported exports were removed from this browser.'}
      </p>
    );
  if (session.phase === 'done' && session.changed)
    return (
      <p
        className={session.stored?.ok === false ? 'notice import-alert' : 'notice'}
        role={session.stored?.ok === false ? 'alert' : 'status'}
        data-testid="import-status"
      >
        {session.stored === null
          ? 'Merged. Every page now shows the merged data; saving it in this browser…'
          : session.stored.ok
            ? `Merged and saved in this browser: the merged data stays after a reload.${session.persistence === 'refused' ? ' The browser did not grant persistent storage, so it may clear the imported data when space runs low; import the files again if it does.' : ''}`
            : `Merged, but this browser could not save it (${session.stored.reason}). Every page shows the merged data until you reload; import the file again after reloading.`}
      </p>
    );
  return null;
}
