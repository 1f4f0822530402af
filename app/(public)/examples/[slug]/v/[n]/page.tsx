import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ImpactFigures } from '@/components/examples/impact-figures';
import { PlaceLine } from '@/components/examples/place-line';
import { VersionHistory } from '@/components/examples/version-history';
import { getPublishedVersion } from '@/db/queries/example-versions';
import { getExamplePageData } from '@/db/queries/public-pages';
import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { isSlug } from '@/lib/domain/ids';
import { movedExampleSlug } from '@/lib/examples/moved';
import { paragraphs, publicNomineeName } from '@/lib/examples/present';
import { formatDate } from '@/lib/format';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

const versionNumber = (raw: string) => (/^[1-9]\d{0,3}$/.test(raw) ? Number(raw) : null);

const loadVersion = cache(async (slug: string, n: number) => {
  if (!isSlug(slug)) return null;
  return cachedPublicData(publicCacheKey('example-version', { slug, n }), async (db) => {
    const [page, version] = await Promise.all([getExamplePageData(db, { slug }), getPublishedVersion(db, { slug, n })]);
    return page && version ? { ...page, version } : null;
  });
});

export async function generateMetadata({ params }: { params: Promise<{ slug: string; n: string }> }): Promise<Metadata> {
  const { slug, n } = await params;
  const number = versionNumber(n);
  const loaded = number ? await loadVersion(slug, number) : null;
  if (!loaded) return { title: 'Không tìm thấy', robots: { index: false } };
  return {
    title: `${loaded.version.fields.title} — phiên bản ${number}`,
    robots: { index: false, follow: true },
    alternates: { canonical: `${siteUrl()}/examples/${loaded.example.slug}` },
  };
}

/** An earlier (or the current) version of an example, read-only, never indexed: the live page is canonical. */
export default async function ExampleVersionPage({ params }: { params: Promise<{ slug: string; n: string }> }) {
  const { slug, n } = await params;
  const number = versionNumber(n);
  if (!number) notFound();
  const loaded = await loadVersion(slug, number);
  if (!loaded) return movedExampleSlug(slug, `/v/${number}`);
  const { example, version, versions } = loaded;
  const { fields } = version;
  const latest = versions.at(-1)?.n ?? 1;
  return (
    <article className="mx-auto max-w-3xl">
      <p role="note" className="rounded-md border border-amber-400 bg-amber-50 p-4">
        <strong>
          Đây là phiên bản {number} (ngày {formatDate(version.publishedAt)}){number === latest ? ', cũng là phiên bản hiện hành' : ''}.
        </strong>{' '}
        <Link href={`/examples/${example.slug}`}>Xem phiên bản hiện hành</Link>
      </p>
      <h1 className="mt-4 text-2xl font-bold leading-tight sm:text-3xl">{fields.title}</h1>
      <p className="mt-2 text-lg text-stone-800">{publicNomineeName(example)}</p>
      <p className="mt-1 text-stone-700">
        <PlaceLine example={example} />
      </p>
      <p className="mt-4 border-l-4 border-gold-500 bg-white p-4 text-lg leading-relaxed">{fields.summary}</p>
      <section aria-labelledby="cau-chuyen" className="mt-8">
        <h2 id="cau-chuyen" className="text-xl font-semibold">
          Câu chuyện
        </h2>
        <div className="mt-3 space-y-4 text-base leading-relaxed">
          {paragraphs(fields.story).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      </section>
      <section aria-labelledby="hieu-qua" className="mt-8">
        <h2 id="hieu-qua" className="text-xl font-semibold">
          Hiệu quả đối với hộ nghèo
        </h2>
        <div className="mt-3">
          <ImpactFigures impact={fields} />
        </div>
      </section>
      <VersionHistory slug={example.slug} versions={versions} current={number} />
    </article>
  );
}
