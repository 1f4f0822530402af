import 'server-only';
import type { Db } from '@/db/client';
import { statsConditions, type StatsScope } from '@/db/queries/stats';
import { countSustainability } from '@/db/queries/sustainability';
import type { ExampleFilters } from '@/lib/domain/example-filters';
import { SUSTAINABILITY_HORIZONS, type Sustainability } from '@/lib/domain/sustainability';

/** "Tính bền vững" of the examples the statistics page counts, one entry per horizon, empty ones included. */
export async function getSustainability(
  db: Db,
  scope: Omit<StatsScope, 'areaPath'> & { areaFilters: Pick<ExampleFilters, 'province' | 'district' | 'commune'> },
): Promise<Sustainability[]> {
  const rows = await countSustainability(db, statsConditions(scope));
  return SUSTAINABILITY_HORIZONS.map((after) => {
    const row = rows.find((r) => r.after === after);
    const counted = row?.counted ?? 0;
    return {
      after,
      examples: row?.examples ?? 0,
      counted,
      stillOut: row?.stillOut ?? 0,
      fellBack: row?.fellBack ?? 0,
      share: counted > 0 ? (row?.stillOut ?? 0) / counted : null,
    };
  });
}
