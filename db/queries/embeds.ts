import 'server-only';
import type { AdminTree, NomineeKind } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { listAncestry } from './admin-units';
import { getCampaignBySlug } from './campaigns';
import { listPublishedExamples, type ExampleCard } from './examples';

/** How many of the newest examples an embedded list shows. */
export const EMBED_EXAMPLES = 8;

export interface EmbedItem {
  slug: string;
  title: string;
  nomineeKind: NomineeKind;
  commune: string;
  year: number;
}

export interface EmbedList {
  /** The commune or campaign the list is of, and where it sits (the commune's district and province). */
  name: string;
  context: string;
  total: number;
  items: EmbedItem[];
}

const toItem = (card: ExampleCard): EmbedItem => ({
  slug: card.slug,
  title: card.title,
  nomineeKind: card.nomineeKind,
  commune: card.commune.name,
  year: card.year,
});

/** The newest examples of the commune with this code in the first of `trees` that has one, or null. */
export async function getCommuneEmbed(db: Db, { trees, code }: { trees: AdminTree[]; code: string }): Promise<(EmbedList & { tree: AdminTree }) | null> {
  for (const tree of trees) {
    const chain = await listAncestry(db, { tree, code });
    const commune = chain[0];
    if (!commune || commune.level !== (tree === '2024' ? 3 : 2)) continue;
    const page = await listPublishedExamples(db, { filters: { commune: { tree, code }, sort: 'newest' }, limit: EMBED_EXAMPLES });
    return {
      tree,
      name: commune.fullName,
      context: chain
        .slice(1)
        .map((u) => u.fullName)
        .join(', '),
      total: page.total,
      items: page.items.map(toItem),
    };
  }
  return null;
}

/** The newest examples of a campaign, or null when no campaign has this slug. */
export async function getCampaignEmbed(db: Db, { slug }: { slug: string }): Promise<EmbedList | null> {
  const campaign = await getCampaignBySlug(db, slug);
  if (!campaign) return null;
  const page = await listPublishedExamples(db, { filters: { campaign: slug, sort: 'newest' }, limit: EMBED_EXAMPLES });
  return { name: campaign.name, context: `${campaign.startYear}–${campaign.endYear}`, total: page.total, items: page.items.map(toItem) };
}
