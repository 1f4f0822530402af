import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { safeDecode } from './smtp-url';

/** Timeouts bound one attempt well inside the sender's lease (lib/mail/sender.ts). */
export const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 } as const;

export function createSmtpTransport(smtpUrl: string) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const options: SMTPTransport.Options = {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: safeDecode(url.username), pass: safeDecode(url.password) } : undefined,
    ...SMTP_TIMEOUTS,
  };
  return nodemailer.createTransport(options);
}
