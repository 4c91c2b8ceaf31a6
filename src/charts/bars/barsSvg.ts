import type { CategoryCount } from '../../data/views/countByCategory';
import { barsModel, type BarsMeasure } from './barsModel';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LABEL_WIDTH = 230;
const ROW = 26;

/**
 * The breakdown bars as a detached SVG, for export only (on screen the bars are buttons).
 * Built from the same model as the chart, with explicit colours, so the file looks right
 * without the page's CSS. Labels are set with textContent: data never becomes markup.
 */
export function barsSvg(
  doc: Document,
  categories: readonly CategoryCount[],
  measure: BarsMeasure,
  selected: readonly string[],
): SVGSVGElement {
  const barWidth = 360;
  const { bars } = barsModel(categories, { measure, selected, width: barWidth });
  const width = LABEL_WIDTH + barWidth + 120;
  const height = Math.max(ROW, bars.length * ROW);
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  bars.forEach((bar, i) => {
    const y = i * ROW;
    const label = doc.createElementNS(SVG_NS, 'text');
    label.setAttribute('x', String(LABEL_WIDTH - 8));
    label.setAttribute('y', String(y + ROW / 2 + 4));
    label.setAttribute('text-anchor', 'end');
    label.setAttribute('font-size', '13');
    label.setAttribute('fill', '#1b1f24');
    label.textContent = bar.label.length > 34 ? `${bar.label.slice(0, 33)}…` : bar.label;
    const rect = doc.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(LABEL_WIDTH));
    rect.setAttribute('y', String(y + 5));
    rect.setAttribute('width', String(Math.max(0, bar.length)));
    rect.setAttribute('height', String(ROW - 10));
    rect.setAttribute('fill', bar.selected ? '#d55e00' : bar.dimmed ? '#a6c8e0' : '#0072b2');
    const value = doc.createElementNS(SVG_NS, 'text');
    value.setAttribute('x', String(LABEL_WIDTH + Math.max(0, bar.length) + 6));
    value.setAttribute('y', String(y + ROW / 2 + 4));
    value.setAttribute('font-size', '13');
    value.setAttribute('fill', '#1b1f24');
    value.textContent = bar.valueText;
    svg.append(label, rect, value);
  });
  return svg;
}
