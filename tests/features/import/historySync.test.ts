import { describe, expect, it } from 'vitest';
import {
  announceHistoryChange,
  HISTORY_CHANNEL,
  isHistoryChanged,
  listenForHistoryChanges,
} from '../../../src/features/import/historySync';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('historySync: other tabs refresh when the stored history changes (issue 11, defect 6)', () => {
  it('announceHistoryChange(change) reaches a listener of another tab; foreign messages do not', async () => {
    const seen: string[] = [];
    const stop = listenForHistoryChanges((change) => seen.push(change));
    announceHistoryChange('import');
    const other = new BroadcastChannel(HISTORY_CHANNEL);
    other.postMessage({ type: 'history-changed', change: 'wipe' });
    other.postMessage({ type: 'history-changed', change: 'reset', extra: '<script>' });
    other.postMessage('history-changed');
    other.postMessage(null);
    announceHistoryChange('reset');
    await settle();
    other.close();
    stop();
    expect(seen).toEqual(['import', 'reset']);
  });

  it('isHistoryChanged(data) accepts only the exact message shape', () => {
    expect(isHistoryChanged({ type: 'history-changed', change: 'import' })).toBe(true);
    for (const bad of [
      undefined,
      1,
      [],
      { type: 'history-changed' },
      { type: 'x', change: 'import' },
    ])
      expect(isHistoryChanged(bad), JSON.stringify(bad)).toBe(false);
  });
});
