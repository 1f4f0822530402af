import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ImpactFigures } from '@/components/examples/impact-figures';
import { PlaceLine } from '@/components/examples/place-line';
import { NoticeDeadline } from '@/components/notices/notice-card';
import { getNotice } from '@/db/queries/notices';
import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { now } from '@/lib/clock';
import { isUuid } from '@/lib/domain/ids';
import { FIELD_LABELS, NOMINEE_KIND_LABELS } from '@/lib/domain/vocabulary';
import { paragraphs, publicNomineeName } from '@/lib/examples/present';
import { ObjectionForm } from './objection-form';

export const dynamic = 'force-dynamic';

const loadNotice = cache(async (id: string) => (isUuid(id) ? cachedPublicData(publicCacheKey('notice', { id }), (db) => getNotice(db, { id })) : null));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const notice = await loadNotice((await params).id);
  return notice ? { title: `Góp ý: ${notice.title}`, description: notice.summary } : { title: 'Không tìm thấy' };
}

export default async function NoticePage({ params }: { params: Promise<{ id: string }> }) {
  const notice = await loadNotice((await params).id);
  if (!notice) notFound();
  const open = now().getTime() <= notice.noticeEndsAt.getTime();
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Đường dẫn" className="text-sm">
        <Link href="/notices">Công khai lấy ý kiến</Link>
      </nav>
      <header>
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">
          {NOMINEE_KIND_LABELS[notice.nomineeKind]} · {FIELD_LABELS[notice.field]}
        </p>
        <h1 className="mt-1 text-2xl font-bold leading-tight break-words sm:text-3xl">{notice.title}</h1>
        <p className="mt-2 text-lg text-stone-800">{publicNomineeName(notice)}</p>
        <p className="mt-1 text-stone-700">
          <PlaceLine example={notice} />
        </p>
        <p className="mt-1 text-stone-700">
          Đơn vị giới thiệu: {notice.unitName} · {notice.campaign.name} — năm {notice.year}
        </p>
        <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-stone-900">
          <NoticeDeadline item={notice} open={open} />
        </p>
      </header>
      <p className="border-l-4 border-gold-500 bg-white p-4 text-lg leading-relaxed break-words">{notice.summary}</p>
      <ImpactFigures impact={notice.impact} />
      <section aria-labelledby="cau-chuyen" className="space-y-3">
        <h2 id="cau-chuyen" className="text-xl font-semibold">
          Câu chuyện
        </h2>
        {paragraphs(notice.story).map((text, i) => (
          <p key={i} className="leading-relaxed break-words">
            {text}
          </p>
        ))}
      </section>
      {open ? (
        <ObjectionForm nominationId={notice.id} />
      ) : (
        <p className="rounded-lg border border-stone-200 bg-white p-4">Thời hạn góp ý đối với hồ sơ này đã kết thúc. Cảm ơn sự quan tâm của bạn.</p>
      )}
    </article>
  );
}
