import type { NoticeItem } from '@/db/queries/notices';

/** The public API's shape of a dossier in notice: public fields only, no name when consent asks for anonymity. */
export function toNoticeApiItem(item: NoticeItem, base: string) {
  return {
    id: item.id,
    title: item.title,
    nomineeKind: item.nomineeKind,
    commune: { code: item.commune.code, name: item.commune.name },
    unit: item.unitName,
    campaign: item.campaign,
    year: item.year,
    noticeStartsAt: item.noticeStartsAt.toISOString(),
    noticeEndsAt: item.noticeEndsAt.toISOString(),
    url: `${base}/notices/${item.id}`,
  };
}
