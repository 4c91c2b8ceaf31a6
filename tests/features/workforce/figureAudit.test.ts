// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectFigures, unsourcedFigures, usedSourceKeys } from './figureAudit';

function dom(html: string): Element {
  const root = document.createElement('div');
  // Test-only markup built from constants (the app itself never sets HTML).
  root.append(document.createRange().createContextualFragment(html));
  return root;
}

describe('figureAudit', () => {
  it('unsourcedFigures(collectFigures(root)) flags a number with no data-source, an empty one and an unknown key', () => {
    const root = dom(`
      <p data-source="a">Growth <b>+32.7%</b></p>
      <p>Median $124,910</p>
      <p data-source="">Jobs 180,700</p>
      <p data-source="a ghost">Openings 17,300</p>
      <p>No digits here</p>
      <p data-not-a-figure="row numbers">row 12</p>`);
    const nodes = collectFigures(root);
    expect(nodes.map((n) => n.text)).toEqual([
      '+32.7%',
      'Median $124,910',
      'Jobs 180,700',
      'Openings 17,300',
      'row 12',
    ]);
    expect(unsourcedFigures(nodes, new Set(['a']))).toEqual([
      'no source: "Median $124,910"',
      'no source: "Jobs 180,700"',
      'unknown source "ghost": "Openings 17,300"',
    ]);
    expect([...usedSourceKeys(nodes)]).toEqual(['a', 'ghost']);
  });

  it('unsourcedFigures(nodes) is empty when every number sits under a known source', () => {
    const root = dom(
      '<svg><text data-source="a b">10%</text></svg><span data-source="b"><i>2024</i></span>',
    );
    expect(unsourcedFigures(collectFigures(root), new Set(['a', 'b']))).toEqual([]);
  });
});
