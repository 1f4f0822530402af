import type { LookupSource } from '@/components/ui/combobox-state';
import type { AdminTree } from '@/lib/domain/vocabulary';

/** One match from /api/v1/communes, as the type-aheads show it. */
export interface CommuneMatch {
  /** "tree:code", the same value the commune select of the filters submits. */
  value: string;
  name: string;
  parent: string | null;
  tree: AdminTree;
}

/** Short names of the two trees: the same name often exists in both, so each match says which. */
export const TREE_SHORT_LABELS: Record<AdminTree, string> = {
  '2024': 'trước 01/07/2025',
  '2025': 'từ 01/07/2025',
};

const VALUE_PATTERN = /^(2024|2025):\d{5}$/;

function communeLookupUrl(query: string): string {
  return `/api/v1/communes?q=${encodeURIComponent(query)}`;
}

/** Keeps the well-formed items of a response; anything else in the body is ignored. */
export function parseCommuneMatches(body: unknown): CommuneMatch[] {
  const items = (body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) throw new Error('unexpected response from /api/v1/communes');
  const out: CommuneMatch[] = [];
  for (const item of items as Record<string, unknown>[]) {
    if (!item || typeof item !== 'object') continue;
    const { value, name, parent } = item;
    if (typeof value !== 'string' || !VALUE_PATTERN.test(value) || typeof name !== 'string' || !name) continue;
    out.push({ value, name, parent: typeof parent === 'string' && parent ? parent : null, tree: value.slice(0, 4) as AdminTree });
  }
  return out;
}

/** Communes of either tree, by name, for the public finder and the nomination form alike. */
export const communeSource: LookupSource<CommuneMatch> = { url: communeLookupUrl, parse: parseCommuneMatches };
