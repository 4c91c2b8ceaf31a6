const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** 1,234,567 bytes → "1.2 MB" (decimal units, as file managers show sizes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${number.format(bytes / 1e3)} kB`;
  if (bytes < 1e9) return `${number.format(bytes / 1e6)} MB`;
  return `${number.format(bytes / 1e9)} GB`;
}
