import Link from 'next/link';
import { PlaceLine } from '@/components/examples/place-line';
import { formatVerifyCode } from '@/lib/domain/verify-code';
import { publicNomineeName } from '@/lib/examples/present';
import { formatDate } from '@/lib/format';
import type { VerifiedCommendation } from '@/lib/verify/lookup';

export const NO_LONGER_PUBLIC =
  'Điển hình được khen thưởng hiện không còn được công bố công khai trên Gương sáng, nên thông tin về điển hình không được hiển thị.';

/** The answer of /verify/[code]: the commendation as recorded, and the example while it is public. */
export function VerifiedCommendationView({ code, commendation }: { code: string; commendation: VerifiedCommendation }) {
  const facts: [string, string][] = [
    ['Hình thức', commendation.form],
    ['Cơ quan ban hành', commendation.issuer],
    ['Số quyết định', commendation.decisionNumber],
    ['Ngày quyết định', formatDate(commendation.decisionDate)],
    ['Mã xác minh', formatVerifyCode(code)],
  ];
  const example = commendation.example;
  return (
    <article className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">Xác minh khen thưởng</h1>
      <p role="status" className="mt-4 rounded-md border border-green-300 bg-green-50 p-4 font-medium text-green-900">
        <span aria-hidden="true">✓ </span>Khen thưởng này đã được ghi nhận trong sổ vàng Gương sáng.
      </p>
      <dl className="mt-6 grid gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[11rem_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-sm text-stone-600">{term}</dt>
            <dd className={term === 'Mã xác minh' ? 'font-mono tracking-wide' : 'font-medium'}>{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="dien-hinh" className="mt-8">
        <h2 id="dien-hinh" className="text-xl font-semibold">
          Điển hình được khen thưởng
        </h2>
        {example ? (
          <div className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
            <p className="text-lg font-semibold">
              <Link href={`/examples/${example.slug}`}>{example.title}</Link>
            </p>
            <p className="mt-1">{publicNomineeName(example)}</p>
            <p className="mt-1 text-stone-700">
              <PlaceLine example={example} />
            </p>
            <p className="mt-1 text-sm text-stone-700">
              {example.campaign.name} — năm {example.year}
            </p>
          </div>
        ) : (
          <p className="mt-3 rounded-md border border-stone-300 bg-stone-100 p-4">{NO_LONGER_PUBLIC}</p>
        )}
      </section>
    </article>
  );
}
