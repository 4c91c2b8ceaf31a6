/** A CSV row whose every cell is empty or white space (spreadsheets leave these at the end). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
