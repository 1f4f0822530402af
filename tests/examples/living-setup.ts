import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { nominations } from '@/db/schema';
import { DEMO_NOMINATIONS } from '@/db/seed/demo-nominations';

/** The id and slug of a demo nomination, by its demo key. */
export async function demoRow(db: Db, key: string) {
  const demo = DEMO_NOMINATIONS.find((n) => n.key === key);
  if (!demo) throw new Error(`no demo ${key}`);
  const [row] = await db
    .select({ id: nominations.id, slug: nominations.slug, status: nominations.status })
    .from(nominations)
    .where(eq(nominations.title, demo.title));
  if (!row) throw new Error(`not seeded: ${key}`);
  return row;
}

export const BO_PHU_NGHIA = 'ngan-hang-bo-phu-nghia';
export const BO_BINH_THANG = 'ngan-hang-bo-binh-thang';
export const DIEU_DUC_HANH = 'hop-tac-xa-dieu-duc-hanh';
