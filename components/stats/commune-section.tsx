import Link from 'next/link';
import { COMMUNE_TOP, type CommuneCount, type ExampleStats } from '@/lib/domain/stats';
import { formatNumber } from '@/lib/format';
import { examplesHref, type LinkScope } from '@/lib/stats/links';
import { summarizeCommunes } from '@/lib/stats/summaries';
import { ChartSection } from './chart-section';
import { DataTable } from './data-table';

const parentName = (row: CommuneCount) => row.district?.name ?? row.province?.name ?? '';

function caption(shown: number, all: number) {
  return shown < all
    ? `Số điển hình theo xã, phường như khi ghi nhận: ${formatNumber(shown)} xã, phường có nhiều điển hình nhất trong tổng số ${formatNumber(all)}`
    : `Số điển hình ở cả ${formatNumber(all)} xã, phường, theo xã, phường như khi ghi nhận`;
}

export function CommuneSection({
  stats,
  links,
  allHref,
  topHref,
}: {
  stats: ExampleStats;
  links: LinkScope;
  /** The same page listing every commune, offered while the table shows only the top ones. */
  allHref: string | null;
  /** Back to the short table, offered while the table lists every commune. */
  topHref: string | null;
}) {
  const rows = stats.byCommune;
  const truncated = rows.length < stats.communeCount;
  const newTree = rows.some((r) => r.commune.tree === '2025');
  return (
    <ChartSection
      id="theo-xa"
      title="Theo xã, phường"
      summary={summarizeCommunes(
        rows.map((r) => ({ label: r.commune.name, count: r.count })),
        stats.communeCount,
      )}
      chart={rows.slice(0, COMMUNE_TOP).map((r) => ({ label: `${r.commune.name}, ${parentName(r)}`, value: r.count }))}
    >
      <DataTable
        caption={caption(rows.length, stats.communeCount)}
        columns={[{ header: 'Xã, phường' }, { header: 'Thuộc' }, { header: 'Số điển hình', numeric: true }]}
        rows={rows.map((r) => ({
          key: `${r.commune.tree}:${r.commune.code}`,
          cells: [
            <span key="c">
              <Link href={examplesHref(links, { commune: r.commune })}>{r.commune.name}</Link>
              {r.nowPartOf.length > 0 && <span className="block text-xs text-stone-600">nay là {r.nowPartOf.map((c) => c.name).join('; ')}</span>}
              {r.commune.tree === '2025' && <span className="block text-xs text-stone-600">ghi theo địa giới từ 01/07/2025</span>}
            </span>,
            r.district && r.province ? `${r.district.name}, ${r.province.name}` : parentName(r),
            formatNumber(r.count),
          ],
        }))}
        foot={
          newTree
            ? 'Với xã, phường ghi theo địa giới từ 01/07/2025, danh sách điển hình gồm cả các điển hình ghi ở những xã cũ đã nhập vào đó, nên có thể nhiều hơn số trong bảng.'
            : undefined
        }
      />
      {(truncated && allHref) || topHref ? (
        <p className="mt-3 text-sm">
          {truncated && allHref && <Link href={allHref}>Xem bảng đầy đủ {formatNumber(stats.communeCount)} xã, phường</Link>}
          {topHref && <Link href={topHref}>Chỉ xem {formatNumber(COMMUNE_TOP)} xã, phường có nhiều điển hình nhất</Link>}
        </p>
      ) : null}
    </ChartSection>
  );
}
