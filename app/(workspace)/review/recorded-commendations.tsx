import Link from 'next/link';
import type { listCommendations } from '@/db/queries/commendations';
import { formatVerifyCode, verifyPath } from '@/lib/domain/verify-code';
import { formatDate } from '@/lib/format';

type Recorded = Awaited<ReturnType<typeof listCommendations>>[number];

/** The commendations already recorded, each with its public verify code; admins print its annex from here. */
export function RecordedCommendations({ items, printsAnnex }: { items: Recorded[]; printsAnnex: boolean }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="khen-thuong-da-ghi" className="rounded-lg border border-stone-300 bg-white p-4">
      <h2 id="khen-thuong-da-ghi" className="text-lg font-semibold">
        Khen thưởng đã ghi nhận
      </h2>
      <ul className="mt-2 space-y-3 text-sm">
        {items.map((c) => (
          <li key={c.id}>
            <p>
              <strong>{c.form}</strong> — {c.issuer}, Quyết định số {c.decisionNumber} ngày {formatDate(c.decisionDate)}
            </p>
            <p className="mt-1 text-stone-700">
              Mã xác minh: <Link href={verifyPath(c.verifyCode)}>{formatVerifyCode(c.verifyCode)}</Link>
              {printsAnnex && (
                <>
                  {' · '}
                  <Link href={`/admin/commendations/${c.id}/annex`}>In phụ lục kèm mã QR</Link>
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
