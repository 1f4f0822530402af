// Views and ratings of examples: shapes shared by db/ and lib/ (this folder is the leaf both import).

/** Views of one example on one day, as the counter hands them to the database. */
export interface ViewCount {
  slug: string;
  /** Vietnam's calendar day, YYYY-MM-DD. */
  day: string;
  views: number;
}

/** Readers' ratings of one example. */
export interface RatingFigures {
  /** Mean of the stars, null while nobody has rated. */
  average: number | null;
  count: number;
}

export const NO_RATINGS: RatingFigures = { average: null, count: 0 };

/** What the example page, the API and the open data show of an example's readers. */
export interface ReaderFigures {
  /** Views over all days, as last flushed (a flush every 30 seconds per server process). */
  views: number;
  rating: RatingFigures;
}

export const NO_READER_FIGURES: ReaderFigures = { views: 0, rating: NO_RATINGS };

/** How many examples /stats lists as the most viewed. */
export const MOST_VIEWED_TOP = 10;

export interface MostViewedExample {
  slug: string;
  title: string;
  communeName: string;
  views: number;
}
