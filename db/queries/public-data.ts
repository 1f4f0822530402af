import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { publicDataVersion } from '../schema';

/** Moves on every change the public can see (triggers of migration 0007). */
export async function readPublicDataVersion(db: Db): Promise<number> {
  const [row] = await db.select({ version: publicDataVersion.version }).from(publicDataVersion).where(eq(publicDataVersion.id, 1));
  return row?.version ?? 0;
}
