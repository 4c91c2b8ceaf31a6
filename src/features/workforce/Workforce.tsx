/** Placeholder until the workforce feature is built. */
export function Workforce() {
  return null;
}
