import type { Db } from '@/db/client';
import { buildDigests, claimMail, markMailAttemptFailed, markMailSent } from '@/db/queries/mail-outbox';
import { DIGEST_HOUR } from '@/lib/domain/mail-preferences';

/*
 * Delivery guarantee (README, "Thư điện tử"). Exactly-once delivery over SMTP is impossible: the server may
 * accept a mail and the process die before it records that. What this sender guarantees:
 *
 * - Never lost: a mail is a row committed with its event. It leaves the outbox only as 'sent' (after the SMTP
 *   server accepted it) or 'failed' (after MAIL_MAX_ATTEMPTS refused attempts, error kept for the admin).
 * - Never sent by two senders at once: a sender claims one row (FOR UPDATE SKIP LOCKED on PostgreSQL; PGlite
 *   runs one statement at a time) and holds it under a lease. Another sender takes a 'sending' row only after
 *   its lease has lapsed, and the lease (2 minutes) outlasts one SMTP attempt (bounded by the timeouts in
 *   lib/mail/smtp.ts), so a live sender finishes before anyone may take over.
 * - A duplicate only after a crash: if the process dies (or loses the database) between the SMTP server's
 *   acceptance and the 'sent' mark, the row is retried when the lease lapses, and that mail reaches the
 *   recipient a second time. Each such crash can cause one extra copy, and there are at most
 *   MAIL_MAX_ATTEMPTS attempts in all. Every copy carries the same Message-ID, chosen when the row was
 *   written, so mail systems that drop repeated Message-IDs show it once.
 */

export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string; html: string; messageId: string }): Promise<unknown>;
  close?(): void;
}

export interface MailSenderOptions {
  /** The database, once the process has opened it (null until then: the sender waits). */
  getDb: () => Db | null | undefined;
  /** Null when no SMTP server is configured: mails stay in the outbox (the admin console shows them). */
  transport: MailTransport | null;
  from: string;
  leaseMs?: number;
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  intervalMs?: number;
  now?: () => Date;
  /** Turns an error into text fit for logs and the outbox (the SMTP password removed). */
  describeError?: (error: unknown) => string;
  log?: (message: string) => void;
}

export const MAIL_LEASE_MS = 120_000;
export const MAIL_MAX_ATTEMPTS = 8;

/** 30 s, 1 min, 2 min, … doubling up to an hour: eight attempts span about two hours. */
export function backoffMs(attempt: number, baseMs = 30_000, maxMs = 3_600_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/** The local (Asia/Ho_Chi_Minh, UTC+7 all year) date whose digest is due at `at`, or null before DIGEST_HOUR. */
export function digestDayAt(at: Date, hour = DIGEST_HOUR): string | null {
  const local = new Date(at.getTime() + 7 * 3_600_000);
  if (local.getUTCHours() < hour) return null;
  return local.toISOString().slice(0, 10);
}

export class MailSender {
  private readonly options: Required<Omit<MailSenderOptions, 'transport'>> & { transport: MailTransport | null };
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopping = false;
  private digestBuiltFor: string | null = null;

  constructor(options: MailSenderOptions) {
    this.options = {
      leaseMs: MAIL_LEASE_MS,
      maxAttempts: MAIL_MAX_ATTEMPTS,
      backoffBaseMs: 30_000,
      backoffMaxMs: 3_600_000,
      intervalMs: 5_000,
      now: () => new Date(),
      describeError: (error) => (error instanceof Error ? error.message : String(error)),
      log: (message) => console.error(message),
      ...options,
    };
  }

  /** Sends due mails one by one until none is due (or the sender is stopping); how many were sent and failed. */
  async sendDue(): Promise<{ sent: number; failed: number }> {
    const { transport, getDb, leaseMs, maxAttempts, from } = this.options;
    const db = getDb();
    const tally = { sent: 0, failed: 0 };
    if (!transport || !db) return tally;
    while (!this.stopping) {
      const mail = await claimMail(db, { leaseMs });
      if (!mail) break;
      if (mail.attempts > maxAttempts) {
        // Taken over from a sender that died mid-attempt, with no attempts left.
        await markMailAttemptFailed(db, {
          id: mail.id,
          claimToken: mail.claimToken,
          error: 'Hết số lần thử (tiến trình gửi dừng giữa chừng).',
          retryInMs: 0,
          final: true,
        });
        tally.failed++;
        continue;
      }
      try {
        await transport.sendMail({ from, to: mail.toAddress, subject: mail.subject, text: mail.textBody, html: mail.htmlBody, messageId: mail.messageId });
      } catch (error) {
        const final = mail.attempts >= maxAttempts;
        const text = this.options.describeError(error);
        await markMailAttemptFailed(db, {
          id: mail.id,
          claimToken: mail.claimToken,
          error: text,
          retryInMs: backoffMs(mail.attempts, this.options.backoffBaseMs, this.options.backoffMaxMs),
          final,
        });
        this.options.log(`Gửi thư #${mail.id} (lần ${mail.attempts}): lỗi — ${text}${final ? ' — thôi không gửi nữa.' : '; sẽ thử lại.'}`);
        tally.failed++;
        // The server is likely down: the next tick tries again rather than spending every due mail's attempt now.
        break;
      }
      await markMailSent(db, { id: mail.id, claimToken: mail.claimToken });
      tally.sent++;
    }
    return tally;
  }

  /** From DIGEST_HOUR on, builds the day's digests once per process (the dedupe key makes it once per user). */
  async buildDigestsIfDue(): Promise<number> {
    const db = this.options.getDb();
    const day = digestDayAt(this.options.now());
    if (!db || !day || day === this.digestBuiltFor) return 0;
    const built = await buildDigests(db, { day });
    this.digestBuiltFor = day;
    return built;
  }

  /** One round: digests, then sending. Errors are logged, never thrown: the next round tries again. */
  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        await this.buildDigestsIfDue();
        await this.sendDue();
      } catch (error) {
        this.options.log(`Gửi thư: lỗi, sẽ thử lại — ${this.options.describeError(error)}`);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  start(): this {
    if (this.timer || this.stopping) return this;
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
    void this.tick();
    return this;
  }

  /** Stops taking mails; the one being sent finishes (and is marked) before this resolves. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.options.transport?.close?.();
  }
}
