import { NOMINEE_KIND_LABELS, type NomineeKind } from '@/lib/domain/vocabulary';

/** What the public sees instead of the name when consent asks for anonymity. */
export function publicNomineeName(example: { nomineeName: string; anonymised: boolean; nomineeKind: NomineeKind }): string {
  if (!example.anonymised) return example.nomineeName;
  return `${NOMINEE_KIND_LABELS[example.nomineeKind]} (ẩn danh theo nguyện vọng)`;
}

export function photoUrl(id: string, size: 'thumb' | 'large' = 'large'): string {
  return size === 'thumb' ? `/files/${id}?size=thumb` : `/files/${id}`;
}

/** Paragraphs of plain user text; never HTML. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The place as one line of text, as PlaceLine shows it: "Xã Phước Minh, Huyện Bù Gia Mập, Tỉnh Bình Phước · nay là Xã Đa Kia, Tỉnh Đồng Nai". */
export function placeText(example: {
  commune: { code: string; name: string; tree: string };
  district: { name: string } | null;
  province: { name: string } | null;
  nowPartOf: { code: string; name: string }[];
}): string {
  const changed = example.nowPartOf.filter((c) => !(c.code === example.commune.code && example.commune.tree === '2025'));
  const place = [example.commune.name, example.district?.name, example.province?.name].filter(Boolean).join(', ');
  return changed.length > 0 ? `${place} · nay là ${changed.map((c) => c.name).join('; ')}` : place;
}
