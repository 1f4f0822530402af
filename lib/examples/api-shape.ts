import type { ExampleCard } from '@/db/queries/examples';
import type { ExampleDetail } from '@/db/queries/example-detail';
import { photoUrl, publicNomineeName } from './present';

/** The public API's item (DESIGN §5): only public fields, whatever the row holds. */
export function toApiItem(card: ExampleCard, base: string, photos: ExampleDetail['photos'] = card.cover ? [card.cover] : []) {
  return {
    slug: card.slug,
    title: card.title,
    nomineeKind: card.nomineeKind,
    field: card.field,
    nomineeName: publicNomineeName(card),
    summary: card.summary,
    commune: { code: card.commune.code, name: card.commune.name },
    district: card.district ? { code: card.district.code, name: card.district.name } : null,
    province: card.province ? { code: card.province.code, name: card.province.name } : null,
    campaign: { slug: card.campaign.slug, name: card.campaign.name },
    year: card.year,
    impact: { ...card.impact },
    photos: card.anonymised ? [] : photos.map((p) => ({ url: `${base}${photoUrl(p.id)}`, caption: p.caption, width: p.width, height: p.height })),
    approvedAt: card.approvedAt.toISOString(),
    version: card.version,
    updatedAt: card.updatedAt.toISOString(),
    /** Published reader comments; their authors' e-mails are never public. */
    commentCount: card.commentCount,
    url: `${base}/examples/${card.slug}`,
  };
}

export type ApiItem = ReturnType<typeof toApiItem>;
