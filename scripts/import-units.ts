import { importAdminData, readAdminData, ADMIN_DATA_DIR } from '../db/admin-import';
import { runMigrations } from '../db/migrate';
import { openScriptDatabase, runScript } from './database';

// Usage: npm run db:import-units [-- --dir <folder with units-2024, units-2025, mapping-2025 .json(.gz)>]
runScript(async () => {
  const dirFlag = process.argv.indexOf('--dir');
  const dir = dirFlag > 0 ? process.argv[dirFlag + 1] : ADMIN_DATA_DIR;
  if (!dir) throw new Error('Thiếu thư mục sau --dir');
  // Parse everything before touching the database: a bad line changes nothing.
  const data = readAdminData(dir);
  const database = await openScriptDatabase();
  try {
    await runMigrations(database);
    const result = await importAdminData(database.db, data);
    console.log(`✓ Đã nạp ${result.units} đơn vị hành chính và ${result.mappings} dòng chuyển đổi.`);
  } finally {
    await database.close();
  }
});
