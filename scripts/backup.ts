import { resolve } from 'node:path';
import { readEnv } from '../lib/env';
import { backup } from '../lib/ops/backup';
import { openS3Storage } from '../lib/uploads/configured';
import { openScriptDatabase, runScript } from './database';

/** npm run backup -- --out DIR: the database, the uploads (or, with STORAGE_URL, a list of the bucket) and a checksum list (see README, "Backups"). */
runScript(async () => {
  const at = process.argv.indexOf('--out');
  const out = at >= 0 ? process.argv[at + 1] : undefined;
  if (!out) throw new Error('Cách dùng: npm run backup -- --out <thư mục trống>');
  const env = readEnv();
  const bucket = openS3Storage(env);
  const database = await openScriptDatabase();
  try {
    const manifest = await backup({ database, databaseUrl: env.DATABASE_URL, uploadDir: env.UPLOAD_DIR, outDir: resolve(out), bucket });
    const files = bucket ? `danh sách ${manifest.uploads} tệp trong bucket (khoá, kích thước, SHA-256; tệp vẫn ở bucket)` : `${manifest.uploads} tệp tải lên`;
    console.log(`✓ Đã sao lưu vào ${resolve(out)}: ${manifest.counts.nominations} hồ sơ, ${files} (${manifest.driver}).`);
  } finally {
    await database.close();
  }
});
