import Link from 'next/link';
import type { ExampleStats } from '@/lib/domain/stats';
import { FIELDS, FIELD_LABELS, NOMINEE_KIND_LABELS } from '@/lib/domain/vocabulary';
import { formatNumber } from '@/lib/format';
import { examplesHref, type LinkScope } from '@/lib/stats/links';
import { formatShare, summarizeFields, summarizeKinds, summarizeYears } from '@/lib/stats/summaries';
import { ChartSection } from './chart-section';
import { DataTable } from './data-table';

const COUNT_COLUMNS = [
  { header: 'Số điển hình', numeric: true },
  { header: 'Tỷ lệ', numeric: true },
];

export function YearSection({ stats, links }: { stats: ExampleStats; links: LinkScope }) {
  return (
    <ChartSection
      id="theo-nam"
      title="Theo năm"
      summary={summarizeYears(stats.byYear, stats.total)}
      chart={stats.byYear.map((r) => ({ label: `Năm ${r.year}`, value: r.count }))}
    >
      <DataTable
        caption="Số điển hình được công nhận theo năm"
        columns={[{ header: 'Năm' }, ...COUNT_COLUMNS]}
        rows={stats.byYear.map((r) => ({
          key: String(r.year),
          cells: [
            <Link key="l" href={examplesHref(links, { year: r.year })}>
              Năm {r.year}
            </Link>,
            formatNumber(r.count),
            formatShare(r.count, stats.total),
          ],
        }))}
      />
    </ChartSection>
  );
}

export function KindSection({ stats, links }: { stats: ExampleStats; links: LinkScope }) {
  const rows = stats.byKind.map((r) => ({ ...r, label: NOMINEE_KIND_LABELS[r.kind] }));
  return (
    <ChartSection
      id="theo-loai"
      title="Theo loại điển hình"
      summary={summarizeKinds(rows, stats.total)}
      chart={rows.map((r) => ({ label: r.label, value: r.count }))}
    >
      <DataTable
        caption="Số điển hình theo loại: cá nhân, hộ gia đình, tập thể, mô hình"
        columns={[{ header: 'Loại' }, ...COUNT_COLUMNS]}
        rows={rows.map((r) => ({
          key: r.kind,
          cells: [
            <Link key="l" href={examplesHref(links, { kind: r.kind })}>
              {r.label}
            </Link>,
            formatNumber(r.count),
            formatShare(r.count, stats.total),
          ],
        }))}
      />
    </ChartSection>
  );
}

export function FieldSection({ stats, links }: { stats: ExampleStats; links: LinkScope }) {
  const rows = stats.byField.map((r) => ({ ...r, label: FIELD_LABELS[r.field] }));
  const missing = FIELDS.length - rows.length;
  return (
    <ChartSection
      id="theo-linh-vuc"
      title="Theo lĩnh vực"
      summary={summarizeFields(rows, FIELDS.length)}
      chart={rows.map((r) => ({ label: r.label, value: r.count }))}
    >
      <DataTable
        caption="Số điển hình theo lĩnh vực, nhiều nhất trước"
        columns={[{ header: 'Lĩnh vực' }, ...COUNT_COLUMNS]}
        rows={rows.map((r) => ({
          key: r.field,
          cells: [
            <Link key="l" href={examplesHref(links, { field: r.field })}>
              {r.label}
            </Link>,
            formatNumber(r.count),
            formatShare(r.count, stats.total),
          ],
        }))}
        foot={missing > 0 ? `${formatNumber(missing)} lĩnh vực còn lại chưa có điển hình nào.` : undefined}
      />
    </ChartSection>
  );
}
