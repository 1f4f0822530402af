import { runMigrations } from '../db/migrate';
import { isDatabaseEmpty, seedDemo } from '../db/seed';
import { readEnv } from '../lib/env';
import { createDiskStorage } from '../lib/uploads/storage';
import { openScriptDatabase, runScript } from './database';

runScript(async () => {
  const database = await openScriptDatabase();
  try {
    await runMigrations(database);
    if (!(await isDatabaseEmpty(database.db))) {
      console.log('Cơ sở dữ liệu đã có dữ liệu; không nạp dữ liệu mẫu.');
      return;
    }
    const result = await seedDemo(database.db, createDiskStorage(readEnv().UPLOAD_DIR));
    console.log(`✓ Đã nạp dữ liệu mẫu: ${result.nominations} hồ sơ (${database.driver}).`);
  } finally {
    await database.close();
  }
});
