import Link from 'next/link';
import type { ExampleCard as Card } from '@/db/queries/examples';
import { FIELD_LABELS, NOMINEE_KIND_LABELS } from '@/lib/domain/vocabulary';
import { photoUrl, publicNomineeName } from '@/lib/examples/present';
import { formatNumber } from '@/lib/format';
import { Highlighted } from './highlighted';
import { PlaceLine } from './place-line';

function headline(card: Card): string | null {
  const i = card.impact;
  if (i.householdsEscaped) return `${formatNumber(i.householdsEscaped)} hộ thoát nghèo`;
  if (i.beneficiaryHouseholds) return `${formatNumber(i.beneficiaryHouseholds)} hộ hưởng lợi`;
  if (i.jobsCreated) return `${formatNumber(i.jobsCreated)} việc làm`;
  return null;
}

/** `first`: the top card of a list, whose photo is the largest paint on a phone, so it is fetched at once. */
export function ExampleCard({ card, words = [], first = false }: { card: Card; words?: string[]; first?: boolean }) {
  const figure = headline(card);
  return (
    <article className="flex h-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
      {card.cover ? (
        // eslint-disable-next-line @next/next/no-img-element -- /files serves WebP sizes made at upload, and an unpublished example's photos must go within minutes, not stay in next/image's cache
        <img
          src={photoUrl(card.cover.id, 'thumb')}
          alt={card.cover.caption}
          width={480}
          height={320}
          loading={first ? 'eager' : 'lazy'}
          fetchPriority={first ? 'high' : 'auto'}
          decoding="async"
          className="aspect-[3/2] w-full bg-stone-100 object-cover"
        />
      ) : (
        <div aria-hidden="true" className="grid aspect-[3/2] w-full place-items-center bg-gradient-to-br from-brand-50 to-amber-50 text-4xl text-brand-700/40">
          ★
        </div>
      )}
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-xs font-medium uppercase tracking-wide text-brand-700">
          {NOMINEE_KIND_LABELS[card.nomineeKind]} · {FIELD_LABELS[card.field]}
        </p>
        <h3 className="text-lg font-semibold leading-snug">
          <Link href={`/examples/${card.slug}`} className="text-stone-900 no-underline hover:underline">
            <Highlighted text={card.title} words={words} />
          </Link>
        </h3>
        <p className="text-sm text-stone-700">
          <Highlighted text={publicNomineeName(card)} words={card.anonymised ? [] : words} />
        </p>
        <p className="text-sm text-stone-600">
          <PlaceLine example={card} /> · Năm {card.year}
        </p>
        {words.length > 0 && (
          <p className="line-clamp-3 text-sm text-stone-700">
            <Highlighted text={card.summary} words={words} />
          </p>
        )}
        {(figure || card.commentCount > 0) && (
          <div className="mt-auto flex flex-wrap items-baseline justify-between gap-x-3 pt-2 text-sm">
            {figure && <p className="font-semibold text-emerald-800">{figure}</p>}
            {card.commentCount > 0 && <p className="text-stone-700">{formatNumber(card.commentCount)} ý kiến bạn đọc</p>}
          </div>
        )}
      </div>
    </article>
  );
}
