import { resolve } from 'node:path';
import { readEnv } from '../lib/env';
import { checkStoredFiles } from '../lib/ops/storage-check';
import { openS3Storage, openStorage } from '../lib/uploads/configured';
import { describeLocation } from '../lib/uploads/storage-url';
import { openScriptDatabase, runScript } from './database';

const COLUMN_NAMES = { storage_key: 'tệp chính', thumbnail_key: 'ảnh thu nhỏ' } as const;
const KIND_NAMES: Record<string, string> = { photo: 'ảnh', document: 'tài liệu' };

/** npm run storage:check: every row naming a file, checked against the configured storage; exits 1 when some are missing. */
runScript(async () => {
  const env = readEnv();
  const bucket = openS3Storage(env);
  const where = bucket ? describeLocation(bucket.location) : `thư mục ${resolve(env.UPLOAD_DIR)}`;
  const database = await openScriptDatabase();
  try {
    const result = await checkStoredFiles(database.db, openStorage(env));
    if (result.missing.length === 0) {
      console.log(`✓ ${result.rows} tệp đính kèm (${result.files} tệp) đều có trong ${where}.`);
      return;
    }
    console.error(`✗ ${result.missing.length}/${result.rows} tệp đính kèm thiếu tệp trong ${where}:`);
    for (const row of result.missing) {
      const lacks = row.missing.map(({ column, key }) => `${COLUMN_NAMES[column]} ${key}`).join(', ');
      console.error(
        `  - attachments ${row.attachmentId} (${KIND_NAMES[row.kind] ?? row.kind} của hồ sơ "${row.nominationTitle}", ${row.nominationId}): thiếu ${lacks}`,
      );
    }
    throw new Error(`Thiếu tệp cho ${result.missing.length} tệp đính kèm.`);
  } finally {
    await database.close();
  }
});
