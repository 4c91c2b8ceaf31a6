import { describe, expect, it } from 'vitest';
import {
  isLoopbackHost,
  needsLanAddress,
  shareAddress,
} from '../../src/features/presentation/shareAddress';

const at = (href: string) => {
  const u = new URL(href);
  return { protocol: u.protocol, hostname: u.hostname, host: u.host, pathname: u.pathname };
};

describe('shareAddress: where a QR code sends phones', () => {
  it('a page on a real host: its own address, nothing to say', () => {
    const page = at('https://school.example/atlas/index.html?v=2');
    expect(needsLanAddress(page)).toBe(false);
    expect(shareAddress(page, null)).toEqual({
      base: 'https://school.example/atlas/index.html',
      problem: null,
      replacedHost: null,
      servedOnLan: null,
    });
    expect(shareAddress(at('http://192.168.1.20:4173/'), null).problem).toBeNull();
  });

  it('a page at a loopback address on a --lan server: the network address, same path', () => {
    const page = at('http://127.0.0.1:4173/atlas/');
    expect(needsLanAddress(page)).toBe(true);
    expect(
      shareAddress(page, {
        lan: true,
        urls: ['http://192.168.1.20:4173/', 'http://10.0.0.5:4173/'],
      }),
    ).toEqual({
      base: 'http://192.168.1.20:4173/atlas/',
      problem: 'loopback',
      replacedHost: '127.0.0.1:4173',
      servedOnLan: true,
    });
  });

  it('a loopback page whose server serves this computer only, or is unknown: its own address, with the problem named', () => {
    const page = at('http://localhost:4173/');
    expect(shareAddress(page, { lan: false, urls: [] })).toMatchObject({
      base: 'http://localhost:4173/',
      problem: 'loopback',
      replacedHost: null,
      servedOnLan: false,
    });
    expect(shareAddress(page, null).servedOnLan).toBeNull();
    expect(shareAddress(page, { lan: true, urls: [] }).replacedHost).toBeNull();
  });

  it('a page opened from a file: its own address (file:// has no origin) and the problem named', () => {
    const page = at('file:///media/usb/health-breach-atlas.html?v=2');
    expect(needsLanAddress(page)).toBe(false);
    expect(shareAddress(page, null)).toMatchObject({
      base: 'file:///media/usb/health-breach-atlas.html',
      problem: 'file',
    });
  });

  it('recognises loopback hosts', () => {
    for (const host of ['localhost', 'atlas.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['192.168.1.20', 'school.example', '10.0.0.1', '[fd00::2]'])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});
