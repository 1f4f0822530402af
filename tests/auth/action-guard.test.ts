import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/domain/actor';
import { stringMatching } from '../support/matchers';

// What every server action does first: same origin, signed in, allowed. The request's headers and
// the session come from Next in the app; here the test sets them.
const request = vi.hoisted(() => ({
  headers: new Headers(),
  user: null as SessionUser | null,
  denials: [] as { user: SessionUser | null; what: string; detail: unknown }[],
}));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
vi.mock('@/lib/auth/current-user', () => ({
  getCurrentUser: async () => request.user,
  auditDenial: async (user: SessionUser | null, what: string, detail: unknown) => {
    request.denials.push({ user, what, detail });
  },
}));

const { guardAction, isSameOrigin } = await import('@/lib/auth/action-guard');
const { canManageUsers } = await import('@/lib/auth/permissions');

const ADMIN: SessionUser = { id: 'u1', name: 'Quản trị', email: 'admin@t.test', role: 'admin', unitId: null, unitName: null, scope: null };
const MEMBER: SessionUser = { id: 'u2', name: 'Cán bộ xã', email: 'xa@t.test', role: 'unit_member', unitId: 1, unitName: 'UBND xã', scope: null };

beforeEach(() => {
  request.headers = new Headers({ host: 'guongsang.example', origin: 'http://guongsang.example' });
  request.user = null;
  request.denials = [];
});

describe('isSameOrigin', () => {
  it('accepts the scheme and host the request came to, and refuses a missing, foreign or malformed Origin', () => {
    expect(isSameOrigin(new Headers({ host: 'a.example', origin: 'http://a.example' }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: 'a.example', origin: 'https://a.example' }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: 'a.example' }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: 'a.example', origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: 'a.example', origin: 'null' }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: 'a.example', origin: 'https://a.example.evil.example' }))).toBe(false);
  });
});

describe('guardAction', () => {
  it('lets an allowed, signed-in person through from the site itself, auditing nothing', async () => {
    request.user = ADMIN;
    expect(await guardAction('create_user', canManageUsers)).toEqual({ ok: true, user: ADMIN });
    expect(request.denials).toEqual([]);
  });

  it('refuses a foreign origin before looking at the session, and audits it', async () => {
    request.user = ADMIN;
    request.headers = new Headers({ host: 'guongsang.example', origin: 'https://evil.example' });
    expect(await guardAction('create_user', canManageUsers)).toMatchObject({
      ok: false,
      message: stringMatching(/không xuất phát từ trang Gương sáng/),
    });
    expect(request.denials).toMatchObject([{ user: null, what: 'create_user', detail: { reason: 'foreign_origin' } }]);
  });

  it('asks an anonymous caller to sign in, and audits it', async () => {
    expect(await guardAction('create_user', canManageUsers)).toMatchObject({ ok: false, message: stringMatching(/đăng nhập/) });
    expect(request.denials).toMatchObject([{ user: null, what: 'create_user', detail: { reason: 'anonymous' } }]);
  });

  it('refuses a signed-in person without the permission, naming them in the audit', async () => {
    request.user = MEMBER;
    expect(await guardAction('create_user', canManageUsers)).toMatchObject({ ok: false, message: stringMatching(/không có quyền/) });
    expect(request.denials).toMatchObject([{ user: MEMBER, what: 'create_user' }]);
  });
});
