import { resolve } from 'node:path';
import { readEnv } from '../lib/env';
import { restore } from '../lib/ops/backup';
import { openS3Storage } from '../lib/uploads/configured';
import { runScript } from './database';

/**
 * npm run restore -- DIR: into an empty database (DATABASE_URL or PGLITE_DIR) and an empty UPLOAD_DIR only;
 * a backup made with STORAGE_URL restores the database once the configured bucket holds every file it lists.
 */
runScript(async () => {
  const dir = process.argv[2];
  if (!dir) throw new Error('Cách dùng: npm run restore -- <thư mục sao lưu>');
  const env = readEnv();
  const { manifest, counts, bucketFiles } = await restore({
    inDir: resolve(dir),
    databaseUrl: env.DATABASE_URL,
    pgliteDir: env.PGLITE_DIR,
    uploadDir: env.UPLOAD_DIR,
    bucket: openS3Storage(env),
  });
  const same = Object.entries(manifest.counts).every(([table, n]) => counts[table] === n);
  if (!same) throw new Error(`Số dòng sau khôi phục khác bản sao lưu: ${JSON.stringify({ backup: manifest.counts, restored: counts })}`);
  const files = bucketFiles === undefined ? `${manifest.uploads} tệp` : `kiểm tra đủ ${bucketFiles} tệp trong bucket (không chép tệp)`;
  console.log(`✓ Đã khôi phục ${counts.nominations} hồ sơ và ${files}; số dòng khớp bản sao lưu.`);
});
