import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runMigrations } from '../db/migrate';
import { isDatabaseEmpty, seedDemo } from '../db/seed';
import { readEnv } from '../lib/env';
import { createDiskStorage } from '../lib/uploads/storage';
import { openScriptDatabase, runScript } from './database';

// `npm start`: build if needed, migrate, seed an empty embedded database, then serve.
// Migration and seeding finish and close the database before the server opens it:
// PGlite has no lock between processes.

const SOURCE_DIRS = ['app', 'components', 'lib', 'db', 'public'];
const SOURCE_FILES = ['next.config.ts', 'package.json', 'package-lock.json', 'postcss.config.mjs', 'proxy.ts'];

function newestSourceTime(): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      if (path.endsWith(join('db', 'data'))) return;
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  [...SOURCE_DIRS, ...SOURCE_FILES].forEach(visit);
  return newest;
}

function buildIfNeeded(): void {
  const buildId = join('.next', 'BUILD_ID');
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceTime()) return;
  console.log('› Đang dựng ứng dụng (next build)…');
  const result = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Dựng ứng dụng thất bại (next build).');
}

runScript(async () => {
  const env = readEnv();
  buildIfNeeded();
  const database = await openScriptDatabase();
  try {
    await runMigrations(database);
    if (database.driver === 'pglite' && (await isDatabaseEmpty(database.db))) {
      console.log('› Cơ sở dữ liệu nhúng còn trống: nạp dữ liệu mẫu…');
      await seedDemo(database.db, createDiskStorage(env.UPLOAD_DIR));
    }
  } finally {
    await database.close();
  }
  const port = process.env.PORT ?? '3000';
  console.log(`› Gương sáng: http://localhost:${port} (${database.driver})`);
  // The page cache in front of Next (scripts/server.ts) serves what `next start` would.
  const server = spawn(process.execPath, ['--import', 'tsx', join('scripts', 'server.ts'), '-p', port], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  await new Promise<void>((resolve, reject) =>
    server.on('exit', (code) => (code === 0 || code === null ? resolve() : reject(new Error(`Máy chủ kết thúc với mã ${code}`)))),
  );
});
