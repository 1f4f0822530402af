import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { searchCommunes } from '@/db/queries/communes';
import { ADMIN_TREE_LABELS } from '@/lib/domain/vocabulary';
import { apiError, preflight, PUBLIC_API_HEADERS } from '@/lib/http';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const q = (new URL(request.url).searchParams.get('q') ?? '').normalize('NFC');
  if (q.length > 100) return apiError(400, 'invalid_q', 'Từ khoá tìm xã quá dài (tối đa 100 ký tự).');
  const rows = await cachedPublicData(publicCacheKey('communes', { q }), (db) => searchCommunes(db, { q, limit: 20 }));
  return Response.json(
    {
      items: rows.map((r) => ({
        code: r.code,
        value: `${r.tree}:${r.code}`,
        name: r.fullName,
        parent: r.parentName,
        tree: r.tree,
        treeLabel: ADMIN_TREE_LABELS[r.tree],
      })),
    },
    { headers: PUBLIC_API_HEADERS },
  );
}

export const OPTIONS = preflight;
