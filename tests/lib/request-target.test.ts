import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { checkRequestTarget, MALFORMED_TARGET_PATH, MAX_TARGET_LENGTH, screenRequestTarget } from '@/lib/net/request-target';

describe('request targets', () => {
  it.each(['/examples/%E0%A4%A', '/examples/%ZZ', '/communes/%', '/a%', '/a%2', '/%C0%AF', '/%ED%A0%80', '/%FF', '/files/%00', '/x%0a', 'examples', '*'])(
    'finds %j malformed',
    (target) => {
      expect(checkRequestTarget(target)).toBe('malformed');
    },
  );

  it.each([
    '/',
    '/examples/mo-hinh-ngan-hang-bo',
    '/examples?q=%E0%A4%A',
    '/examples?q=%',
    '/communes/2024-25267',
    '/examples/b%C3%B9-gia-m%E1%BA%ADp',
    '/%F0%9F%90%84',
  ])('lets %j through', (target) => {
    expect(checkRequestTarget(target)).toBe('ok');
  });

  it('refuses an overlong target', () => {
    expect(checkRequestTarget(`/examples?q=${'a'.repeat(MAX_TARGET_LENGTH)}`)).toBe('too_long');
  });

  it('answers the API with a JSON error and sends pages to the Vietnamese 404', () => {
    const written: { status?: number; body?: string } = {};
    const res = {
      writeHead: (status: number) => void (written.status = status),
      end: (body: string) => void (written.body = body),
    } as unknown as ServerResponse;
    const api = { url: '/api/v1/examples/%E0%A4%A' } as IncomingMessage;
    expect(screenRequestTarget(api, res)).toBe(true);
    expect(written.status).toBe(400);
    const { error } = JSON.parse(written.body!) as { error: { code: string; message: string } };
    expect(error.code).toBe('malformed_url');
    expect(error.message).toContain('không hợp lệ');
    const page = { url: '/examples/%E0%A4%A' } as IncomingMessage;
    expect(screenRequestTarget(page, res)).toBe(false);
    expect(page.url).toBe(MALFORMED_TARGET_PATH);
    const fine = { url: '/examples?q=%' } as IncomingMessage;
    expect(screenRequestTarget(fine, res)).toBe(false);
    expect(fine.url).toBe('/examples?q=%');
  });
});
