import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createDatabase, type Database } from '@/db/client';
import { mailOutbox } from '@/db/schema';
import { claimMail, enqueueMails } from '@/db/queries/mail-outbox';
import { MailSender, backoffMs, digestDayAt } from '@/lib/mail/sender';
import { createSmtpTransport } from '@/lib/mail/smtp';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startSmtp, type CapturedSmtp } from '../support/smtp';

let database: TestDatabase;
let smtp: CapturedSmtp;

beforeAll(async () => {
  process.env.SITE_URL = 'https://guongsang.example.vn';
  database = await createTestDatabase();
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp.close();
  await database.dispose();
});
beforeEach(async () => {
  await database.db.delete(mailOutbox);
  smtp.messages.length = 0;
  smtp.mode = 'accept';
});

const FROM = '"Gương sáng" <no-reply@guongsang.example.vn>';

function sender(url: string, db = database.db, extra: Partial<ConstructorParameters<typeof MailSender>[0]> = {}) {
  return new MailSender({ getDb: () => db, transport: createSmtpTransport(url), from: FROM, backoffBaseMs: 0, log: () => {}, ...extra });
}

function queue(n: number, subject = 'Hồ sơ được công nhận') {
  return enqueueMails(
    database.db,
    Array.from({ length: n }, (_, i) => ({
      kind: 'notification' as const,
      to: `nguoi.${i}@guongsang.test`,
      subject: `[Gương sáng] ${subject} ${i}`,
      text: `Kính gửi Nguyễn Thị Hằng,\n\nHồ sơ “Tổ hợp tác nuôi bò sinh sản” số ${i} đã được công nhận.\n`,
      html: `<p>Hồ sơ số ${i} đã được công nhận.</p>`,
    })),
  );
}

async function outbox() {
  return database.db.select().from(mailOutbox).orderBy(mailOutbox.id);
}

describe('sending through a real SMTP server', () => {
  it('delivers the mail with its subject, its accented plain-text part, the stored Message-ID, and marks it sent', async () => {
    await queue(1);
    const [row] = await outbox();
    expect(await sender(smtp.url).sendDue()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
    const [message] = smtp.messages;
    expect(message!.subject).toBe('[Gương sáng] Hồ sơ được công nhận 0');
    expect(message!.text).toContain('Kính gửi Nguyễn Thị Hằng,');
    expect(message!.text).toContain('Hồ sơ “Tổ hợp tác nuôi bò sinh sản” số 0 đã được công nhận.');
    expect(message!.html).toContain('<p>Hồ sơ số 0 đã được công nhận.</p>');
    expect(message!.messageId).toBe(row!.messageId);
    expect(message!.from?.text).toContain('Gương sáng');
    expect((message!.to as { text: string }).text).toBe('nguoi.0@guongsang.test');
    const [sent] = await outbox();
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null, leaseUntil: null });
    expect(sent!.sentAt).toBeInstanceOf(Date);
    // Nothing more to send: a second round sends nothing.
    expect(await sender(smtp.url).sendDue()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
  });

  it('a refusing server leaves the mail in the outbox with its error and a later attempt; once it accepts, the mail goes once', async () => {
    await queue(1);
    smtp.mode = 'reject';
    const s = sender(smtp.url, database.db, { backoffBaseMs: 60_000 });
    expect(await s.sendDue()).toEqual({ sent: 0, failed: 1 });
    let [row] = await outbox();
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.lastError).toContain('451');
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    // Not due yet: the backoff holds it back even with the server back.
    smtp.mode = 'accept';
    expect(await s.sendDue()).toEqual({ sent: 0, failed: 0 });
    await database.db.update(mailOutbox).set({ nextAttemptAt: new Date(Date.now() - 1000) });
    expect(await s.sendDue()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
    [row] = await outbox();
    expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(await s.sendDue()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
  });

  it('a server that is down leaves the mail waiting; when it is back on the same port the mail is delivered once', async () => {
    const later = await startSmtp();
    const url = later.url;
    const port = later.port;
    await later.close();
    await queue(1);
    const s = sender(url);
    expect(await s.sendDue()).toEqual({ sent: 0, failed: 1 });
    const [row] = await outbox();
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.lastError).toMatch(/ECONNREFUSED|connect/i);
    const back = await startSmtp({ port });
    try {
      expect(await s.sendDue()).toEqual({ sent: 1, failed: 0 });
      expect(await s.sendDue()).toEqual({ sent: 0, failed: 0 });
      expect(back.messages).toHaveLength(1);
      expect(back.messages[0]!.messageId).toBe(row!.messageId);
    } finally {
      await back.close();
    }
  });

  it('gives up after the last attempt and keeps the error', async () => {
    await queue(1);
    smtp.mode = 'reject';
    const s = sender(smtp.url, database.db, { maxAttempts: 3 });
    for (let i = 0; i < 3; i++) await s.sendDue();
    const [row] = await outbox();
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect(row!.lastError).toContain('451');
    smtp.mode = 'accept';
    expect(await s.sendDue()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(0);
  });

  it('a mail whose sender died mid-send is taken over only after its lease lapses, with the same Message-ID', async () => {
    await queue(1);
    const claimed = await claimMail(database.db, { leaseMs: 60_000 });
    expect(claimed).not.toBeNull();
    // The claimer "dies" here. While its lease holds, nobody else sends the mail.
    expect(await sender(smtp.url).sendDue()).toEqual({ sent: 0, failed: 0 });
    await database.db.update(mailOutbox).set({ leaseUntil: new Date(Date.now() - 1000) });
    expect(await sender(smtp.url).sendDue()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.messages.map((m) => m.messageId)).toEqual([claimed!.messageId]);
    const [row] = await outbox();
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('blanks a set-up link once it has been sent', async () => {
    await enqueueMails(database.db, [
      { kind: 'setup_link', to: 'moi@guongsang.test', subject: 'Đặt mật khẩu', text: 'https://x/setup/BIMAT', html: '<p>BIMAT</p>', sensitive: true },
    ]);
    await sender(smtp.url).sendDue();
    expect(smtp.messages[0]!.text).toContain('https://x/setup/BIMAT');
    const [row] = await outbox();
    expect(row!.textBody).not.toContain('BIMAT');
    expect(row!.htmlBody).not.toContain('BIMAT');
  });

  it('without SMTP the mails stay in the outbox', async () => {
    await queue(2);
    const s = new MailSender({ getDb: () => database.db, transport: null, from: FROM });
    expect(await s.sendDue()).toEqual({ sent: 0, failed: 0 });
    expect((await outbox()).map((r) => r.status)).toEqual(['pending', 'pending']);
  });
});

describe('several senders on one outbox', () => {
  let second: Database | null = null;
  afterAll(async () => second?.close());

  it('never send one mail twice (two connections on PostgreSQL, as two server processes would)', async () => {
    await queue(30, 'Thư số');
    // On PostgreSQL the second sender has its own connection pool, as another process has.
    second = database.url ? createDatabase({ databaseUrl: database.url, poolSize: 4 }) : null;
    const senders = [sender(smtp.url), sender(smtp.url, second?.db ?? database.db), sender(smtp.url)];
    const tallies = await Promise.all(senders.map((s) => s.sendDue()));
    expect(tallies.reduce((n, t) => n + t.sent, 0)).toBe(30);
    const ids = smtp.messages.map((m) => m.messageId);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    const rows = await outbox();
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    expect(new Set(ids)).toEqual(new Set(rows.map((r) => r.messageId)));
    if (database.url) expect(tallies.filter((t) => t.sent > 0).length).toBeGreaterThan(1);
  });
});

describe('timing', () => {
  it('backs off exponentially up to a cap', () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a, 30_000, 3_600_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20, 30_000, 3_600_000)).toBe(3_600_000);
  });

  it('builds the digest from 07:00 in Hồ Chí Minh City, of the local date', () => {
    expect(digestDayAt(new Date('2026-12-03T23:59:00Z'))).toBeNull(); // 06:59 on the 4th
    expect(digestDayAt(new Date('2026-12-04T00:00:00Z'))).toBe('2026-12-04'); // 07:00
    expect(digestDayAt(new Date('2026-12-04T16:59:00Z'))).toBe('2026-12-04'); // 23:59
    expect(digestDayAt(new Date('2026-12-04T17:00:00Z'))).toBeNull(); // 00:00 on the 5th
  });

  it('a stopped sender finishes the mail in hand', async () => {
    await queue(1);
    const s = sender(smtp.url, database.db, { intervalMs: 60_000 }).start();
    await s.stop();
    // Never left half-way: either untouched or sent (and then exactly once).
    const [row] = await outbox();
    expect(['pending', 'sent']).toContain(row!.status);
    expect(smtp.messages).toHaveLength(row!.status === 'sent' ? 1 : 0);
    expect(await database.db.select().from(mailOutbox).where(eq(mailOutbox.status, 'sending'))).toEqual([]);
  });
});
