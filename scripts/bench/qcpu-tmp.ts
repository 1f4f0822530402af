import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import * as schema from '@/db/schema';
import { getExamplePageData } from '@/db/queries/public-pages';

async function main() {
  const client = postgres(process.env.DATABASE_URL!, { max: 4, onnotice: () => {}, connection: process.argv[3] ? { plan_cache_mode: process.argv[3] } : {} });
  if (process.argv[2] === 'prepare') {
    const unsafe = client.unsafe.bind(client);
    (client as unknown as { unsafe: unknown }).unsafe = (q: string, p?: unknown[], o?: Record<string, unknown>) => unsafe(q, p as never, { ...(o ?? {}), prepare: true });
  }
  const db = drizzle(client, { schema }) as never;
  const list = (await client`SELECT slug FROM nominations WHERE status='approved' ORDER BY random() LIMIT 530`).map((r) => r.slug as string);
  for (const slug of list.slice(0, 30)) await getExamplePageData(db, { slug });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const slug of list.slice(30)) await getExamplePageData(db, { slug });
  const cpu = process.cpuUsage(cpu0);
  const n = list.length - 30;
  console.log(`${process.argv[2] ?? 'plain'} per page: wall ${((performance.now() - t0) / n).toFixed(2)} ms, node CPU ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms`);
  process.exit(0);
}
void main();
