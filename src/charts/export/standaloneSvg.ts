/** What an exported image says about itself, so it stands alone on a slide or in a report. */
export interface ExportMeta {
  title: string;
  /** Active filters in words, e.g. "Filters: Type: Theft; years 2015–2016" (or "No filters"). */
  filters: string;
  /** Source and as-of line, e.g. "Source: HHS OCR breach portal; data as of May 3, 2026". */
  source: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Computed properties that carry a chart's look once its stylesheet is gone. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LINE = 22;
const PAD = 16;

export interface StandaloneSvg {
  text: string;
  width: number;
  height: number;
}

/**
 * A self-contained copy of a chart's SVG: every element's computed look written onto it as
 * attributes (the page's CSS does not travel with a file), with the title and active filters
 * above and the source and as-of date below. Text goes in through textContent, so nothing from
 * the data can become markup.
 */
export function standaloneSvg(chart: SVGSVGElement, meta: ExportMeta): StandaloneSvg {
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.round(Number(chart.getAttribute('width')) || box.width || 600);
  const chartHeight = Math.round(Number(chart.getAttribute('height')) || box.height || 300);
  const clone = chart.cloneNode(true) as SVGSVGElement;
  if (chart.isConnected) inlineStyles(chart, clone);
  for (const el of clone.querySelectorAll('[tabindex], [data-testid]')) {
    el.removeAttribute('tabindex');
  }
  const width = Math.max(chartWidth, 480) + 2 * PAD;
  const header = 2 * LINE + 8;
  const height = header + chartHeight + LINE + 2 * PAD;
  const doc = chart.ownerDocument;
  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', FONT);
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.setAttribute('fill', '#ffffff');
  root.append(background);
  root.append(text(doc, meta.title, PAD, PAD + 16, 18, '700'));
  root.append(text(doc, meta.filters, PAD, PAD + 16 + LINE, 13, '400'));
  const g = doc.createElementNS(SVG_NS, 'g');
  g.setAttribute('transform', `translate(${PAD},${PAD + header})`);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', '0');
  clone.setAttribute('width', String(chartWidth));
  clone.setAttribute('height', String(chartHeight));
  g.append(clone);
  root.append(g);
  root.append(
    text(doc, meta.source, PAD, PAD + header + chartHeight + 18, 12, '400', 'source-line'),
  );
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

function text(
  doc: Document,
  content: string,
  x: number,
  y: number,
  size: number,
  weight: string,
  cls?: string,
): SVGTextElement {
  const t = doc.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-size', String(size));
  t.setAttribute('font-weight', weight);
  t.setAttribute('fill', '#1a1a1a');
  if (cls) t.setAttribute('class', cls);
  t.textContent = content;
  return t;
}

function inlineStyles(source: Element, target: Element): void {
  const style = getComputedStyle(source);
  for (const prop of STYLE_PROPS) {
    const value = style.getPropertyValue(prop);
    if (value) target.setAttribute(prop, value);
  }
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length && i < to.length; i += 1) inlineStyles(from[i]!, to[i]!);
}
