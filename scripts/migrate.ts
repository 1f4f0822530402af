import { runMigrations } from '../db/migrate';
import { openScriptDatabase, runScript } from './database';

runScript(async () => {
  const database = await openScriptDatabase();
  try {
    await runMigrations(database);
    console.log(`✓ Đã cập nhật cấu trúc cơ sở dữ liệu (${database.driver}).`);
  } finally {
    await database.close();
  }
});
