import type { Metadata } from 'next';
import Link from 'next/link';
import { ExampleCard } from '@/components/examples/example-card';
import { FilterForm } from '@/components/examples/filter-form';
import { cachedPublicData, publicCacheKey, publicDataMemo } from '@/lib/cache/public-data-cache';
import { countExampleFacets } from '@/db/queries/example-facets';
import { cachedAreaOptions } from '@/lib/examples/area-options';
import { listCampaigns, listPublishedExamples } from '@/db/queries/examples';
import { FIELD_LABELS, NOMINEE_KIND_LABELS } from '@/lib/domain/vocabulary';
import { filtersToQuery, parseExampleFilters, type ExampleFilters, type SearchParams } from '@/lib/domain/example-filters';
import { campaignYears } from '@/lib/examples/years';
import { matchCountText, pagingCappedText } from '@/lib/examples/search-scale-text';
import { queryWords } from '@/lib/domain/fold';
import { gatedSearch } from '@/lib/examples/search-gate';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Các điển hình',
  description: 'Tra cứu các gương điển hình, mô hình giảm nghèo đã được công nhận, theo địa bàn, năm, lĩnh vực.',
};

const PAGE_SIZE = 12;

const UNKNOWN_AREA = {
  province: 'Không tìm thấy tỉnh, thành phố có mã này.',
  district: 'Không tìm thấy quận, huyện có mã này.',
  commune: 'Không tìm thấy xã, phường có mã này.',
};

function activeFilters(filters: ExampleFilters, areaName: string | null) {
  const chips: { label: string; key: keyof ExampleFilters | 'area' }[] = [];
  if (areaName) chips.push({ label: areaName, key: 'area' });
  if (filters.year) chips.push({ label: `Năm ${filters.year}`, key: 'year' });
  if (filters.kind) chips.push({ label: NOMINEE_KIND_LABELS[filters.kind], key: 'kind' });
  if (filters.field) chips.push({ label: FIELD_LABELS[filters.field], key: 'field' });
  if (filters.q) chips.push({ label: `“${filters.q}”`, key: 'q' });
  if (filters.campaign) chips.push({ label: 'Phong trào đã chọn', key: 'campaign' });
  return chips;
}

export default async function ExamplesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const parsed = parseExampleFilters(await searchParams);
  const filters = parsed.filters;
  const { page, facets, campaigns, options } = await cachedPublicData(publicCacheKey('examples-page', filters), (db) =>
    gatedSearch(filters.q, async () => {
      const page = await listPublishedExamples(db, { filters, limit: PAGE_SIZE });
      const [facets, campaigns, options] = await Promise.all([
        countExampleFacets(db, { filters, area: page.area, matches: { n: page.total, exact: page.totalExact }, memo: publicDataMemo }),
        publicDataMemo('campaigns', () => listCampaigns(db)),
        cachedAreaOptions(page.area),
      ]);
      return { page, facets, campaigns, options };
    }),
  );
  const words = queryWords(filters.q ?? '');
  const area = page.area.commune ?? page.area.district ?? page.area.province;
  const chips = activeFilters(filters, area ? area.fullName : null);
  const notice = !parsed.ok
    ? parsed.message
    : page.area.unknown
      ? UNKNOWN_AREA[page.area.unknown]
      : page.badCursor
        ? 'Liên kết trang không hợp lệ; đang hiển thị từ đầu danh sách.'
        : null;

  return (
    <div className="grid gap-4 lg:grid-cols-[20rem_1fr] lg:gap-6">
      <h1 className="text-xl leading-tight font-bold text-balance sm:text-2xl lg:col-span-2">Các điển hình đã được công nhận</h1>
      <aside>
        <FilterForm filters={filters} area={page.area} facets={facets} options={options} campaigns={campaigns} years={campaignYears(campaigns)} />
      </aside>
      <section aria-labelledby="ket-qua">
        <h2 id="ket-qua" className="text-lg font-semibold" aria-live="polite">
          {matchCountText(page.total, page.totalExact)}
        </h2>
        {notice && (
          <p role="status" className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {notice}
          </p>
        )}
        {chips.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label="Bộ lọc đang dùng">
            {chips.map((chip) => (
              <li key={chip.key}>
                <Link
                  href={`/examples${filtersToQuery(filters, chip.key === 'area' ? { province: undefined, district: undefined, commune: undefined } : { [chip.key]: undefined })}`}
                  className="inline-flex items-center gap-1 rounded-full border border-stone-300 bg-white px-3 py-1 text-stone-800 no-underline"
                  aria-label={`Bỏ lọc ${chip.label}`}
                >
                  {chip.label} <span aria-hidden="true">×</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {page.items.length === 0 ? (
          <div className="mt-6 rounded-lg border border-dashed border-stone-300 bg-white p-6">
            <p className="font-medium">Không có điển hình nào phù hợp với lựa chọn này.</p>
            <p className="mt-2 text-sm text-stone-700">Bạn có thể bỏ bớt điều kiện lọc ở trên, tìm bằng từ khoá ngắn hơn, hoặc</p>
            <p className="mt-3">
              <Link href="/examples">xem tất cả các điển hình</Link>
            </p>
          </div>
        ) : (
          <ul className="mt-3 grid gap-4 sm:mt-4 sm:grid-cols-2 xl:grid-cols-3">
            {page.items.map((card, i) => (
              <li key={card.id}>
                <ExampleCard card={card} words={words} first={i === 0} />
              </li>
            ))}
          </ul>
        )}
        {page.pagingCapped && (
          <p role="status" className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {pagingCappedText(page.total)}
          </p>
        )}
        <nav aria-label="Phân trang" className="mt-6 flex justify-between gap-4">
          {filters.cursor ? <Link href={`/examples${filtersToQuery(filters)}`}>← Về đầu danh sách</Link> : <span />}
          {page.nextCursor && (
            <Link href={`/examples${filtersToQuery(filters, { cursor: page.nextCursor })}`} rel="next">
              Xem tiếp →
            </Link>
          )}
        </nav>
      </section>
    </div>
  );
}
