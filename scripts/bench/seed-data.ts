import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { nominations } from '../../db/schema';
import type { FileStorage } from '../../lib/domain/file-storage';
import { loadAreaMaps } from './area-maps';
import { assertOnlySyntheticData, deleteSyntheticData, ensureCampaign, ensureUnits, writeSharedPhotos } from './fixtures';
import { generateNomination, type GeneratedNomination, type GeneratorContext } from './generate';
import { insertBatch } from './insert';
import { EXTRA_STATUS_WEIGHTS, type SyntheticStatus } from './lifecycle';
import { Rng } from './rng';
import { SlugAllocator } from './slugs';

export interface SeedOptions {
  /** Approved (published) examples to add. */
  examples: number;
  /** Nominations in other states, as a share of `examples` (default 0.15). */
  extraShare?: number;
  storage: FileStorage;
  seed?: number;
  batchSize?: number;
  /** Allow a database that holds real (non-synthetic) nominations. */
  force?: boolean;
  /** Delete earlier synthetic nominations first. */
  reset?: boolean;
  /** Batches written at the same time on PostgreSQL (default 2). */
  writers?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
  approved: number;
  extra: number;
  deleted: number;
  byStatus: Record<SyntheticStatus, number>;
}

function statusPlan(rng: Rng, examples: number, extra: number): SyntheticStatus[] {
  const plan: SyntheticStatus[] = Array.from({ length: examples }, () => 'approved');
  for (let i = 0; i < extra; i++) plan.push(rng.weighted(EXTRA_STATUS_WEIGHTS));
  return rng.shuffle(plan);
}

/**
 * Adds synthetic nominations, `is_synthetic = true` on every row. The administrative map must
 * already be in the database (the CLI imports it; tests import a few provinces).
 */
export async function seedBenchData(database: Database, options: SeedOptions): Promise<SeedResult> {
  const db = database.db;
  await assertOnlySyntheticData(db, options.force ?? false);
  const deleted = options.reset ? await deleteSyntheticData(db, options.storage) : 0;
  const maps = await loadAreaMaps(db);
  if (maps.communes['2024'].length === 0 || maps.communes['2025'].length === 0) {
    throw new Error('Thiếu địa giới hành chính (cần cả hai hệ 2024 và 2025): hãy chạy npm run db:import-units.');
  }
  const rng = new Rng(options.seed ?? 20_250_701);
  const existingSlugs = await db.select({ slug: nominations.slug }).from(nominations);
  const ctx: GeneratorContext = {
    rng,
    maps,
    campaignId: await ensureCampaign(db),
    unitsByProvince: await ensureUnits(db, maps),
    photos: await writeSharedPhotos(options.storage),
    slugs: new SlugAllocator(existingSlugs.map((s) => s.slug)),
    replicable: [],
  };
  const extra = Math.round(options.examples * (options.extraShare ?? 0.15));
  const plan = statusPlan(rng, options.examples, extra);
  const batchSize = options.batchSize ?? 1000;
  const byStatus: Record<SyntheticStatus, number> = { approved: 0, draft: 0, submitted: 0, returned: 0, rejected: 0 };

  // Generating a batch overlaps with writing earlier ones: the database works on the other cores.
  const inFlight: Promise<void>[] = [];
  const writers = database.driver === 'postgres' ? (options.writers ?? 2) : 1;
  for (let start = 0; start < plan.length; start += batchSize) {
    const batch: GeneratedNomination[] = [];
    for (const status of plan.slice(start, start + batchSize)) {
      batch.push(generateNomination(ctx, status));
      // Lets the sockets drain while the generator works.
      if (batch.length % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    if (inFlight.length >= writers) await inFlight.shift();
    options.onProgress?.(start, plan.length);
    const writing = insertBatch(database, batch).then(() => {
      // Only committed rows may be pointed at by later batches.
      for (const g of batch) {
        if (g.row.status === 'approved' && g.row.nomineeKind === 'model' && ctx.replicable.length < 2000) ctx.replicable.push(g.row.id!);
      }
    });
    // Handled when awaited; without this a failure mid-generation would crash the process first.
    writing.catch(() => {});
    inFlight.push(writing);
    for (const g of batch) byStatus[g.row.status as SyntheticStatus]++;
  }
  await Promise.all(inFlight);
  options.onProgress?.(plan.length, plan.length);
  // Fresh statistics, or the planner judges 100 000 rows by the handful it saw last time; the vacuum
  // sets the visibility map, without which facet counts cannot read their index alone (as autovacuum would, later).
  for (const table of ['nominations', 'attachments', 'nomination_events']) await db.execute(sql.raw(`VACUUM (ANALYZE) ${table}`));
  return { approved: options.examples, extra, deleted, byStatus };
}
