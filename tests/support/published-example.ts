import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { campaigns, units } from '@/db/schema';

/** A published model of the demo's farmers' association in Phú Nghĩa (2024:25267), 2024 unless given: tests change the rest. */
export async function insertPublished(db: Db, { title, nomineeName = 'Tổ hợp tác', year = 2024 }: { title: string; nomineeName?: string; year?: number }) {
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.name, 'Hội Nông dân huyện Bù Gia Mập'));
  const [campaign] = await db.select({ id: campaigns.id }).from(campaigns);
  return insertNomination(db, {
    campaignId: campaign!.id,
    year,
    communeTree: '2024',
    communeCode: '25267',
    unitId: unit!.id,
    nomineeKind: 'model',
    field: 'jobs',
    title,
    nomineeName,
    status: 'approved',
  });
}
