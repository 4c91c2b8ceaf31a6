import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { citeView, viewTitle } from '../data/datasets/citation';
import { selectRows } from '../data/views/filterTable';
import { filterTexts } from '../features/explorer/filterTexts';
import { GlossaryDialog } from '../features/sources/GlossaryDialog';
import { SourcesContent } from '../features/sources/SourcesContent';
import { useBreaches } from '../queries/breaches';
import { useManifest } from '../queries/manifest';
import { useWorkforce } from '../queries/workforce';
import { clausesFromView } from '../state/clausesFromView';
import { selectViewState, useAppStore } from '../state/store';
import { MEGA_BREACH_THRESHOLD, type Page } from '../state/viewState';
import { DataDownloads } from '../ui/DataDownloads';
import { Dialog } from '../ui/Dialog';
import { useToday } from '../ui/useToday';
import { currentPageUrl } from '../state/syncUrl';

const PAGE_TITLES: Record<Page, string> = {
  explore: 'U.S. health-data breach reports',
  workforce: 'Workforce and the case: the job outlook beside the U.S. health-data breach record',
  classroom: 'Classroom deck on U.S. health-data breaches',
  import: 'U.S. health-data breach reports',
};

/** The Sources-and-citation and Glossary dialogs, opened from any source line or term. */
export function ReferenceDialogs() {
  const dialog = useAppStore((s) => s.dialog);
  const close = useAppStore((s) => s.closeDialog);
  return (
    <>
      <Dialog
        open={dialog?.kind === 'sources'}
        onClose={close}
        title="Sources and citation"
        testId="sources-dialog"
      >
        <SourcesHost />
      </Dialog>
      <GlossaryDialog
        open={dialog?.kind === 'glossary'}
        term={dialog?.kind === 'glossary' ? dialog.term : null}
        onClose={close}
      />
    </>
  );
}

/** Loads what the dialog lists (only while it is open) and cites the view on screen. */
function SourcesHost() {
  const manifest = useManifest().data ?? null;
  const workforce = useWorkforce().data ?? null;
  const table = useBreaches().data?.table ?? null;
  const view = useAppStore(useShallow(selectViewState));
  const today = useToday();
  const span = useMemo(
    () => [table?.span?.minYear ?? 2009, table?.span?.maxYear ?? 2009] as const,
    [table],
  );
  const explore = view.page === 'explore';
  const filters = explore ? filterTexts(view, span).map((f) => f.text) : [];
  const years: [number, number] = [
    Math.max(span[0], view.yearFrom ?? span[0]),
    Math.min(span[1], view.yearTo ?? span[1]),
  ];
  const rows = useMemo(
    () => (table ? selectRows(table, clausesFromView(view, MEGA_BREACH_THRESHOLD)) : null),
    [table, view],
  );
  const citation =
    manifest &&
    citeView({
      title: explore ? viewTitle(filters, years) : PAGE_TITLES[view.page],
      url: currentPageUrl(),
      accessed: today,
      manifest,
    });
  return (
    <SourcesContent
      manifest={manifest}
      workforce={workforce}
      citation={citation}
      downloads={
        explore && table && manifest && rows ? (
          <DataDownloads
            table={table}
            manifest={manifest}
            displayedRows={() => rows}
            displayedCount={rows.length}
            filters={filters}
            years={years}
          />
        ) : undefined
      }
    />
  );
}
