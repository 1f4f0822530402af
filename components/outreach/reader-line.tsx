import type { ReaderFigures } from '@/lib/domain/outreach';
import { formatNumber } from '@/lib/format';
import { RatingSummary } from './rating-summary';

/** Under the example's title: "1.235 lượt xem · ★ 4,6 – 37 lượt đánh giá", the rating a link to the rating form. */
export function ReaderLine({ figures }: { figures: ReaderFigures }) {
  return (
    <p className="mt-2 flex flex-wrap gap-x-2 text-sm text-stone-700">
      {figures.views > 0 && (
        <>
          <span>{formatNumber(figures.views)} lượt xem</span>
          <span aria-hidden="true">·</span>
        </>
      )}
      <a href="#danh-gia" className="text-stone-800">
        <RatingSummary figures={figures.rating} emptyText="Đánh giá điển hình này" />
      </a>
    </p>
  );
}
