import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { historyClient } from '../../queries/importedHistory';
import { applyHistory } from './applyHistory';

/** The channel on which a tab says that the history stored in this browser changed. */
export const HISTORY_CHANNEL = 'health-breach-atlas-history';

interface HistoryChanged {
  type: 'history-changed';
  /** What happened, for a message on screen: an import was saved, or the imports were reset. */
  change: 'import' | 'reset';
}

/** Only this exact shape is acted on: any other page of the origin may post on the channel. */
export function isHistoryChanged(data: unknown): data is HistoryChanged {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d.type === 'history-changed' &&
    (d.change === 'import' || d.change === 'reset') &&
    Object.keys(d).length === 2
  );
}

/** Tells the other tabs of this app that the stored history changed (they reload it). */
export function announceHistoryChange(change: HistoryChanged['change']): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(HISTORY_CHANNEL);
  channel.postMessage({ type: 'history-changed', change } satisfies HistoryChanged);
  channel.close();
}

/** Calls `onChange` when another tab stored or reset the history; returns the way to stop. */
export function listenForHistoryChanges(
  onChange: (change: HistoryChanged['change']) => void,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(HISTORY_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isHistoryChanged(event.data)) onChange(event.data.change);
  };
  return () => channel.close();
}

/**
 * Keeps this tab on the stored history: when another tab imports or resets, the stored history is
 * read again and every view follows (the one current-history query, see applyHistory).
 */
export function useHistorySync(client: QueryClient): void {
  useEffect(
    () =>
      listenForHistoryChanges(() => {
        const worker = historyClient();
        if (worker === null) return;
        void worker.load().then(
          (state) => applyHistory(client, state),
          () => undefined,
        );
      }),
    [client],
  );
}
