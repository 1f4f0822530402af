import Link from 'next/link';
import type { PublicFollowUp } from '@/db/queries/follow-ups';
import { MODEL_STATUS_LABELS, monthYearVi } from '@/lib/domain/follow-ups';
import { formatNumber } from '@/lib/format';
import { photoUrl } from '@/lib/examples/present';
import { ImpactOverTime, SERIES } from './impact-over-time';

/** The photos units sent with their confirmed follow-ups, newest year first. */
function FollowUpPhotos({ items }: { items: PublicFollowUp[] }) {
  const withPhoto = items.filter((f) => f.photoId);
  if (withPhoto.length === 0) return null;
  return (
    <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
      {withPhoto.map((f) => (
        <figure key={f.year} className="overflow-hidden rounded-lg border border-stone-200 bg-white">
          {/* eslint-disable-next-line @next/next/no-img-element -- /files serves the sizes made at upload, and an unpublished example's photos must go within minutes */}
          <img
            src={photoUrl(f.photoId!, 'thumb')}
            alt={f.photoCaption || `Mô hình năm ${f.year}`}
            width={480}
            height={320}
            loading="lazy"
            decoding="async"
            className="aspect-[3/2] w-full object-cover"
          />
          <figcaption className="p-2 text-sm text-stone-700">
            Năm {f.year}
            {f.photoCaption ? `: ${f.photoCaption}` : ''}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}

/** "Theo dõi sau công nhận" on the public example page: the latest follow-up, its chart and table. */
export function FollowUpSection({ items, householdsEscaped }: { items: PublicFollowUp[]; householdsEscaped: number | null }) {
  if (items.length === 0) return null;
  const latest = items[0]!;
  const lastAt = items.reduce<Date | null>((at, f) => (f.confirmedAt && (!at || f.confirmedAt > at) ? f.confirmedAt : at), null);
  const replications = items.flatMap((f) => f.replications);
  return (
    <section aria-labelledby="theo-doi" className="mt-8">
      <h2 id="theo-doi" className="text-xl font-semibold">
        Theo dõi sau công nhận
      </h2>
      <p className="mt-2 text-stone-800">
        {lastAt && <strong>Theo dõi gần nhất: {monthYearVi(lastAt)}</strong>}
        {lastAt && ' · '}Mô hình năm {latest.year}: <strong>{MODEL_STATUS_LABELS[latest.modelStatus]}</strong>
      </p>
      {latest.note && <p className="mt-1 text-stone-700">{latest.note}</p>}
      <FollowUpPhotos items={items} />
      <figure className="mt-4 rounded-lg border border-stone-200 bg-white p-3 sm:p-4">
        <ImpactOverTime years={items} householdsEscaped={householdsEscaped} titleId="bieu-do-theo-doi" />
        <figcaption className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-800">
          {SERIES.map((s) => (
            <span key={s.key} className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: s.color }} />
              {s.label}
            </span>
          ))}
          {householdsEscaped != null && (
            <span className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block w-4 border-t-2 border-dashed border-stone-900" />
              Hộ thoát nghèo khi công nhận ({formatNumber(householdsEscaped)})
            </span>
          )}
        </figcaption>
      </figure>
      <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label="Số liệu theo dõi">
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left font-medium text-stone-800">Số liệu theo dõi đã được xác nhận (đơn vị: hộ)</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-2 pr-3">
                Năm
              </th>
              <th scope="col" className="py-2 pr-3">
                Mô hình
              </th>
              {SERIES.map((s) => (
                <th key={s.key} scope="col" className="py-2 pr-3 text-right">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((f) => (
              <tr key={f.year} className="border-b border-stone-100">
                <th scope="row" className="py-2 pr-3 font-semibold">
                  {f.year}
                </th>
                <td className="py-2 pr-3">{MODEL_STATUS_LABELS[f.modelStatus]}</td>
                {SERIES.map((s) => (
                  <td key={s.key} className="py-2 pr-3 text-right tabular-nums">
                    {formatNumber(f[s.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {replications.length > 0 && (
        <p className="mt-3">
          Đã nhân rộng sang:{' '}
          {replications.map((r, i) => (
            <span key={`${r.id}-${i}`}>
              {i > 0 && ', '}
              <Link href={`/examples/${r.slug}`}>{r.title}</Link>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
