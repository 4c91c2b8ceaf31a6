import type { PanelProps } from './panelProps';

/** Placeholder until the panel is built. */
export function StateMap(_props: PanelProps) {
  return null;
}
