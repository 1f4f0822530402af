import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { requestInfo } from '@/lib/auth/request-info';
import { inRanges, normalizeAddress, parseAddressRange } from '@/lib/net/addresses';
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveForwarding } from '@/lib/net/forwarding';
import { createRequestGuard } from '@/lib/net/request-guard';

function trusted(text: string) {
  const parsed = parseTrustedProxies(text);
  if (!parsed.ok) throw new Error(parsed.invalid.join());
  return parsed.ranges;
}

describe('addresses and ranges', () => {
  it('normalise IPv4-mapped IPv6, ports and brackets, and refuse what is not an address', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('::FFFF:7f00:1')).toBe('127.0.0.1');
    expect(normalizeAddress('203.0.113.7:5678')).toBe('203.0.113.7');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('unknown')).toBeNull();
    expect(normalizeAddress('1.2.3.4.5')).toBeNull();
    expect(normalizeAddress('<script>')).toBeNull();
    expect(normalizeAddress('')).toBeNull();
  });

  it('match IPv4 and IPv6 CIDR ranges, without mixing the two', () => {
    const ranges = trusted('10.0.0.0/8, 192.168.1.7 2001:db8::/32 ::1');
    expect(inRanges('10.200.3.4', ranges)).toBe(true);
    expect(inRanges('::ffff:10.200.3.4', ranges)).toBe(true);
    expect(inRanges('11.0.0.1', ranges)).toBe(false);
    expect(inRanges('192.168.1.7', ranges)).toBe(true);
    expect(inRanges('192.168.1.8', ranges)).toBe(false);
    expect(inRanges('2001:db8:ffff::1', ranges)).toBe(true);
    expect(inRanges('2001:db9::1', ranges)).toBe(false);
    expect(inRanges('::1', ranges)).toBe(true);
    expect(inRanges('::2', ranges)).toBe(false);
    expect(parseAddressRange('::ffff:10.0.0.0/104')).toEqual(parseAddressRange('10.0.0.0/8'));
    expect(inRanges('1.2.3.4', trusted('0.0.0.0/0'))).toBe(true);
    expect(inRanges('2001:db8::1', trusted('0.0.0.0/0'))).toBe(false);
  });

  it('refuse a malformed TRUSTED_PROXIES entry by name', () => {
    expect(parseTrustedProxies('10.0.0.0/8, 10.0.0.0/33, proxy.local, 1.2.3.4/8/8')).toEqual({
      ok: false,
      invalid: ['10.0.0.0/33', 'proxy.local', '1.2.3.4/8/8'],
    });
    expect(parseTrustedProxies('')).toEqual({ ok: true, ranges: [] });
  });
});

describe('the client address', () => {
  const none = trusted('');
  const proxies = trusted('10.0.0.0/8, fd00::/8');
  const facts = (peer: string, forwardedFor?: string) => ({ peer, forwardedFor, forwardedHost: 'evil.example', forwardedProto: 'https' });

  it('is the socket address by default, whatever the client claims', () => {
    expect(resolveForwarding(facts('203.0.113.7', '1.2.3.4'), none)).toEqual({ clientAddress: '203.0.113.7', host: null, proto: null });
    expect(resolveForwarding(facts('::ffff:203.0.113.7', '1.2.3.4, 10.0.0.1'), proxies).clientAddress).toBe('203.0.113.7');
  });

  it('behind trusted proxies, is the right-most hop that is not one of them', () => {
    expect(resolveForwarding(facts('10.0.0.2', '1.2.3.4, 198.51.100.9'), proxies)).toEqual({
      clientAddress: '198.51.100.9',
      host: 'evil.example',
      proto: 'https',
    });
    expect(resolveForwarding(facts('10.0.0.2', '1.2.3.4, 198.51.100.9, 10.3.3.3'), proxies).clientAddress).toBe('198.51.100.9');
    expect(resolveForwarding(facts('fd00::2', '2001:db8::77, fd00::9'), proxies).clientAddress).toBe('2001:db8::77');
    expect(resolveForwarding({ ...facts('10.0.0.2'), forwardedFor: ['1.2.3.4', '198.51.100.9'] }, proxies).clientAddress).toBe('198.51.100.9');
    // Nothing forwarded, or only proxies: the left-most proxy known is as far as it can be told.
    expect(resolveForwarding(facts('10.0.0.2'), proxies).clientAddress).toBe('10.0.0.2');
    expect(resolveForwarding(facts('10.0.0.2', '10.1.1.1'), proxies).clientAddress).toBe('10.1.1.1');
    // A hop that is not an address stops the walk at the proxy that wrote it.
    expect(resolveForwarding(facts('10.0.0.2', '1.2.3.4, garbage'), proxies).clientAddress).toBe('10.0.0.2');
  });
});

function fakeRequest(peer: string, headers: Record<string, string>): IncomingMessage {
  return {
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
    rawHeaders: Object.entries(headers).flat(),
    socket: { remoteAddress: peer },
  } as unknown as IncomingMessage;
}

describe('the request guard of scripts/server.ts', () => {
  const guard = createRequestGuard({ trusted: trusted('10.0.0.0/8'), fillHeader: 'x-gs-page-fill', fillSecret: 's3cret' });
  const spoofs = {
    'X-Forwarded-For': '1.2.3.4',
    'X-Real-IP': '1.2.3.5',
    Forwarded: 'for=1.2.3.6',
    'True-Client-IP': '1.2.3.7',
    'CF-Connecting-IP': '1.2.3.8',
    'X-Forwarded-Host': 'evil.example',
    'X-Forwarded-Proto': 'https',
    [CLIENT_ADDRESS_HEADER]: '1.2.3.9',
    'x-middleware-subrequest': 'proxy',
    'x-gs-page-fill': 'guess',
  };

  it('drops every forwarding header a client sent and sets the socket address', () => {
    const req = fakeRequest('203.0.113.7', { Host: 'guongsang.test', ...spoofs });
    guard(req);
    expect(req.headers).toEqual({ host: 'guongsang.test', [CLIENT_ADDRESS_HEADER]: '203.0.113.7', 'x-forwarded-for': '203.0.113.7' });
    expect(req.rawHeaders).toEqual(['Host', 'guongsang.test']);
    expect(requestInfo(new Headers(req.headers as Record<string, string>), { fronted: true }).ipAddress).toBe('203.0.113.7');
  });

  it('keeps what a trusted proxy vouches for: the client it saw, the host and the scheme', () => {
    const req = fakeRequest('10.0.0.2', {
      Host: '127.0.0.1:3000',
      'X-Forwarded-For': '1.2.3.4, 198.51.100.9',
      'X-Forwarded-Host': 'guongsang.gov.vn',
      'X-Forwarded-Proto': 'https',
    });
    guard(req);
    expect(req.headers).toMatchObject({
      [CLIENT_ADDRESS_HEADER]: '198.51.100.9',
      'x-forwarded-for': '198.51.100.9',
      'x-forwarded-host': 'guongsang.gov.vn',
      'x-forwarded-proto': 'https',
    });
  });

  it('lets the page cache’s own loopback request carry the visitor’s address, and nobody without the secret', () => {
    const fill = fakeRequest('127.0.0.1', { 'x-gs-page-fill': 's3cret', [CLIENT_ADDRESS_HEADER]: '198.51.100.20', 'X-Forwarded-For': '1.2.3.4' });
    guard(fill);
    expect(fill.headers).toEqual({ 'x-gs-page-fill': 's3cret', [CLIENT_ADDRESS_HEADER]: '198.51.100.20', 'x-forwarded-for': '198.51.100.20' });
    const forged = fakeRequest('127.0.0.1', { 'x-gs-page-fill': 'wrong', [CLIENT_ADDRESS_HEADER]: '198.51.100.20' });
    guard(forged);
    expect(forged.headers).toEqual({ [CLIENT_ADDRESS_HEADER]: '127.0.0.1', 'x-forwarded-for': '127.0.0.1' });
  });
});

describe('request info in the app', () => {
  it('reads only the address scripts/server.ts set when it fronts the app', () => {
    const headers = new Headers({ 'x-forwarded-for': '1.2.3.4', [CLIENT_ADDRESS_HEADER]: '::ffff:203.0.113.7', 'user-agent': 'UA' });
    expect(requestInfo(headers, { fronted: true })).toEqual({ ipAddress: '203.0.113.7', userAgent: 'UA' });
    expect(requestInfo(new Headers({ 'x-forwarded-for': '1.2.3.4' }), { fronted: true }).ipAddress).toBeNull();
  });
});

describe('the origin of a request', () => {
  it('is the scheme and host it was addressed to; a page on another scheme or host is foreign', async () => {
    const { isSameOrigin } = await import('@/lib/auth/action-guard');
    const { servedOrigin } = await import('@/lib/auth/request-info');
    const h = (extra: Record<string, string>) => new Headers({ host: 'GuongSang.test:3000', 'x-forwarded-proto': 'http', ...extra });
    expect(servedOrigin(h({}))).toBe('http://guongsang.test:3000');
    expect(servedOrigin(new Headers({ host: 'bad host' }))).toBeNull();
    expect(isSameOrigin(h({ origin: 'http://guongsang.test:3000' }))).toBe(true);
    expect(isSameOrigin(h({ origin: 'https://guongsang.test:3000' }))).toBe(false);
    expect(isSameOrigin(h({ origin: 'http://evil.example' }))).toBe(false);
    expect(isSameOrigin(h({ origin: 'null' }))).toBe(false);
    expect(isSameOrigin(h({}))).toBe(false);
    expect(isSameOrigin(h({ origin: 'http://localhost:3000' }))).toBe(true);
  });
});
