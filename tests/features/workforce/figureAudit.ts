/**
 * The "every number has a source" check, shared by the component test (jsdom) and the browser
 * test (Chromium). COLLECT_FIGURES is plain JavaScript source, so the browser test can send it to
 * the page as text (a function would be re-serialised with whatever helpers the test transform
 * adds); `collectFigures` runs the same text under jsdom.
 */

export interface FigureNode {
  /** The text node's content (trimmed). */
  text: string;
  /** data-source of the nearest ancestor that has one, or null. */
  source: string | null;
  /** True inside an element marked data-not-a-figure (with a reason), e.g. problem row numbers. */
  exempt: boolean;
}

/** (root) => FigureNode[]: every text node under root that contains a digit. */
export const COLLECT_FIGURES = `(root) => {
  const out = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent || '').trim();
    if (!/[0-9]/.test(text)) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style')) continue;
    const owner = parent.closest('[data-source]');
    out.push({ text, source: owner ? owner.getAttribute('data-source') : null, exempt: parent.closest('[data-not-a-figure]') !== null });
  }
  return out;
}`;

export function collectFigures(root: Element): FigureNode[] {
  return (new Function(`return ${COLLECT_FIGURES}`)() as (r: Element) => FigureNode[])(root);
}

/**
 * Problems with the figures: a number with no source, an empty source, or a source key that
 * is neither in sources.csv nor the breach manifest's key. [] means every figure is traceable.
 */
export function unsourcedFigures(
  nodes: readonly FigureNode[],
  knownKeys: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const n of nodes) {
    if (n.exempt) continue;
    const keys = (n.source ?? '').split(/\s+/).filter(Boolean);
    if (keys.length === 0) problems.push(`no source: "${n.text.slice(0, 80)}"`);
    for (const k of keys)
      if (!knownKeys.has(k)) problems.push(`unknown source "${k}": "${n.text.slice(0, 80)}"`);
  }
  return problems;
}

/** Every source key the figures name. */
export function usedSourceKeys(nodes: readonly FigureNode[]): Set<string> {
  return new Set(
    nodes.flatMap((n) => (n.exempt ? [] : (n.source ?? '').split(/\s+/).filter(Boolean))),
  );
}
