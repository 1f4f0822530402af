import type { LookupSource } from '@/components/ui/combobox-state';
import { isUuid } from '@/lib/domain/ids';

const EXAMPLE_LOOKUP_LIMIT = 8;

/** One published example from /api/v1/examples, as the picker shows it. */
export interface ExampleMatch {
  /** The nomination uuid, when the API gives it (see exampleValue). */
  id: string | null;
  slug: string;
  title: string;
  /** "Xã Đa Kia, Tỉnh Đồng Nai", or null when the item names no place. */
  place: string | null;
  year: number | null;
}

const SLUG_PATTERN = /^[a-z0-9-]{1,200}$/;

export function exampleLookupUrl(query: string): string {
  return `/api/v1/examples?q=${encodeURIComponent(query)}&limit=${EXAMPLE_LOOKUP_LIMIT}`;
}

function placeName(value: unknown): string | null {
  const name = (value as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name ? name : null;
}

/** Keeps the well-formed items of a response; anything else in the body is ignored. */
export function parseExampleMatches(body: unknown): ExampleMatch[] {
  const items = (body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) throw new Error('unexpected response from /api/v1/examples');
  const out: ExampleMatch[] = [];
  for (const item of items as unknown[]) {
    if (!item || typeof item !== 'object') continue;
    const { id, slug, title, commune, province, year } = item as Record<string, unknown>;
    if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug) || typeof title !== 'string' || !title.trim()) continue;
    const place = [placeName(commune), placeName(province)].filter(Boolean).join(', ');
    out.push({
      id: typeof id === 'string' && isUuid(id) ? id.toLowerCase() : null,
      slug,
      title: title.normalize('NFC'),
      place: place ? place.normalize('NFC') : null,
      year: typeof year === 'number' && Number.isInteger(year) ? year : null,
    });
  }
  return out;
}

/** Published examples by the words of their title, as the replication picker looks them up. */
export const exampleSource: LookupSource<ExampleMatch> = { url: exampleLookupUrl, parse: parseExampleMatches };

/**
 * What the hidden replicatesId input posts. The public API has no id today, only the slug, so
 * the slug stands in until it does; the server must resolve it (and check it is published).
 */
export function exampleValue(match: Pick<ExampleMatch, 'id' | 'slug'>): string {
  return match.id ?? match.slug;
}
