import 'server-only';
import type { Db } from '@/db/client';
import { getCommuneLabel } from '@/db/queries/admin-units';
import { listOpenCampaigns } from '@/db/queries/campaigns';
import { getNominationTitle } from '@/db/queries/nomination-record';
import type { AdminTree } from '@/lib/domain/vocabulary';

/** What every nomination form needs: the campaigns open now. */
export async function loadCampaigns(db: Db) {
  const rows = await listOpenCampaigns(db);
  return rows.map((c) => ({ id: c.id, shortName: c.shortName, startYear: c.startYear, endYear: c.endYear }));
}

export async function communeLabel(db: Db, tree: AdminTree, code: string) {
  return getCommuneLabel(db, { tree, code });
}

export async function exampleTitle(db: Db, id: string | null) {
  return id ? getNominationTitle(db, { id }) : null;
}
