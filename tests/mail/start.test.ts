import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/env';
import { mailFrom, startMailSender } from '@/lib/mail/start';
import { startSmtp, type CapturedSmtp } from '../support/smtp';

const SECRET = 'Mật-khẩu-bí-mật:42';

describe('SMTP_URL at start', () => {
  it('refuses a malformed address in Vietnamese, without repeating it', () => {
    for (const bad of ['mail.example.vn:587', 'http://mail.example.vn', `smtp://:${SECRET}@mail.example.vn`]) {
      let message = '';
      try {
        readEnv({ SMTP_URL: bad } as unknown as NodeJS.ProcessEnv);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^Cấu hình môi trường không hợp lệ — SMTP_URL: /);
      expect(message).toContain('smtp://tên:mật-khẩu@máy-chủ:587');
      expect(message).not.toContain(SECRET);
    }
  });

  it('accepts smtp:// and smtps://, and no SMTP at all', () => {
    expect(readEnv({ SMTP_URL: 'smtps://gs:p%40ss@mail.example.vn:465' } as unknown as NodeJS.ProcessEnv).SMTP_URL).toBe(
      'smtps://gs:p%40ss@mail.example.vn:465',
    );
    expect(readEnv({} as unknown as NodeJS.ProcessEnv).SMTP_URL).toBe('');
  });

  it('sends from MAIL_FROM, or no-reply at the host of SITE_URL', () => {
    expect(mailFrom({ SITE_URL: 'https://guongsang.bugiamap.vn' })).toBe('"Gương sáng" <no-reply@guongsang.bugiamap.vn>');
    expect(mailFrom({ SITE_URL: 'https://x.vn', MAIL_FROM: 'UBND <thu@x.vn>' })).toBe('UBND <thu@x.vn>');
  });
});

describe('the SMTP server at start', () => {
  let smtp: CapturedSmtp;
  beforeAll(async () => {
    smtp = await startSmtp({ password: SECRET });
  });
  afterAll(() => smtp.close());

  it('refuses to start when the server cannot be reached, naming the host and never the password', async () => {
    const down = await startSmtp();
    await down.close();
    const url = `smtp://gs:${encodeURIComponent(SECRET)}@127.0.0.1:${down.port}`;
    const error = await startMailSender({ env: { SMTP_URL: url, SITE_URL: 'https://x.vn' }, getDb: () => null }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`Không kết nối được máy chủ thư SMTP 127.0.0.1:${down.port}`);
    expect((error as Error).message).not.toContain(SECRET);
    expect((error as Error).message).not.toContain(encodeURIComponent(SECRET));
  });

  it('refuses a wrong password without printing either', async () => {
    const url = `smtp://gs:${encodeURIComponent('sai-mật-khẩu')}@127.0.0.1:${smtp.port}`;
    const error = await startMailSender({ env: { SMTP_URL: url, SITE_URL: 'https://x.vn' }, getDb: () => null }).catch((e: Error) => e);
    expect((error as Error).message).toContain('Không kết nối được máy chủ thư SMTP');
    expect((error as Error).message).not.toContain('sai-mật-khẩu');
    expect((error as Error).message).not.toContain(encodeURIComponent('sai-mật-khẩu'));
  });

  it('starts with a reachable server and the right login', async () => {
    const sender = await startMailSender({ env: { SMTP_URL: smtp.url, SITE_URL: 'https://x.vn' }, getDb: () => null });
    await sender.stop();
  });
});
