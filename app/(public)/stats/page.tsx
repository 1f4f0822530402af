import type { Metadata } from 'next';
import Link from 'next/link';
import { FieldSection, KindSection, YearSection } from '@/components/stats/breakdown-sections';
import { CommuneSection } from '@/components/stats/commune-section';
import { SupportTotals } from '@/components/stats/support-totals';
import { ImpactTotals } from '@/components/stats/impact-totals';
import { MostViewed } from '@/components/stats/most-viewed';
import { ReplicatedModels } from '@/components/stats/replicated-models';
import { SustainabilitySection } from '@/components/stats/sustainability-section';
import type { Db } from '@/db/client';
import { getDb } from '@/db/index';
import { listMostViewedExamples } from '@/db/queries/most-viewed';
import { MOST_VIEWED_TOP } from '@/lib/domain/outreach';
import { cachedReaderData } from '@/lib/outreach/reader-figures';
import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { resolveAreaSelection } from '@/db/queries/example-filters';
import { cachedAreaOptions } from '@/lib/examples/area-options';
import { listCampaigns } from '@/db/queries/examples';
import type { StatsScope } from '@/db/queries/stats';
import { getExampleStats } from '@/lib/stats/example-stats';
import type { SearchParams } from '@/lib/domain/example-filters';
import { formatNumber } from '@/lib/format';
import { examplesHref, rangeMatchesList, type LinkScope } from '@/lib/stats/links';
import { areaFilters, parseStatsParams, statsQuery, type StatsParams, type StatsParamsResult } from '@/lib/stats/params';
import { yearsLabel } from '@/lib/stats/summaries';
import { COMMUNE_TOP, type ExampleStats } from '@/lib/domain/stats';
import { StatsFilterForm } from './stats-filter-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Thống kê',
  description: 'Số điển hình, mô hình giảm nghèo được công nhận theo năm, xã, lĩnh vực, loại; kết quả giảm nghèo và các mô hình được nhân rộng.',
};

async function loadStatsPage(db: Db, parsed: StatsParamsResult) {
  const [campaigns, result] = await Promise.all([listCampaigns(db), parsed.ok ? getExampleStats(db, parsed.params) : null]);
  const area = result ? (result.ok ? result.scope.area : result.area) : await resolveAreaSelection(db, areaFilters(parsed.params));
  return { campaigns, result, area, options: await cachedAreaOptions(area) };
}

/** Views change without moving the data version: read apart from the page's cached data (lib/outreach/reader-figures.ts). */
function loadMostViewed(scope: StatsScope, params: StatsParams) {
  const area = areaFilters(params);
  const key = publicCacheKey('most-viewed', { campaign: scope.campaign.slug, from: scope.from, to: scope.to, ...area });
  return cachedReaderData(key, () => listMostViewedExamples(getDb(), { ...scope, areaFilters: area, limit: MOST_VIEWED_TOP }));
}

function ScopeLine({ scope }: { scope: StatsScope }) {
  const last = scope.areaPath.at(-1);
  const parts = [
    `Phong trào “${scope.campaign.shortName}”`,
    yearsLabel(scope.from, scope.to).replace(/^./, (c) => c.toUpperCase()),
    ...(scope.areaPath.length ? scope.areaPath.map((u) => u.fullName) : ['Cả nước']),
  ];
  return (
    <p className="mt-1 text-stone-700">
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 && <span aria-hidden="true"> › </span>}
          {i > 0 && <span className="sr-only">, </span>}
          {part}
        </span>
      ))}
      {last?.tree === '2024' && <span className="text-stone-600"> (địa giới trước 01/07/2025)</span>}
    </p>
  );
}

function Headline({ stats, links }: { stats: ExampleStats; links: LinkScope }) {
  const figures = [
    { label: 'điển hình được công nhận', value: stats.total },
    { label: 'xã, phường có điển hình', value: stats.communeCount },
    { label: 'hộ thoát nghèo', value: stats.impact.householdsEscaped.total },
    { label: 'hộ hưởng lợi', value: stats.impact.beneficiaryHouseholds.total },
  ];
  return (
    <section aria-label="Số liệu chính">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {figures.map((f) => (
          <div key={f.label} className="flex flex-col rounded-lg border border-stone-200 bg-white p-4">
            <dt className="text-sm text-stone-600">{f.label}</dt>
            <dd className="order-first text-2xl font-bold text-brand-800 sm:text-3xl">{formatNumber(f.value)}</dd>
          </div>
        ))}
      </dl>
      {rangeMatchesList(links) ? (
        <p className="mt-3">
          <Link href={examplesHref(links)}>Xem danh sách {formatNumber(stats.total)} điển hình này</Link>
        </p>
      ) : (
        <p className="mt-3 text-sm text-stone-700">
          Trang danh sách lọc theo từng năm hoặc cả phong trào: mỗi năm trong bảng “Theo năm” dẫn tới đúng danh sách của năm đó; các liên kết khác mở danh sách
          của cả giai đoạn {links.campaign.startYear}–{links.campaign.endYear}, nên có thể nhiều hơn số ở đây.
        </p>
      )}
    </section>
  );
}

function EmptyState({ title }: { title: string }) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white p-6">
      <p className="font-medium">{title}</p>
      <p className="mt-2 text-sm text-stone-700">
        Bạn có thể chọn giai đoạn dài hơn, địa bàn rộng hơn, hoặc <Link href="/stats">xem thống kê của phong trào gần nhất có điển hình trên cả nước</Link>.
      </p>
    </div>
  );
}

function communeLinks(params: StatsParams, stats: ExampleStats) {
  const all = params.communes === 'all';
  return {
    allHref: !all && stats.byCommune.length < stats.communeCount ? `/stats${statsQuery(params, { communes: 'all' })}#theo-xa` : null,
    topHref: all && stats.communeCount > COMMUNE_TOP ? `/stats${statsQuery(params, { communes: undefined })}#theo-xa` : null,
  };
}

export default async function StatsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const parsed = parseStatsParams(await searchParams);
  const key = publicCacheKey('stats-page', { ...parsed.params, refused: parsed.ok ? undefined : parsed.field });
  const { campaigns, result, area, options } = await cachedPublicData(key, (db) => loadStatsPage(db, parsed));
  const message = !parsed.ok ? parsed.message : result && !result.ok ? result.message : null;
  const ok = result?.ok ? result : null;
  const formCampaign =
    ok?.scope.campaign ?? (result && !result.ok ? result.campaign : null) ?? campaigns.find((c) => c.slug === parsed.params.campaign) ?? campaigns[0] ?? null;
  const links: LinkScope | null = ok ? { campaign: ok.scope.campaign, from: ok.scope.from, to: ok.scope.to, area: ok.scope.area } : null;
  const mostViewed = ok && ok.stats.total > 0 ? await loadMostViewed(ok.scope, parsed.params) : [];

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Thống kê</h1>
        {ok ? <ScopeLine scope={ok.scope} /> : <p className="mt-1 text-stone-700">Số điển hình được công nhận và kết quả giảm nghèo</p>}
      </header>
      <StatsFilterForm params={parsed.params} campaigns={campaigns} campaign={formCampaign} area={area} options={options} />
      {message && (
        <>
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
            {message}
          </p>
          <EmptyState title="Chưa có số liệu cho lựa chọn này." />
        </>
      )}
      {ok && links && ok.stats.total === 0 && <EmptyState title="Chưa có điển hình nào được công nhận trong phạm vi này." />}
      {ok && links && ok.stats.total > 0 && (
        <>
          <Headline stats={ok.stats} links={links} />
          <section aria-labelledby="ket-qua-giam-ngheo">
            <h2 id="ket-qua-giam-ngheo" className="mb-3 text-lg font-semibold">
              Kết quả giảm nghèo (cộng từ các điển hình)
            </h2>
            <ImpactTotals impact={ok.stats.impact} total={ok.stats.total} />
          </section>
          <YearSection stats={ok.stats} links={links} />
          <KindSection stats={ok.stats} links={links} />
          <FieldSection stats={ok.stats} links={links} />
          <CommuneSection stats={ok.stats} links={links} {...communeLinks(parsed.params, ok.stats)} />
          <ReplicatedModels replicated={ok.stats.replicated} />
          <MostViewed examples={mostViewed} />
          <SupportTotals totals={ok.stats.supportByForm} />
          <SustainabilitySection rows={ok.sustainability} />
        </>
      )}
    </div>
  );
}
