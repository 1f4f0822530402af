import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '@/app/(auth)/login/return-path';
import { sessionCookiePolicy } from '@/lib/auth/cookie-policy';
import { storedSessionToken } from '@/lib/auth/hashed-session-tokens';
import { requestInfo } from '@/lib/auth/request-info';
import { contentSecurityPolicy } from '@/lib/csp';

describe('session cookie policy', () => {
  it('is Secure in production and uses the __Host- prefix only over HTTPS', () => {
    expect(sessionCookiePolicy({ siteUrl: 'http://localhost:3000', production: false })).toEqual({ name: 'gs_session', secure: false });
    expect(sessionCookiePolicy({ siteUrl: 'http://localhost:3000', production: true })).toEqual({ name: 'gs_session', secure: true });
    expect(sessionCookiePolicy({ siteUrl: 'https://guongsang.binhphuoc.gov.vn', production: true })).toEqual({ name: '__Host-gs_session', secure: true });
  });
});

describe('stored session tokens', () => {
  it('are a one-way hash, stable, and never take a stored value for a token', () => {
    const stored = storedSessionToken('abc123');
    expect(stored).not.toContain('abc123');
    expect(stored).toBe(storedSessionToken('abc123'));
    expect(storedSessionToken(stored)).not.toBe(stored);
    expect(storedSessionToken('abc124')).not.toBe(stored);
  });
});

describe('return path after login', () => {
  it('stays on this site', () => {
    expect(safeReturnPath('/nominations?status=draft')).toBe('/nominations?status=draft');
    expect(safeReturnPath('//evil.example/x')).toBeNull();
    expect(safeReturnPath('/\\evil.example')).toBeNull();
    expect(safeReturnPath('https://evil.example')).toBeNull();
    expect(safeReturnPath('/login?next=/admin')).toBeNull();
  });
});

describe('request info', () => {
  it('takes the address the nearest proxy appended, not what the client claimed first', () => {
    expect(requestInfo(new Headers({ 'x-forwarded-for': '1.2.3.4, 10.0.0.8', 'user-agent': 'UA' }))).toEqual({ ipAddress: '10.0.0.8', userAgent: 'UA' });
    expect(requestInfo(new Headers({ 'x-forwarded-for': '::ffff:127.0.0.1' })).ipAddress).toBe('127.0.0.1');
    expect(requestInfo(new Headers()).ipAddress).toBeNull();
  });
});

describe('content security policy', () => {
  it('allows scripts only with the nonce and forbids framing', () => {
    const policy = contentSecurityPolicy('bm9uY2U=');
    expect(policy).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-inline'; script");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(contentSecurityPolicy('x', { dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy('x')).not.toContain("'unsafe-eval'");
  });
});
