import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@/lib/ops/logger';
import { routeGroup } from '@/lib/ops/route-group';
import { readEnv } from '@/lib/env';

function capture(level: 'info' | 'warn' = 'info') {
  const lines: string[] = [];
  const logger = createLogger({
    level,
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  });
  return { logger, text: () => lines.join('') };
}

describe('the logger', () => {
  it('redacts passwords, tokens, cookies and private contact fields at the top level, one level down and in request headers', () => {
    const { logger, text } = capture();
    logger.info(
      {
        password: 'pw-top-1',
        token: 'tok-top-2',
        email: 'top3@example.vn',
        user: { newPassword: 'pw-nested-4', email: 'nested5@example.vn', phone: '0900000006' },
        nomination: { contactPhone: '0900000007', address: 'Ấp 8, xã riêng', unitContactPerson: 'Người liên hệ 9' },
        request: { contact: 'contact-10@example.vn' },
        req: { headers: { cookie: 'sid=cookie-11', authorization: 'Bearer auth-12', 'set-cookie': 'sid=cookie-13' } },
        headers: { cookie: 'sid=cookie-14' },
        kept: 'visible-15',
      },
      'a line',
    );
    const out = text();
    for (const value of [
      'pw-top-1',
      'tok-top-2',
      'top3@',
      'pw-nested-4',
      'nested5@',
      '0900000006',
      '0900000007',
      'Ấp 8',
      'Người liên hệ 9',
      'contact-10',
      'cookie-11',
      'auth-12',
      'cookie-13',
      'cookie-14',
    ])
      expect(out).not.toContain(value);
    expect(out).toContain('visible-15');
    expect(out).toContain('[redacted]');
    expect(JSON.parse(out)).toMatchObject({ level: 'info', msg: 'a line', pid: process.pid });
  });

  it('writes nothing below its level', () => {
    const { logger, text } = capture('warn');
    logger.info('quiet');
    logger.warn('loud');
    expect(text()).not.toContain('quiet');
    expect(text()).toContain('loud');
  });

  it('takes its level from LOG_LEVEL (info by default) and refuses an unknown one', () => {
    const env = (vars: Record<string, string>) => readEnv({ NODE_ENV: 'test', ...vars });
    expect(env({}).LOG_LEVEL).toBe('info');
    expect(env({ LOG_LEVEL: 'debug' }).LOG_LEVEL).toBe('debug');
    expect(() => env({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
    expect(env({ METRICS_TOKEN: '' }).METRICS_TOKEN).toBeUndefined();
    expect(() => env({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});

describe('route groups', () => {
  it.each([
    ['/', 'home'],
    ['/?utm=1', 'home'],
    ['/examples', 'examples'],
    ['/examples?district=1&page=2', 'examples'],
    ['/examples?q=nguyen+van', 'search'],
    ['/examples?q=', 'examples'],
    ['/examples/ho-ba-thi-hang', 'example'],
    ['/examples/ho-ba-thi-hang/print', 'example'],
    ['/communes/25231', 'communes'],
    ['/api/v1/examples?q=0912345678', 'api'],
    ['/api/health', 'api'],
    ['/files/9b1c0e4e-0000-4000-8000-000000000000', 'files'],
    ['/nominations/9b1c0e4e-0000-4000-8000-000000000000', 'workspace'],
    ['/review/reports', 'workspace'],
    ['/admin/users', 'workspace'],
    ['/login?next=%2Freview', 'auth'],
    ['/setup/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefg', 'auth'],
    ['/_next/static/chunks/app.js', 'static'],
    ['/icon.svg', 'static'],
    ['/feed.xml', 'feeds'],
    ['/sitemaps/examples-0.xml', 'feeds'],
    ['/embed/communes/25231', 'embed'],
    ['/metrics', 'metrics'],
    ['/wp-login.php/x', 'other'],
  ])('%s → %s', (url, group) => {
    expect(routeGroup(url)).toBe(group);
  });
});
