import { resolve } from 'node:path';
import { readEnv } from '../lib/env';
import { backup } from '../lib/ops/backup';
import { openScriptDatabase, runScript } from './database';

/** npm run backup -- --out DIR: the database, the uploads and a checksum list (see README, "Backups"). */
runScript(async () => {
  const at = process.argv.indexOf('--out');
  const out = at >= 0 ? process.argv[at + 1] : undefined;
  if (!out) throw new Error('Cách dùng: npm run backup -- --out <thư mục trống>');
  const env = readEnv();
  const database = await openScriptDatabase();
  try {
    const manifest = await backup({ database, databaseUrl: env.DATABASE_URL, uploadDir: env.UPLOAD_DIR, outDir: resolve(out) });
    console.log(`✓ Đã sao lưu vào ${resolve(out)}: ${manifest.counts.nominations} hồ sơ, ${manifest.uploads} tệp tải lên (${manifest.driver}).`);
  } finally {
    await database.close();
  }
});
