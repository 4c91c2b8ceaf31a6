import { useAppStore } from '../../state/store';

/**
 * The workforce page's choices live in the app store's workforce slice, so a link (and a
 * classroom slide, which is a saved link) restores them. This alias keeps the page's imports short.
 */
export const useWorkforceStore = useAppStore;
