import type { PanelProps } from './panelProps';

/** Placeholder until the panel is built. */
export function Breakdowns(_props: PanelProps) {
  return null;
}
