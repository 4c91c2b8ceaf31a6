/**
 * The matching form of an entity name: lower-cased with every non-alphanumeric removed, so
 * punctuation, spacing and mojibake debris (`â€™???`) never stop two spellings from matching.
 */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
