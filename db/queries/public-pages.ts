// What each cached public page reads, in one call. The page wraps the call in the public data
// cache; the bench (scripts/bench/db-cases.ts) times the very same call.
import type { AdminTree } from '@/lib/domain/vocabulary';
import type { ExampleFilters } from '@/lib/domain/example-filters';
import type { Db } from '../client';
import { listAncestry, listNewCommunesOfOld, listOldCommunesOfNew } from './admin-units';
import { countExamplesByYear, listAreasWithExamples, listBusiestCommunes } from './communes';
import { findPublishedExample, listRelatedExamples } from './example-detail';
import { listPublishedVersions } from './example-versions';
import { getHeadlineTotals, listCampaigns, listLatestExamples, listPublishedExamples, sumExampleImpact } from './examples';
import { listPublicComments } from './reader-comments';
import { PUBLIC_COMMENTS_SHOWN } from '@/lib/domain/reader-comments';

/** The newest examples a commune page shows; the list page pages through the rest. */
export const COMMUNE_PAGE_EXAMPLES = 60;
const FEED_SIZE = 30;

export async function getHomePageData(db: Db) {
  const [totals, latest, campaigns, years, communes, districts] = await Promise.all([
    getHeadlineTotals(db),
    listLatestExamples(db, { limit: 6 }),
    listCampaigns(db),
    countExamplesByYear(db),
    listBusiestCommunes(db, { limit: 8 }),
    listAreasWithExamples(db, { maxDistricts: 12 }),
  ]);
  return { totals, latest, campaigns, years, communes, districts };
}

/** A published example, three related ones and its published reader comments, or null. */
export async function getExamplePageData(db: Db, { slug }: { slug: string }) {
  const found = await findPublishedExample(db, { slug });
  if (!found) return null;
  const { example, parts } = found;
  const [related, versions, comments] = await Promise.all([
    listRelatedExamples(db, { example, limit: 3 }),
    listPublishedVersions(db, { nominationId: example.id, approvedAt: example.approvedAt, recorded: parts.versions }),
    // The card counts the published comments: none, nothing to ask for.
    example.commentCount > 0 ? listPublicComments(db, { nominationId: example.id, limit: PUBLIC_COMMENTS_SHOWN }) : Promise.resolve([]),
  ]);
  return { example, related, versions, comments };
}

/** The commune with this code in the first of `trees` that has one, with its examples; or null. */
export async function getCommunePageData(db: Db, { trees, code }: { trees: AdminTree[]; code: string }) {
  for (const tree of trees) {
    const chain = await listAncestry(db, { tree, code });
    const commune = chain[0];
    if (!commune || commune.level !== (tree === '2024' ? 3 : 2)) continue;
    const filters = { commune: { tree: commune.tree, code: commune.code }, sort: 'newest' as const };
    // The commune is known: the list and the totals need not look it up again.
    const area = { province: null, district: null, commune, unknown: null };
    const [page, totals, related] = await Promise.all([
      listPublishedExamples(db, { filters, limit: COMMUNE_PAGE_EXAMPLES, area }),
      sumExampleImpact(db, { filters, area }),
      commune.tree === '2025' ? listOldCommunesOfNew(db, { newCode: commune.code }) : listNewCommunesOfOld(db, { oldCode: commune.code }),
    ]);
    return { commune, chain, page, totals, related };
  }
  return null;
}

/** The newest examples of an area, for /feed.xml. */
export function listFeedExamples(db: Db, { area }: { area: Pick<ExampleFilters, 'province' | 'district' | 'commune'> }) {
  return listPublishedExamples(db, { filters: { ...area, sort: 'newest' }, limit: FEED_SIZE });
}
