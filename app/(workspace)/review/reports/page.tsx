import Link from 'next/link';
import type { Metadata } from 'next';
import { getDb } from '@/db/index';
import { getSeasonReport, listReportAreas, listReportCampaigns } from '@/db/queries/reports';
import { CasebookPanel } from '@/components/casebook/casebook-panel';
import { requirePermission } from '@/lib/auth/current-user';
import { casebookAreaChoices } from '@/lib/casebook/form-options';
import { canUseReviewQueue } from '@/lib/auth/permissions';
import { firstValues, type SearchParams } from '@/lib/domain/example-filters';
import { formatDate } from '@/lib/format';
import { treeNote } from '@/lib/reports/area-labels';
import { REPORT_NOTES, TABLE_TITLES, type CommuneReportRow, type SeasonReport } from '@/lib/domain/reports';
import { reportTitle } from '@/lib/reports/naming';
import { areaInScope, resolveReportParams, type ResolvedReport } from '@/lib/reports/params';
import { ReportFilterForm } from './filter-form';
import { PrintButton } from './print-button';
import { LevelTable } from './level-table';
import { ReportTable } from './report-table';
import { reportTable } from '@/lib/reports/tables';

export const metadata: Metadata = { title: 'Báo cáo tổng hợp' };

// Inline styles are allowed by the CSP (style-src 'unsafe-inline'); @page has no Tailwind form.
const PAGE_STYLE = '@page { size: A4 landscape; margin: 12mm; }';

function communeLabel(r: CommuneReportRow) {
  const place = [r.districtName, r.provinceName].filter(Boolean).join(', ');
  return (
    <>
      <span className="font-medium">{r.name}</span>
      <span className="block text-xs text-stone-600">
        {place}
        {r.tree === '2025' ? ` (${treeNote(r.tree)})` : ''}
      </span>
    </>
  );
}

function downloadQuery(r: ResolvedReport, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ campaign: r.campaign.slug, year: String(r.year), ...(r.areaParam ? { area: r.areaParam } : {}), ...extra });
  return q.toString();
}

function Downloads({ resolved }: { resolved: ResolvedReport }) {
  const link =
    'inline-flex min-h-11 items-center rounded-md border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800 no-underline hover:bg-brand-50';
  return (
    <div className="no-print mt-4 flex flex-wrap items-center gap-2" role="group" aria-label="Tải và in báo cáo">
      <a href={`/review/reports/xlsx?${downloadQuery(resolved)}`} className={link}>
        Tải Excel (.xlsx)
      </a>
      <a href={`/review/reports/csv?${downloadQuery(resolved, { table: 'commune' })}`} className={link}>
        Tải CSV (theo xã)
      </a>
      <a href={`/review/reports/csv?${downloadQuery(resolved, { table: 'unit' })}`} className={link}>
        Tải CSV (theo đơn vị)
      </a>
      <a href={`/review/reports/csv?${downloadQuery(resolved, { table: 'level' })}`} className={link}>
        Tải CSV (theo cấp)
      </a>
      <PrintButton />
    </div>
  );
}

function Notes() {
  return (
    <section
      aria-labelledby="report-notes"
      className="mt-6 rounded-lg border border-stone-200 bg-white p-4 text-sm text-stone-800 print:border-0 print:p-0 print:text-[8pt]"
    >
      <h2 id="report-notes" className="font-semibold text-stone-900">
        Cách tính
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {REPORT_NOTES.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <p className="no-print mt-2">
        Tệp Excel gồm ba trang tính “Theo xã”, “Theo đơn vị” và “Theo cấp xét duyệt”, có tiêu đề và phần cách tính này. Mỗi tệp CSV chỉ chứa một bảng (theo xã,
        theo đơn vị hoặc theo cấp) với dòng tổng cộng ở cuối, mã hóa UTF-8 để Excel hiển thị đúng tiếng Việt.
      </p>
    </section>
  );
}

function Tables({ report }: { report: SeasonReport }) {
  return (
    <>
      <ReportTable
        id="theo-xa"
        caption={`${TABLE_TITLES.commune} (${report.byCommune.length} xã, phường)`}
        firstHeader="Xã, phường, thị trấn"
        rows={report.byCommune.map((r) => ({ key: `${r.tree}:${r.code}`, label: communeLabel(r), figures: r }))}
        total={report.total}
      />
      <div className="mt-6 print:break-before-page">
        <ReportTable
          id="theo-don-vi"
          caption={`${TABLE_TITLES.unit} (${report.byUnit.length} đơn vị giới thiệu)`}
          firstHeader="Đơn vị giới thiệu"
          rows={report.byUnit.map((r) => ({ key: String(r.unitId), label: r.name, figures: r }))}
          total={report.total}
        />
      </div>
      {report.byLevel.length > 0 && (
        <div className="mt-6">
          <LevelTable id="theo-cap" caption={TABLE_TITLES.level} data={reportTable(report, 'level')} />
        </div>
      )}
    </>
  );
}

export default async function SeasonReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('/review/reports', canUseReviewQueue);
  const raw = firstValues(await searchParams);
  const db = getDb();
  const [resolved, campaigns] = await Promise.all([resolveReportParams(db, user, raw), listReportCampaigns(db)]);
  const campaign = resolved.ok ? resolved.report.campaign : (resolved.campaign ?? campaigns[0]);
  const allAreas = campaign ? await listReportAreas(db, { user, campaignId: campaign.id }) : [];
  const inReach = await Promise.all(allAreas.map((a) => areaInScope(db, user, a)));
  const areas = allAreas.filter((_, i) => inReach[i]);
  const casebookAreas = await casebookAreaChoices(db, user, areas);
  const report = resolved.ok
    ? await getSeasonReport(db, { user, campaignId: resolved.report.campaign.id, year: resolved.report.year, area: resolved.report.area })
    : null;
  const values = resolved.ok
    ? { campaign: resolved.report.campaign.slug, year: String(resolved.report.year), area: resolved.report.areaParam }
    : { campaign: campaign?.slug ?? '', year: raw.year ?? '', area: raw.area ?? '' };

  return (
    <section>
      <style>{PAGE_STYLE}</style>
      <h1 className="text-2xl font-bold text-stone-900 print:text-base">
        {resolved.ok ? reportTitle({ campaignName: resolved.report.campaign.name, year: resolved.report.year }) : 'Báo cáo tổng hợp gương điển hình'}
      </h1>
      {resolved.ok && (
        <p className="mt-1 text-stone-700 print:text-[9pt]">
          Địa bàn: <span className="font-medium">{resolved.report.areaLabel}</span> · Lập ngày {formatDate(new Date())}
        </p>
      )}
      <p className="no-print mt-1 text-sm text-stone-700">
        Số hồ sơ phát hiện, công nhận, khen thưởng và hiệu quả giảm nghèo trong một năm của phong trào, theo xã và theo đơn vị giới thiệu.
        {user.role === 'admin' ? ' Quản trị viên xem được mọi địa bàn.' : ' Chỉ gồm hồ sơ thuộc địa bàn bạn được giao thẩm định.'}
      </p>
      <p className="no-print mt-1 text-sm">
        <Link href="/review/reports/follow-ups">Điển hình cần theo dõi (chưa cập nhật quá 15 tháng)</Link>
      </p>
      <ReportFilterForm
        campaigns={campaigns}
        areas={areas}
        values={values}
        wholeReachLabel={user.role === 'admin' ? 'Tất cả địa bàn' : 'Toàn bộ địa bàn được giao'}
      />
      {!resolved.ok && (
        <p role="alert" className="mt-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
          {resolved.message}
        </p>
      )}
      {resolved.ok && report && (
        <>
          <Downloads resolved={resolved.report} />
          <CasebookPanel
            headingId="ky-yeu"
            idPrefix="casebook"
            campaign={resolved.report.campaign}
            areas={casebookAreas}
            defaults={{ year: String(resolved.report.year), area: resolved.report.areaParam || (casebookAreas[0]?.value ?? '') }}
          />
          <Tables report={report} />
        </>
      )}
      <Notes />
    </section>
  );
}
