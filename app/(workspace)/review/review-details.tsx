import Link from 'next/link';
import type { NominationRow } from '@/db/queries/nomination-record';
import { ethnicityName } from '@/lib/domain/ethnicities';
import { CONSENT_FORM_LABELS, FIELD_LABELS, GENDER_LABELS, IMPACT_KEYS, IMPACT_LABELS, NOMINEE_KIND_LABELS } from '@/lib/domain/vocabulary';
import { formatDate, formatNumber } from '@/lib/format';
import type { RelatedRecord } from '@/lib/nominations/related-records';

interface Attachment {
  id: string;
  kind: string;
  caption: string;
  isPublic: boolean;
  originalName: string;
}

interface Lineage {
  origin: RelatedRecord | null;
  copies: RelatedRecord[];
}

function Rows({ rows }: { rows: [string, string | null | undefined][] }) {
  const shown = rows.filter(([, v]) => v);
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[13rem_1fr]">
      {shown.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium text-stone-600">{k}</dt>
          <dd className="mb-1">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Everything the unit sent, private fields included: only reviewers in scope and admins get here. */
export function ReviewDetails({
  nomination: n,
  communeName,
  attachments,
  lineage,
}: {
  nomination: NominationRow['nomination'];
  communeName: string | null;
  attachments: Attachment[];
  lineage: Lineage;
}) {
  const photos = attachments.filter((a) => a.kind === 'photo');
  const documents = attachments.filter((a) => a.kind === 'document');
  const consent =
    n.consentGiven === true
      ? `Đã đồng ý — ${n.consentGivenBy ?? '?'}, ${n.consentDate ? formatDate(n.consentDate) : '?'}, ${n.consentForm ? CONSENT_FORM_LABELS[n.consentForm] : '?'}`
      : n.consentGiven === false
        ? 'Chưa đồng ý / không đồng ý'
        : 'Chưa ghi nhận';
  return (
    <div className="space-y-6">
      <section className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 className="text-lg font-semibold">Thông tin hồ sơ</h2>
        <div className="mt-3">
          <Rows
            rows={[
              ['Loại điển hình', NOMINEE_KIND_LABELS[n.nomineeKind]],
              ['Lĩnh vực', FIELD_LABELS[n.field]],
              ['Xã, phường', communeName],
              ['Tên', n.nomineeName],
              ['Giới tính', n.gender ? GENDER_LABELS[n.gender] : null],
              ['Năm sinh', n.birthYear ? String(n.birthYear) : null],
              ['Dân tộc', ethnicityName(n.ethnicity)],
              ['Vai trò', n.nomineeRole],
              ['Loại hình tập thể', n.collectiveType],
              ['Số thành viên', n.collectiveSize ? formatNumber(n.collectiveSize) : null],
              ['Năm bắt đầu mô hình', n.modelSince ? String(n.modelSince) : null],
              ['Đồng ý công bố', n.nomineeKind === 'individual' || n.nomineeKind === 'household' ? consent : null],
              ['Cách công bố', n.publishMode === 'anonymised' ? 'Ẩn danh' : 'Nêu tên'],
            ]}
          />
        </div>
        {n.modelHowItWorks && <p className="mt-3 whitespace-pre-line">{n.modelHowItWorks}</p>}
      </section>
      <section className="rounded-lg border border-amber-300 bg-amber-50 p-4">
        <h2 className="text-lg font-semibold">Thông tin riêng (không công bố)</h2>
        <div className="mt-3">
          <Rows
            rows={[
              ['Điện thoại', n.contactPhone],
              ['Địa chỉ', n.address],
              ['Người liên hệ của đơn vị', n.unitContactPerson],
            ]}
          />
        </div>
      </section>
      <section className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 className="text-lg font-semibold">Tóm tắt và câu chuyện</h2>
        <p className="mt-2 font-medium">{n.summary}</p>
        <div className="mt-3 space-y-3">
          {n.story.split(/\n{2,}/).map((p, i) => (
            <p key={i} className="whitespace-pre-line">
              {p}
            </p>
          ))}
        </div>
      </section>
      <section className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 className="text-lg font-semibold">Hiệu quả giảm nghèo</h2>
        <div className="mt-3">
          <Rows rows={IMPACT_KEYS.map((k) => [IMPACT_LABELS[k], n[k] != null ? (k === 'startedYear' ? String(n[k]) : formatNumber(n[k])) : null])} />
        </div>
      </section>
      {(lineage.origin || lineage.copies.length > 0) && (
        <section className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 className="text-lg font-semibold">Nhân rộng</h2>
          {lineage.origin && (
            <p className="mt-2">
              Làm theo: <Link href={lineage.origin.href}>{lineage.origin.title}</Link>
              {lineage.origin.outsideScope ? ' (điển hình đã công bố, ngoài địa bàn bạn được giao)' : ''}
            </p>
          )}
          {lineage.copies.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {lineage.copies.map((c) => (
                <li key={c.href}>
                  <Link href={c.href}>{c.title}</Link>
                  {c.communeName ? ` — ${c.communeName}` : ''}
                  {c.outsideScope ? ' (điển hình đã công bố, ngoài địa bàn bạn được giao)' : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 className="text-lg font-semibold">Ảnh và tài liệu</h2>
        {photos.length === 0 && documents.length === 0 && <p className="mt-2 text-stone-700">Không có ảnh, tài liệu.</p>}
        <ul className="mt-3 grid gap-4 sm:grid-cols-2">
          {photos.map((p) => (
            <li key={p.id}>
              <a href={`/files/${p.id}`}>
                {/* eslint-disable-next-line @next/next/no-img-element -- a private file: /files checks the session, which next/image's optimiser would not carry */}
                <img src={`/files/${p.id}`} alt={p.caption || 'Ảnh của hồ sơ'} className="w-full rounded" loading="lazy" />
              </a>
              <p className="mt-1 text-sm">
                {p.caption || 'Không có chú thích'} · {p.isPublic ? 'được phép công bố' : 'không công bố'}
              </p>
            </li>
          ))}
        </ul>
        {documents.length > 0 && (
          <ul className="mt-3 list-disc pl-5">
            {documents.map((d) => (
              <li key={d.id}>
                <a href={`/files/${d.id}`}>{d.originalName}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
