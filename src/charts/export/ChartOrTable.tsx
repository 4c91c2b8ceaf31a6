import { useRef, useState, type ReactNode } from 'react';
import { ExportButtons } from './ExportButtons';
import type { ExportMeta } from './standaloneSvg';

interface Props {
  /** What an exported image says about itself. */
  meta: ExportMeta;
  chart: ReactNode;
  /** The same figures as a table, for screen readers, keyboards and copying. */
  table: ReactNode;
}

/** A chart with its "Show data table" switch and PNG / SVG export of the chart's SVG. */
export function ChartOrTable({ meta, chart, table }: Props) {
  const [showTable, setShowTable] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  return (
    <>
      <button
        type="button"
        className="table-toggle"
        aria-pressed={showTable}
        onClick={() => setShowTable((v) => !v)}
      >
        {showTable ? 'Show chart' : 'Show data table'}
      </button>{' '}
      <ExportButtons
        getSvg={() =>
          box.current?.querySelector<SVGSVGElement>('svg[role="img"]') ??
          box.current?.querySelector('svg') ??
          null
        }
        meta={meta}
      />
      {showTable ? table : <div ref={box}>{chart}</div>}
    </>
  );
}
