import { foldVietnamese } from '@/lib/domain/fold';

export interface SearchableNomination {
  title: string;
  nomineeName: string;
  publishMode: string;
  summary: string;
  story: string;
  placeNames: string[];
  unitName: string;
}

/**
 * The folded text the public search runs over. An anonymised nominee's name is left out:
 * searching for a person must not reveal a page that hides them. `fold` is for the bench's
 * seed, which folds 100 000 stories with a memoized copy of the same fold.
 */
export function buildSearchDocument(n: SearchableNomination, fold: (text: string) => string = foldVietnamese): string {
  const parts = [n.title, n.publishMode === 'anonymised' ? '' : n.nomineeName, n.summary, n.story, ...n.placeNames, n.unitName];
  return fold(parts.filter(Boolean).join(' \n ')).replace(/\s+/g, ' ').trim();
}
