import type { PanelProps } from './panelProps';

/** Placeholder until the panel is built. */
export function LargestBreaches(_props: PanelProps) {
  return null;
}
