// Run as a child process by tests/db/kill-durability.test.ts: one acknowledged write, then it waits to be killed.
import { randomBytes } from 'node:crypto';
import { createDatabase } from '@/db/client';
import { campaigns } from '@/db/schema';

async function main() {
  const database = createDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL, poolSize: 2 } : { pgliteDir: process.env.PGLITE_DIR! });
  const slug = `ack-${randomBytes(6).toString('hex')}`;
  await database.db.insert(campaigns).values({ slug, name: 'Đợt ghi thử', shortName: 'Ghi thử', description: '', startYear: 2026, endYear: 2026 });
  // Only now is the write acknowledged, as a server answers only after its transaction commits.
  process.stdout.write(`ACK ${slug}\n`);
  setInterval(() => {}, 60_000);
}

void main();
