// npm run bench:seed -- [--examples 100000] [--reset] [--force] [--seed N] [--batch 1000]
// Synthetic load data in the bench database (DATABASE_URL, default guongsang_bench).
import { and, count, eq } from 'drizzle-orm';
import { importAdminData, readAdminData } from '../../db/admin-import';
import { checkConnection, createDatabase, type Db } from '../../db/client';
import { runMigrations } from '../../db/migrate';
import { adminUnits } from '../../db/schema';
import { readEnv } from '../../lib/env';
import { createDiskStorage } from '../../lib/uploads/storage';
import { runScript } from '../database';
import { benchDatabaseUrl, describeUrl, ensureDatabaseExists, hasFlag, readIntFlag } from './args';
import { countSynthetic } from './fixtures';
import { seedBenchData } from './seed-data';

async function communeCount(db: Db, tree: '2024' | '2025', level: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(adminUnits).where(and(eq(adminUnits.tree, tree), eq(adminUnits.level, level)));
  return Number(row?.n ?? 0);
}

/** Both national trees, unless every commune of the shipped files is already there. */
async function importUnitsIfAbsent(db: Db): Promise<void> {
  const data = readAdminData();
  const want24 = data.units2024.filter((u) => u.level === 3).length;
  const want25 = data.units2025.filter((u) => u.level === 2).length;
  if ((await communeCount(db, '2024', 3)) >= want24 && (await communeCount(db, '2025', 2)) >= want25) return;
  console.log('› Nạp địa giới hành chính toàn quốc (hai hệ 2024 và 2025)…');
  const result = await importAdminData(db, data);
  console.log(`  ${result.units.toLocaleString('vi-VN')} đơn vị, ${result.mappings.toLocaleString('vi-VN')} dòng chuyển đổi.`);
}

function progressPrinter(startedAt: number) {
  let lastShown = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (done < total && now - lastShown < 2000) return;
    lastShown = now;
    const seconds = (now - startedAt) / 1000;
    const rate = Math.round(done / Math.max(seconds, 0.001));
    console.log(`  ${done.toLocaleString('vi-VN')}/${total.toLocaleString('vi-VN')} hồ sơ · ${seconds.toFixed(1)} s · ${rate.toLocaleString('vi-VN')} hồ sơ/s`);
  };
}

runScript(async () => {
  const argv = process.argv.slice(2);
  const examples = readIntFlag(argv, 'examples', 100_000, 1, 5_000_000);
  const seed = readIntFlag(argv, 'seed', 20_250_701, 1, 2 ** 31);
  const batchSize = readIntFlag(argv, 'batch', 1000, 10, 5000);
  const url = benchDatabaseUrl();
  const started = Date.now();
  if (await ensureDatabaseExists(url)) console.log(`› Đã tạo cơ sở dữ liệu ${describeUrl(url)}.`);
  const database = createDatabase({ databaseUrl: url, poolSize: 3 });
  try {
    await checkConnection(database, url);
    await runMigrations(database);
    await importUnitsIfAbsent(database.db);
    console.log(`› Nạp ${examples.toLocaleString('vi-VN')} điển hình tổng hợp vào ${describeUrl(url)}…`);
    const loadStarted = Date.now();
    const result = await seedBenchData(database, {
      examples,
      seed,
      batchSize,
      force: hasFlag(argv, 'force'),
      reset: hasFlag(argv, 'reset'),
      storage: createDiskStorage(readEnv().UPLOAD_DIR),
      onProgress: progressPrinter(loadStarted),
    });
    const totals = await countSynthetic(database.db);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.deleted > 0) console.log(`  Đã xoá ${result.deleted.toLocaleString('vi-VN')} hồ sơ tổng hợp cũ (--reset).`);
    const states = Object.entries(result.byStatus).map(([s, n]) => `${s} ${n.toLocaleString('vi-VN')}`).join(', ');
    console.log(`✓ Thêm ${(result.approved + result.extra).toLocaleString('vi-VN')} hồ sơ (${states}) trong ${seconds} s.`);
    console.log(`  Cơ sở dữ liệu có ${totals.approved.toLocaleString('vi-VN')} điển hình tổng hợp đã công nhận, ${totals.total.toLocaleString('vi-VN')} hồ sơ tổng hợp.`);
  } finally {
    await database.close();
  }
});
