import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ExampleCard } from '@/components/examples/example-card';
import { EmbedSnippet } from '@/components/embeds/embed-snippet';
import { ImpactFigures } from '@/components/examples/impact-figures';
import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { getCommunePageData } from '@/db/queries/public-pages';
import { ADMIN_TREE_LABELS, type AdminTree } from '@/lib/domain/vocabulary';
import { EMBED_TEXT } from '@/lib/embeds/messages';
import { formatNumber } from '@/lib/format';

export const dynamic = 'force-dynamic';

const CODE = /^(?:(2024|2025)-)?(\d{5})$/;

const loadCommune = cache(async (param: string) => {
  const match = CODE.exec(param);
  if (!match) return null;
  const code = match[2]!;
  const trees: AdminTree[] = match[1] ? [match[1] as AdminTree] : ['2025', '2024'];
  return cachedPublicData(publicCacheKey('commune', { trees, code }), (db) => getCommunePageData(db, { trees, code }));
});

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const found = await loadCommune((await params).code);
  return found ? { title: `Điển hình ở ${found.commune.fullName}` } : { title: 'Không tìm thấy' };
}

export default async function CommunePage({ params }: { params: Promise<{ code: string }> }) {
  const found = await loadCommune((await params).code);
  if (!found) notFound();
  const { commune, chain, page, totals, related } = found;
  const years = [...new Set(page.items.map((e) => e.year))].sort((a, b) => b - a);
  const parents = chain
    .slice(1)
    .map((u) => u.fullName)
    .join(', ');

  return (
    <div>
      <p className="text-sm text-stone-600">{ADMIN_TREE_LABELS[commune.tree]}</p>
      <h1 className="text-2xl font-bold">{commune.fullName}</h1>
      <p className="text-stone-700">{parents}</p>
      {related.length > 0 && (
        <p className="mt-2 rounded-md bg-white p-3 text-sm">
          {commune.tree === '2025' ? 'Hình thành từ: ' : 'Nay là: '}
          {related.map((r, i) => (
            <span key={`${r.tree}${r.code}`}>
              {i > 0 ? ', ' : ''}
              <Link href={`/communes/${r.tree === '2024' ? `2024-${r.code}` : r.code}`}>{r.fullName}</Link>
            </span>
          ))}
        </p>
      )}
      <section aria-labelledby="tong-hop" className="mt-6">
        <h2 id="tong-hop" className="text-lg font-semibold">
          {formatNumber(page.total)} điển hình đã được công nhận
        </h2>
        {page.total > 0 && (
          <div className="mt-3">
            <ImpactFigures impact={totals} />
          </div>
        )}
        <p className="mt-3">
          {page.total > page.items.length && <>Dưới đây là {formatNumber(page.items.length)} điển hình mới nhất. </>}
          <Link href={`/examples?commune=${commune.tree}:${commune.code}`}>Tìm kiếm, lọc các điển hình của xã này</Link>
        </p>
      </section>
      {years.map((year) => (
        <section key={year} aria-labelledby={`nam-${year}`} className="mt-8">
          <h2 id={`nam-${year}`} className="text-xl font-semibold">
            Năm {year}
          </h2>
          <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {page.items
              .filter((e) => e.year === year)
              .map((card) => (
                <li key={card.id}>
                  <ExampleCard card={card} />
                </li>
              ))}
          </ul>
        </section>
      ))}
      {page.total === 0 && <p className="mt-6">Xã này chưa có điển hình nào được công nhận.</p>}
      <EmbedSnippet
        id="ma-nhung"
        path={`/embed/communes/${commune.tree === '2024' ? `2024-${commune.code}` : commune.code}`}
        title={EMBED_TEXT.communeTitle(commune.fullName)}
      />
    </div>
  );
}
