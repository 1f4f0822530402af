import Link from 'next/link';
import type { PublishedVersion } from '@/db/queries/example-versions';
import { VERSIONED_FIELD_LABELS } from '@/lib/domain/example-versions';
import { formatDate } from '@/lib/format';

/** "Cập nhật lần N, ngày …": shown once an example has been updated at least once. */
export function UpdatedLine({ versions }: { versions: PublishedVersion[] }) {
  const latest = versions.at(-1);
  if (!latest || latest.n < 2) return null;
  return (
    <p className="mt-2 text-sm text-stone-700">
      Cập nhật lần {latest.n}, ngày {formatDate(latest.publishedAt)} · <a href="#lich-su-cap-nhat">Lịch sử cập nhật</a>
    </p>
  );
}

function changedLabel(version: PublishedVersion): string {
  if (version.n === 1) return 'Bản được công nhận lần đầu';
  const parts = [
    version.changed.length > 0 ? `Sửa: ${version.changed.map((key) => VERSIONED_FIELD_LABELS[key]?.toLowerCase() ?? key).join(', ')}` : '',
    version.photosAdded > 0 ? `thêm ${version.photosAdded} ảnh` : '',
  ].filter(Boolean);
  if (parts.length === 0) return 'Cập nhật';
  const label = parts.join('; ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The public history: each version's date, what it changed and its permalink, newest first. */
export function VersionHistory({ slug, versions, current }: { slug: string; versions: PublishedVersion[]; current?: number }) {
  if (versions.length < 2) return null;
  const latest = versions.at(-1)!.n;
  return (
    <section aria-labelledby="lich-su-cap-nhat" className="mt-8">
      <h2 id="lich-su-cap-nhat" className="text-xl font-semibold">
        Lịch sử cập nhật
      </h2>
      <ol className="mt-3 space-y-2">
        {[...versions].reverse().map((v) => (
          <li key={v.n} className="rounded-md border border-stone-200 bg-white p-3">
            <Link href={v.n === latest ? `/examples/${slug}` : `/examples/${slug}/v/${v.n}`} aria-current={v.n === current ? 'page' : undefined}>
              Phiên bản {v.n}
            </Link>{' '}
            <span className="text-stone-700">
              — ngày {formatDate(v.publishedAt)}
              {v.n === latest ? ' (hiện hành)' : ''}
            </span>
            <p className="mt-1 text-sm text-stone-700">{changedLabel(v)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
