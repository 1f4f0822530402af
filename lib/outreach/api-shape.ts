import { NO_READER_FIGURES, type ReaderFigures } from '@/lib/domain/outreach';

/** `views` and `rating: { average, count }` of an API item; the average to two decimals, null before any rating. */
export function toApiReaderFigures(figures: ReaderFigures = NO_READER_FIGURES) {
  const { average, count } = figures.rating;
  return { views: figures.views, rating: { average: average === null ? null : Math.round(average * 100) / 100, count } };
}

export type ApiReaderFigures = ReturnType<typeof toApiReaderFigures>;
