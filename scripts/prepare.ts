// `npm start`'s first step, in a process of its own that exits: migrate, and seed an empty embedded
// database with the demo data. PGlite keeps its memory until the process ends, so the server never
// shares a process with this; PGlite also has no lock between processes, so this closes before it opens.
import { runMigrations } from '../db/migrate';
import { isDatabaseEmpty, seedDemo } from '../db/seed';
import { readEnv } from '../lib/env';
import { openStorage } from '../lib/uploads/configured';
import { openScriptDatabase, runScript } from './database';

runScript(async () => {
  const env = readEnv();
  const database = await openScriptDatabase();
  try {
    await runMigrations(database);
    if (database.driver === 'pglite' && (await isDatabaseEmpty(database.db))) {
      console.log('› Cơ sở dữ liệu nhúng còn trống: nạp dữ liệu mẫu…');
      await seedDemo(database.db, openStorage(env));
    }
  } finally {
    await database.close();
  }
});
