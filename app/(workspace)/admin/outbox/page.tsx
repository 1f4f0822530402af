import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/index';
import { countOutboxByStatus, listOutbox } from '@/db/queries/mail-outbox';
import { requirePermission } from '@/lib/auth/current-user';
import { canReadMailOutbox } from '@/lib/auth/permissions';
import { formatDateTime, formatNumber } from '@/lib/format';
import { MAIL_STATUS_LABELS, mailKindLabel, mailStatusLabel } from './labels';

export const metadata: Metadata = { title: 'Hộp thư đi' };

const SHOWN = 100;

export default async function OutboxPage() {
  await requirePermission('/admin/outbox', canReadMailOutbox);
  const db = getDb();
  const [rows, counts] = await Promise.all([listOutbox(db, { limit: SHOWN }), countOutboxByStatus(db)]);
  const smtp = Boolean(process.env.SMTP_URL);
  return (
    <section>
      <h1 className="text-2xl font-bold text-stone-900">Hộp thư đi</h1>
      <p className="mt-1 text-stone-700">
        {smtp
          ? 'Thư được gửi nền qua máy chủ SMTP; thư lỗi được thử lại, giãn dần thời gian giữa các lần.'
          : 'Chưa cấu hình máy chủ thư (SMTP_URL): thư được giữ ở đây, không gửi đi.'}
      </p>
      <p className="mt-2 text-sm text-stone-700">
        {Object.entries(MAIL_STATUS_LABELS)
          .map(([status, label]) => `${label}: ${formatNumber(counts[status] ?? 0)}`)
          .join(' · ')}
      </p>
      {rows.length === 0 ? (
        <p className="mt-6 text-stone-700">Chưa có thư nào.</p>
      ) : (
        <div className="mt-4 overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{`${formatNumber(rows.length)} thư mới nhất`}</caption>
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Tạo lúc
                </th>
                <th scope="col" className="px-3 py-2">
                  Người nhận
                </th>
                <th scope="col" className="px-3 py-2">
                  Tiêu đề
                </th>
                <th scope="col" className="px-3 py-2">
                  Trạng thái
                </th>
                <th scope="col" className="px-3 py-2">
                  Số lần thử
                </th>
                <th scope="col" className="px-3 py-2">
                  Lỗi gần nhất
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id} className="border-t border-stone-200 align-top">
                  <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(m.createdAt)}</td>
                  <td className="px-3 py-2">{m.toAddress}</td>
                  <td className="px-3 py-2">
                    <Link href={`/admin/outbox/${m.id}`}>{m.subject}</Link>
                    <span className="block text-xs text-stone-600">{mailKindLabel(m.kind)}</span>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {mailStatusLabel(m.status)}
                    {m.status === 'sent' && m.sentAt && <span className="block text-xs text-stone-600">{formatDateTime(m.sentAt)}</span>}
                    {m.status === 'pending' && m.attempts > 0 && (
                      <span className="block text-xs text-stone-600">thử lại lúc {formatDateTime(m.nextAttemptAt)}</span>
                    )}
                  </td>
                  <td className="px-3 py-2">{formatNumber(m.attempts)}</td>
                  <td className="px-3 py-2 break-words text-red-900">{m.lastError ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
