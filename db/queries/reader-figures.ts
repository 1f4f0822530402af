import { NO_RATINGS, type ReaderFigures } from '@/lib/domain/outreach';
import type { Executor } from '../client';
import { getRatingSummariesOf } from './ratings';
import { getViewTotalsOf } from './view-counts';

/** Views and ratings of many examples in two queries: a page of the API, a batch of the open data. */
export async function listReaderFiguresOf(db: Executor, ids: readonly string[]): Promise<Map<string, ReaderFigures>> {
  const [views, ratings] = await Promise.all([getViewTotalsOf(db, ids), getRatingSummariesOf(db, ids)]);
  return new Map(ids.map((id) => [id, { views: views.get(id) ?? 0, rating: ratings.get(id) ?? NO_RATINGS }]));
}
