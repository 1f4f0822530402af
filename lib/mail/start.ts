import type { Db } from '@/db/client';
import { SITE_NAME } from '@/lib/site';
import { MailSender } from './sender';
import { createSmtpTransport } from './smtp';
import { describeSmtpUrl, redactSmtpSecret } from './smtp-url';

export interface MailSettings {
  SMTP_URL?: string;
  MAIL_FROM?: string;
  SITE_URL: string;
}

/** MAIL_FROM, or "Gương sáng <no-reply@host of SITE_URL>". */
export function mailFrom(env: MailSettings): string {
  if (env.MAIL_FROM) return env.MAIL_FROM;
  return `"${SITE_NAME}" <no-reply@${new URL(env.SITE_URL).hostname}>`;
}

const VERIFY_TIMEOUT_MS = 20_000;

/**
 * The server's one call (scripts/server.ts): checks that the SMTP server answers and accepts the login,
 * refusing to start with a message that names the host but never the password, then runs the sender in the
 * background. Without SMTP_URL mails stay in the outbox, shown in /admin/outbox.
 */
export async function startMailSender({ env, getDb }: { env: MailSettings; getDb: () => Db | null | undefined }): Promise<MailSender> {
  if (!env.SMTP_URL) {
    console.log('› Thư điện tử: chưa cấu hình SMTP_URL — thư được giữ trong hộp thư đi (/admin/outbox), không gửi.');
    return new MailSender({ getDb, transport: null, from: '' }).start();
  }
  const smtpUrl = env.SMTP_URL;
  const where = describeSmtpUrl(smtpUrl);
  const transport = createSmtpTransport(smtpUrl);
  const describeError = (error: unknown) => redactSmtpSecret(error instanceof Error ? error.message : String(error), smtpUrl);
  try {
    await Promise.race([
      transport.verify(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`không trả lời sau ${VERIFY_TIMEOUT_MS / 1000} giây`)), VERIFY_TIMEOUT_MS).unref()),
    ]);
  } catch (error) {
    transport.close();
    throw new Error(`Không kết nối được máy chủ thư SMTP ${where}: ${describeError(error)}. Hãy kiểm tra SMTP_URL (máy chủ, cổng, tên đăng nhập, mật khẩu).`);
  }
  console.log(`› Thư điện tử: gửi qua ${where}.`);
  return new MailSender({ getDb, transport, from: mailFrom(env), describeError }).start();
}
