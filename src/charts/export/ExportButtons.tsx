import { useState } from 'react';
import { downloadBlob, fileNameFor } from '../../ui/downloadBlob';
import { standaloneSvg, type ExportMeta } from './standaloneSvg';
import { svgToPng } from './svgToPng';
import './export.css';

interface Props {
  /** Returns the chart's SVG (or a detached one built for export); null when nothing is drawn. */
  getSvg: () => SVGSVGElement | null;
  meta: ExportMeta;
}

/** PNG and SVG download buttons for one chart; the files carry title, filters, source and as-of date. */
export function ExportButtons({ getSvg, meta }: Props) {
  const [error, setError] = useState<string | null>(null);
  const run = async (kind: 'png' | 'svg') => {
    setError(null);
    const svg = getSvg();
    if (!svg) {
      setError('There is no chart to export (switch off the data table first).');
      return;
    }
    try {
      const out = standaloneSvg(svg, meta);
      const blob =
        kind === 'svg'
          ? new Blob([out.text], { type: 'image/svg+xml' })
          : await svgToPng(out.text, out.width, out.height);
      downloadBlob(blob, fileNameFor(meta.title, kind));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The export failed.');
    }
  };
  return (
    <span className="export-buttons">
      <button
        type="button"
        onClick={() => void run('png')}
        aria-label={`Download “${meta.title}” as PNG`}
      >
        PNG
      </button>
      <button
        type="button"
        onClick={() => void run('svg')}
        aria-label={`Download “${meta.title}” as SVG`}
      >
        SVG
      </button>
      {error && (
        <span role="alert" className="export-error">
          {error}
        </span>
      )}
    </span>
  );
}
