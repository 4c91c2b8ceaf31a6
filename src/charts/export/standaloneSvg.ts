/** What an exported image says about itself, so it stands alone on a slide or in a report. */
export interface ExportMeta {
  title: string;
  /** Active filters in words, e.g. "Filters: Type: Theft; years 2015–2016" (or "No filters"). */
  filters: string;
  /** Source and as-of line, e.g. "Source: HHS OCR breach portal; data as of May 3, 2026". */
  source: string;
  /** A legend drawn in its own SVG beside the chart (the map's colour ramp), with its title. */
  legend?: { title: string; svg: SVGSVGElement | null } | null;
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
  // Text with a halo (growth chart names) paints its stroke under the fill only with paint-order.
  'paint-order',
  'stroke-linejoin',
  'stroke-linecap',
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
  const doc = chart.ownerDocument;
  // An image is read on white paper or a white slide: its colours are the light theme's, even
  // when the page is in dark mode (computed once with the light palette, then put back).
  const root0 = doc.documentElement;
  const wasLight = root0.classList.contains('export-light');
  root0.classList.add('export-light');
  const clone = copyWithStyles(chart);
  const legendSvg = meta.legend?.svg ? copyWithStyles(meta.legend.svg) : null;
  if (!wasLight) root0.classList.remove('export-light');

  const width = Math.max(chartWidth, 480) + 2 * PAD;
  const wrapAt = width - 2 * PAD;
  const title = wrapLines(meta.title, wrapAt, 18);
  const filters = wrapLines(meta.filters, wrapAt, 13);
  const source = wrapLines(meta.source, wrapAt, 12);
  const legendTitle = meta.legend ? wrapLines(meta.legend.title, wrapAt, 12) : [];
  const legendHeight = legendSvg ? Number(legendSvg.getAttribute('height')) || 40 : 0;

  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.append(background(doc));
  let y = PAD;
  for (const line of title) root.append(text(doc, line, PAD, (y += LINE), 18, '700'));
  for (const line of filters) root.append(text(doc, line, PAD, (y += LINE - 4), 13, '400'));
  y += 12;
  const g = doc.createElementNS(SVG_NS, 'g');
  g.setAttribute('transform', `translate(${PAD},${y})`);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', '0');
  clone.setAttribute('width', String(chartWidth));
  clone.setAttribute('height', String(chartHeight));
  g.append(clone);
  root.append(g);
  y += chartHeight;
  if (meta.legend) {
    for (const line of legendTitle) root.append(text(doc, line, PAD, (y += LINE - 4), 12, '600'));
    if (legendSvg) {
      const lg = doc.createElementNS(SVG_NS, 'g');
      lg.setAttribute('transform', `translate(${PAD},${y + 4})`);
      // Its end labels reach past the ramp's own box: let them show (the image has room).
      legendSvg.setAttribute('overflow', 'visible');
      lg.append(legendSvg);
      root.append(lg);
      y += legendHeight + 4;
    }
  }
  y += 6;
  for (const line of source)
    root.append(text(doc, line, PAD, (y += LINE - 6), 12, '400', 'source-line'));
  const height = Math.ceil(y + PAD);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', FONT);
  (root.firstChild as Element).setAttribute('height', String(height));
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

/** A copy of an SVG with its computed look written on as attributes, without focus stops. */
function copyWithStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  if (svg.isConnected) inlineStyles(svg, clone);
  for (const el of clone.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  return clone;
}

function background(doc: Document): SVGRectElement {
  const rect = doc.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('fill', '#ffffff');
  return rect;
}

/**
 * Words into lines no wider than `width` at a font size, estimated from an average glyph width
 * (0.56 em; digits and capitals of system fonts stay under it), so a long title or source line
 * wraps instead of running off the image. A single word longer than a line is split.
 */
export function wrapLines(content: string, width: number, size: number): string[] {
  const max = Math.max(8, Math.floor(width / (size * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > max) {
      if (line) lines.push(line);
      line = '';
      lines.push(rest.slice(0, max));
      rest = rest.slice(max);
    }
    const next = line ? `${line} ${rest}` : rest;
    if (next.length > max) {
      lines.push(line);
      line = rest;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
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
