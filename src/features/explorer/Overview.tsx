import type { PanelProps } from './panelProps';

/** Placeholder until the panel is built. */
export function Overview(_props: PanelProps) {
  return null;
}
