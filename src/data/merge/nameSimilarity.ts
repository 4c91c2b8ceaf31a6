/**
 * Ratcliff/Obershelp similarity (2·matches / total length), the measure the matching rules in
 * PROVENANCE.md were checked with: it rewards long shared runs, so `Swedish Edmonds Hospital`
 * and `Swedish Edmonds` score high while two different nursing homes with a shared prefix do not.
 * Inputs are expected already normalised (see normaliseName).
 */
export function nameSimilarity(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1;
  // Ratcliff/Obershelp depends on argument order when two longest runs tie; a fixed order makes
  // the score symmetric, so matching never depends on which snapshot is read first.
  const [x, y] = a <= b ? [a, b] : [b, a];
  return (2 * matchingCharacters(x, 0, x.length, y, 0, y.length)) / (a.length + b.length);
}

function matchingCharacters(
  a: string,
  aLo: number,
  aHi: number,
  b: string,
  bLo: number,
  bHi: number,
): number {
  if (aLo >= aHi || bLo >= bHi) return 0;
  // Longest common substring of a[aLo,aHi) and b[bLo,bHi), by dynamic programming over one row.
  let best = 0;
  let bestA = aLo;
  let bestB = bLo;
  let prev = new Uint16Array(bHi - bLo + 1);
  let curr = new Uint16Array(bHi - bLo + 1);
  for (let i = aLo; i < aHi; i++) {
    for (let j = bLo; j < bHi; j++) {
      const k = j - bLo + 1;
      if (a.charCodeAt(i) === b.charCodeAt(j)) {
        const run = (prev[k - 1] ?? 0) + 1;
        curr[k] = run;
        if (run > best) {
          best = run;
          bestA = i - run + 1;
          bestB = j - run + 1;
        }
      } else {
        curr[k] = 0;
      }
    }
    [prev, curr] = [curr, prev];
  }
  if (best === 0) return 0;
  return (
    best +
    matchingCharacters(a, aLo, bestA, b, bLo, bestB) +
    matchingCharacters(a, bestA + best, aHi, b, bestB + best, bHi)
  );
}
