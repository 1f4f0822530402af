import { runMigrations } from '../db/migrate';
import { isDatabaseEmpty, seedDemo } from '../db/seed';
import { readEnv } from '../lib/env';
import { openStorage } from '../lib/uploads/configured';
import { openScriptDatabase, runScript } from './database';

runScript(async () => {
  const database = await openScriptDatabase();
  try {
    await runMigrations(database);
    if (!(await isDatabaseEmpty(database.db))) {
      console.log('Cơ sở dữ liệu đã có dữ liệu; không nạp dữ liệu mẫu.');
      return;
    }
    const result = await seedDemo(database.db, openStorage(readEnv()));
    console.log(`✓ Đã nạp dữ liệu mẫu: ${result.nominations} hồ sơ (${database.driver}).`);
  } finally {
    await database.close();
  }
});
