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
