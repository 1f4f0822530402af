import type { RatingFigures } from '@/lib/domain/outreach';
import { formatNumber, formatOneDecimal } from '@/lib/format';

/** "★ 4,6 – 37 lượt đánh giá", read out as "Điểm trung bình 4,6 trên 5 sao, 37 lượt đánh giá". */
export function RatingSummary({ figures, emptyText = 'Chưa có lượt đánh giá nào.' }: { figures: RatingFigures; emptyText?: string }) {
  if (figures.count === 0 || figures.average === null) return <>{emptyText}</>;
  return (
    <>
      <span aria-hidden="true" className="text-gold-500">
        ★{' '}
      </span>
      <span className="sr-only">Điểm trung bình </span>
      <strong>{formatOneDecimal(figures.average)}</strong>
      <span className="sr-only"> trên 5 sao,</span> – {formatNumber(figures.count)} lượt đánh giá
    </>
  );
}
