import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/index';
import { getOutboxMail } from '@/db/queries/mail-outbox';
import { requirePermission } from '@/lib/auth/current-user';
import { canReadMailOutbox } from '@/lib/auth/permissions';
import { formatDateTime, formatNumber } from '@/lib/format';
import { mailKindLabel, mailStatusLabel } from '../labels';

export const metadata: Metadata = { title: 'Thư trong hộp thư đi' };

export default async function OutboxMailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission(`/admin/outbox/${encodeURIComponent(id)}`, canReadMailOutbox);
  const mailId = /^\d{1,15}$/.test(id) ? Number(id) : null;
  const mail = mailId ? await getOutboxMail(getDb(), mailId) : null;
  if (!mail) notFound();
  return (
    <section className="mx-auto max-w-3xl">
      <p>
        <Link href="/admin/outbox">← Hộp thư đi</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">{mail.subject}</h1>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-5 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-stone-600">Người nhận</dt>
        <dd>{mail.toAddress}</dd>
        <dt className="font-medium text-stone-600">Loại thư</dt>
        <dd>{mailKindLabel(mail.kind)}</dd>
        <dt className="font-medium text-stone-600">Trạng thái</dt>
        <dd>
          {mailStatusLabel(mail.status)}
          {mail.sentAt && ` lúc ${formatDateTime(mail.sentAt)}`}
        </dd>
        <dt className="font-medium text-stone-600">Số lần thử</dt>
        <dd>{formatNumber(mail.attempts)}</dd>
        {mail.lastError && (
          <>
            <dt className="font-medium text-stone-600">Lỗi gần nhất</dt>
            <dd className="break-words text-red-900">{mail.lastError}</dd>
          </>
        )}
        <dt className="font-medium text-stone-600">Tạo lúc</dt>
        <dd>{formatDateTime(mail.createdAt)}</dd>
        <dt className="font-medium text-stone-600">Message-ID</dt>
        <dd className="font-mono text-sm break-all">{mail.messageId}</dd>
      </dl>
      <h2 className="mt-6 text-xl font-semibold text-stone-900">Nội dung (văn bản thuần)</h2>
      <pre className="mt-2 rounded-lg border border-stone-200 bg-white p-4 text-sm break-words whitespace-pre-wrap">{mail.textBody}</pre>
    </section>
  );
}
