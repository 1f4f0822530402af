import Link from 'next/link';
import type { ExampleStats } from '@/lib/domain/stats';
import { formatNumber } from '@/lib/format';
import { communeHref } from '@/lib/stats/links';

export function ReplicatedModels({ replicated }: { replicated: ExampleStats['replicated'] }) {
  const { models, modelCount } = replicated;
  return (
    <section aria-labelledby="nhan-rong" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="nhan-rong" className="text-lg font-semibold">
        Mô hình được nhân rộng nhiều nhất
      </h2>
      <p className="mt-1 text-stone-700">
        Tính theo các điển hình trong phạm vi đã chọn được ghi nhận là nhân rộng từ một mô hình đã được công nhận.
        {modelCount > models.length && ` Hiển thị ${formatNumber(models.length)} trong số ${formatNumber(modelCount)} mô hình.`}
      </p>
      {models.length === 0 ? (
        <p className="mt-3">Chưa có mô hình nào được nhân rộng trong phạm vi này.</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {models.map((model) => (
            <li key={model.id} className="rounded-md border border-stone-200 p-3">
              <p className="font-semibold">
                <Link href={`/examples/${model.slug}`}>{model.title}</Link>
              </p>
              <p className="text-sm text-stone-700">
                Nơi khởi đầu: <Link href={communeHref(model.origin)}>{model.origin.name}</Link>
              </p>
              <p className="text-sm text-stone-800">
                Nhân rộng {formatNumber(model.replications)} lần, ở {formatNumber(model.communes.length)} xã, phường:{' '}
                {model.communes.map((c, i) => (
                  <span key={`${c.tree}${c.code}`}>
                    {i > 0 && (i === model.communes.length - 1 ? ' và ' : ', ')}
                    <Link href={communeHref(c)}>{c.name}</Link>
                    {c.count > 1 && ` (${formatNumber(c.count)} lần)`}
                  </span>
                ))}
                .
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
