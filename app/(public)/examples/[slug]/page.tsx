import { ethnicityName } from '@/lib/domain/ethnicities';
import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { ExampleCard } from '@/components/examples/example-card';
import { FollowUpSection } from '@/components/examples/follow-up-section';
import { ImpactFigures } from '@/components/examples/impact-figures';
import { ReplicationRequests, SupportReceived } from '@/components/examples/living-sections';
import { PlaceLine } from '@/components/examples/place-line';
import { ReaderComments } from '@/components/examples/reader-comments';
import { ShareLinks } from '@/components/examples/share-links';
import { UpdatedLine, VersionHistory } from '@/components/examples/version-history';
import { movedExampleSlug } from '@/lib/examples/moved';
import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { getExamplePageData } from '@/db/queries/public-pages';
import { FIELD_LABELS, NOMINEE_KIND_LABELS } from '@/lib/domain/vocabulary';
import { exampleJsonLd } from '@/lib/examples/json-ld';
import { paragraphs, photoUrl, publicNomineeName } from '@/lib/examples/present';
import { formatDate } from '@/lib/format';
import { siteUrl } from '@/lib/site';
import { isSlug } from '@/lib/domain/ids';
import { readerFiguresFor } from '@/lib/outreach/reader-figures';
import { ReaderLine } from '@/components/outreach/reader-line';
import { RatingForm } from './rating-form';
import { CommentForm } from './comment-form';
import { verifyPath } from '@/lib/domain/verify-code';
import { ReplicationRequestForm } from './replication-request-form';

export const dynamic = 'force-dynamic';

/** Two columns of the 48rem article from 640 px (sm:), one column inside the 1rem page margins below. */
const PHOTO_SIZES = '(min-width: 800px) 376px, (min-width: 640px) calc(50vw - 1.5rem), calc(100vw - 2rem)';

const loadExample = cache(async (slug: string) =>
  isSlug(slug) ? cachedPublicData(publicCacheKey('example', { slug }), (db) => getExamplePageData(db, { slug })) : null,
);

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const example = (await loadExample((await params).slug))?.example;
  if (!example) return { title: 'Không tìm thấy' };
  const image = example.photos[0] ? `${siteUrl()}${photoUrl(example.photos[0].id)}` : undefined;
  const url = `${siteUrl()}/examples/${example.slug}`;
  return {
    title: example.title,
    description: example.summary,
    alternates: { canonical: url },
    openGraph: { type: 'article', title: example.title, description: example.summary, url, locale: 'vi_VN', images: image ? [image] : [] },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: example.title, description: example.summary, images: image ? [image] : [] },
  };
}

export default async function ExamplePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const loaded = await loadExample(slug);
  if (!loaded) return movedExampleSlug(slug);
  const { example, related, versions, comments } = loaded;
  // Not part of the cached page data: views and ratings change without moving the data version.
  const figures = await readerFiguresFor(example.id);
  const pagePath = `/examples/${example.slug}`;
  const url = `${siteUrl()}${pagePath}`;
  const details: [string, string | null][] = [
    ['Loại', NOMINEE_KIND_LABELS[example.nomineeKind]],
    ['Lĩnh vực', FIELD_LABELS[example.field]],
    ['Vai trò', example.nomineeRole],
    ['Dân tộc', ethnicityName(example.ethnicity)],
    ['Loại hình tập thể', example.collectiveType],
    ['Số thành viên', example.collectiveSize ? String(example.collectiveSize) : null],
    ['Mô hình hoạt động từ năm', example.modelSince ? String(example.modelSince) : null],
    ['Phong trào', `${example.campaign.name} — năm ${example.year}`],
    ['Đơn vị giới thiệu', example.unitName],
    ['Ngày công nhận', formatDate(example.approvedAt)],
  ];
  return (
    <article className="mx-auto max-w-3xl">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: exampleJsonLd(example, url) }} />
      <nav aria-label="Đường dẫn" className="no-print text-sm">
        <Link href="/examples">Các điển hình</Link> <span aria-hidden="true">›</span> <Link href={`/examples?year=${example.year}`}>Năm {example.year}</Link>
      </nav>
      <p className="mt-4 text-sm font-medium uppercase tracking-wide text-brand-700">
        {NOMINEE_KIND_LABELS[example.nomineeKind]} · {FIELD_LABELS[example.field]}
      </p>
      <h1 className="mt-1 text-2xl font-bold leading-tight sm:text-3xl">{example.title}</h1>
      <p className="mt-2 text-lg text-stone-800">{publicNomineeName(example)}</p>
      <p className="mt-1 text-stone-700">
        <PlaceLine example={example} links />
      </p>
      <UpdatedLine versions={versions} />
      <ReaderLine figures={figures} />
      <p className="mt-4 border-l-4 border-gold-500 bg-white p-4 text-lg leading-relaxed">{example.summary}</p>

      {example.photos.length > 0 && (
        <section aria-label="Hình ảnh" className="mt-6 grid gap-4 sm:grid-cols-2">
          {example.photos.map((photo, i) => (
            <figure key={photo.id} className="overflow-hidden rounded-lg border border-stone-200 bg-white">
              {/* eslint-disable-next-line @next/next/no-img-element -- /files serves WebP sizes made at upload, and an unpublished example's photos must go within minutes, not stay in next/image's cache */}
              <img
                src={photoUrl(photo.id, 'large')}
                srcSet={`${photoUrl(photo.id, 'thumb')} 480w, ${photoUrl(photo.id, 'large')} 1200w`}
                sizes={PHOTO_SIZES}
                alt={photo.caption || example.title}
                width={photo.width ?? 1200}
                height={photo.height ?? 800}
                // The first photo is the largest paint on a phone: fetched at once and early; the rest wait until scrolled to.
                loading={i === 0 ? 'eager' : 'lazy'}
                fetchPriority={i === 0 ? 'high' : 'auto'}
                decoding={i === 0 ? 'sync' : 'async'}
                className="aspect-[3/2] w-full object-cover"
              />
              {photo.caption && <figcaption className="p-3 text-sm text-stone-700">{photo.caption}</figcaption>}
            </figure>
          ))}
        </section>
      )}

      <section aria-labelledby="cau-chuyen" className="mt-8">
        <h2 id="cau-chuyen" className="text-xl font-semibold">
          Câu chuyện
        </h2>
        <div className="mt-3 space-y-4 text-base leading-relaxed">
          {paragraphs(example.story).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
        {example.modelHowItWorks && (
          <div className="mt-4 rounded-md bg-stone-100 p-4">
            <h3 className="font-semibold">Cách mô hình vận hành</h3>
            <p className="mt-1">{example.modelHowItWorks}</p>
          </div>
        )}
      </section>

      <section aria-labelledby="hieu-qua" className="mt-8">
        <h2 id="hieu-qua" className="text-xl font-semibold">
          Hiệu quả đối với hộ nghèo
        </h2>
        <div className="mt-3">
          <ImpactFigures impact={example.impact} />
        </div>
      </section>
      <FollowUpSection items={example.followUps} householdsEscaped={example.impact.householdsEscaped} />

      {example.commendations.length > 0 && (
        <section aria-labelledby="khen-thuong" className="mt-8">
          <h2 id="khen-thuong" className="text-xl font-semibold">
            Biểu dương, khen thưởng
          </h2>
          <ul className="mt-3 space-y-2">
            {example.commendations.map((c) => (
              <li key={c.verifyCode} className="rounded-md border border-amber-300 bg-amber-50 p-3">
                <strong>{c.form}</strong> của {c.issuer} — Quyết định số {c.decisionNumber} ngày {formatDate(c.decisionDate)}
                <span className="no-print">
                  {' · '}
                  <Link href={verifyPath(c.verifyCode)} aria-label={`Xác minh ${c.form.toLowerCase()}, quyết định số ${c.decisionNumber}`}>
                    Xác minh
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <SupportReceived support={example.support} />

      {(example.replicates || example.replications.length > 0) && (
        <section aria-labelledby="nhan-rong" className="mt-8">
          <h2 id="nhan-rong" className="text-xl font-semibold">
            Nhân rộng
          </h2>
          {example.replicates && (
            <p className="mt-2">
              Mô hình này được nhân rộng từ <Link href={`/examples/${example.replicates.slug}`}>{example.replicates.title}</Link>.
            </p>
          )}
          {example.replications.length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {example.replications.map((r) => (
                <li key={r.slug}>
                  <Link href={`/examples/${r.slug}`}>{r.title}</Link> — {r.communeName}, năm {r.year}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="thong-tin" className="mt-8">
        <h2 id="thong-tin" className="text-xl font-semibold">
          Thông tin hồ sơ
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          {details
            .filter((d): d is [string, string] => Boolean(d[1]))
            .map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="text-sm text-stone-600">{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      </section>

      <ReplicationRequests count={example.replicationRequests}>
        <ReplicationRequestForm exampleId={example.id} pagePath={pagePath} />
      </ReplicationRequests>
      <VersionHistory slug={example.slug} versions={versions} />

      <p className="no-print mt-8">
        <a href={`/examples/${example.slug}/fact-sheet.pdf`} className="font-medium">
          Tải phiếu thông tin (PDF)
        </a>{' '}
        <span className="text-sm text-stone-700">— khổ A4, kèm mã QR dẫn tới trang này, để in hoặc gửi đi.</span>
      </p>
      <section aria-labelledby="danh-gia" className="no-print mt-8">
        <h2 id="danh-gia" className="text-xl font-semibold">
          Đánh giá của bạn đọc
        </h2>
        <div className="mt-3">
          <RatingForm exampleId={example.id} figures={figures.rating} pagePath={pagePath} />
        </div>
      </section>

      <ShareLinks url={url} title={example.title} />

      <ReaderComments comments={comments} total={example.commentCount}>
        <CommentForm exampleId={example.id} pagePath={pagePath} />
      </ReaderComments>

      {related.length > 0 && (
        <section aria-labelledby="lien-quan" className="no-print mt-10">
          <h2 id="lien-quan" className="text-xl font-semibold">
            Điển hình liên quan
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-3">
            {related.map((card) => (
              <li key={card.id}>
                <ExampleCard card={card} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
