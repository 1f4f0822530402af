import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/index';
import { getCommendationForAnnex } from '@/db/queries/commendations';
import { requirePermission } from '@/lib/auth/current-user';
import { canPrintCommendationAnnex } from '@/lib/auth/permissions';
import { isUuid } from '@/lib/domain/ids';
import { formatVerifyCode, verifyPath } from '@/lib/domain/verify-code';
import { formatDate } from '@/lib/format';
import { qrPng } from '@/lib/pdf/qr';
import { HOST_AUTHORITY, SITE_NAME, siteUrl } from '@/lib/site';
import { PrintAnnexButton } from './print-annex-button';

export const metadata: Metadata = { title: 'Phụ lục xác minh khen thưởng' };

/** One A4 page to staple to the paper certificate: what was awarded, and the QR code that proves it. */
export default async function CommendationAnnexPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission(`/admin/commendations/${id}/annex`, canPrintCommendationAnnex);
  const row = isUuid(id) ? await getCommendationForAnnex(getDb(), { id }) : null;
  if (!row) notFound();
  const url = `${siteUrl()}${verifyPath(row.verifyCode)}`;
  const qr = (await qrPng(url)).toString('base64');
  return (
    <section className="mx-auto max-w-3xl">
      <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-3">
        <p>
          <Link href={`/review/${row.nominationId}#khen-thuong-da-ghi`}>← Hồ sơ điển hình</Link>
        </p>
        <div className="flex items-center gap-3">
          <span className="text-sm text-stone-700">Khổ A4 dọc, in đen trắng được.</span>
          <PrintAnnexButton />
        </div>
      </div>
      <article className="rounded-lg border border-stone-300 bg-white p-4 sm:p-8 print:border-0 print:p-0">
        <p className="text-center text-sm font-semibold uppercase tracking-wide text-stone-700">
          {SITE_NAME} — {HOST_AUTHORITY}
        </p>
        <h1 className="mt-2 text-center text-2xl font-bold">Phụ lục xác minh khen thưởng</h1>
        <p className="mt-1 text-center text-stone-700">
          Kèm theo {row.form.toLowerCase()} theo Quyết định số {row.decisionNumber} ngày {formatDate(row.decisionDate)}
        </p>
        <dl className="mt-8 grid gap-x-6 gap-y-2 sm:grid-cols-[11rem_1fr] print:grid-cols-[11rem_1fr]">
          <dt className="text-stone-600">Hình thức</dt>
          <dd className="font-medium">{row.form}</dd>
          <dt className="text-stone-600">Cơ quan ban hành</dt>
          <dd className="font-medium">{row.issuer}</dd>
          <dt className="text-stone-600">Tặng</dt>
          <dd className="font-medium">{row.nomineeName}</dd>
          <dt className="text-stone-600">Điển hình</dt>
          <dd>
            {row.title}
            {row.communeName ? ` (${row.communeName})` : ''}
          </dd>
        </dl>
        <div className="mt-10 flex flex-col items-center gap-3 text-center">
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made here; nothing for next/image to optimise */}
          <img src={`data:image/png;base64,${qr}`} alt={`Mã QR dẫn tới ${url}`} width={232} height={232} className="h-58 w-58" />
          <p className="font-mono text-lg whitespace-nowrap tracking-wider sm:text-xl sm:tracking-widest">{formatVerifyCode(row.verifyCode)}</p>
          <p className="break-all text-sm">{url}</p>
        </div>
        <p className="mt-8 text-sm text-stone-800">
          Quét mã QR bằng điện thoại, hoặc vào {siteUrl()}/verify và nhập mã trên, để kiểm tra khen thưởng này trong sổ vàng {SITE_NAME}. Trang xác minh cho
          biết hình thức, cơ quan ban hành, số và ngày quyết định, và dẫn tới trang của điển hình khi điển hình còn được công bố.
        </p>
        {row.status !== 'approved' && (
          <p className="no-print mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
            Điển hình này hiện không được công bố: trang xác minh vẫn xác nhận khen thưởng nhưng không hiển thị thông tin điển hình.
          </p>
        )}
      </article>
    </section>
  );
}
