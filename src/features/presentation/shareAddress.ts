import type { LanAddress } from '../../queries/lanAddress';

/** Where a QR code sends students' phones, and why the page's own address may not do. */
export interface ShareAddress {
  /** Origin and path the view's query is appended to. */
  base: string;
  /**
   * `loopback`: the page is open at an address only this computer reaches (127.0.0.1,
   * localhost); `file`: it was opened from a file; null: phones can use the page's own address.
   */
  problem: 'loopback' | 'file' | null;
  /** With `loopback`: the page's own host, when the code points to the network address instead. */
  replacedHost: string | null;
  /** With `loopback`: whether the server runs on the network (`npm run start:lan`); null unknown. */
  servedOnLan: boolean | null;
}

interface PageLocation {
  protocol: string;
  hostname: string;
  host: string;
  pathname: string;
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '0.0.0.0'
  );
}

/** True when the page's own address is no use to a phone, so the server is worth asking. */
export function needsLanAddress(location: PageLocation): boolean {
  return location.protocol !== 'file:' && isLoopbackHost(location.hostname);
}

/**
 * The address for a QR code: the page's own (the address it was opened at), unless that is a
 * loopback one and the local server named a network address it also serves on.
 */
export function shareAddress(
  location: PageLocation,
  lan: LanAddress | null | undefined,
): ShareAddress {
  const own = `${location.protocol}//${location.host}${location.pathname}`;
  if (location.protocol === 'file:')
    return { base: own, problem: 'file', replacedHost: null, servedOnLan: null };
  if (!isLoopbackHost(location.hostname))
    return { base: own, problem: null, replacedHost: null, servedOnLan: null };
  const network = lan?.lan ? lan.urls[0] : undefined;
  if (!network)
    return {
      base: own,
      problem: 'loopback',
      replacedHost: null,
      servedOnLan: lan ? lan.lan : null,
    };
  const url = new URL(network);
  return {
    base: `${url.origin}${location.pathname}`,
    problem: 'loopback',
    replacedHost: location.host,
    servedOnLan: true,
  };
}
