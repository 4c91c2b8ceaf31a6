/** Placeholder until the import feature is built. */
export function ImportPage() {
  return null;
}
