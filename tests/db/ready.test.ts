import { afterAll, describe, expect, it } from 'vitest';
import { GET as ready } from '@/app/api/ready/route';
import { setDatabase } from '@/db';
import { createDatabase } from '@/db/client';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';

const opened: TestDatabase[] = [];
afterAll(async () => {
  setDatabase(undefined);
  await Promise.all(opened.map((d) => d.dispose()));
});

describe('GET /api/ready', () => {
  it('is 503 while the database lacks the newest migration, and 200 once it has them all', async () => {
    const database = await createTestDatabase();
    opened.push(database);
    // One release behind: the newest migration is not recorded as applied.
    const newest = 'select max(created_at) from drizzle.__drizzle_migrations';
    const saved = await queryRows<{ hash: string; created_at: string }>(
      database,
      `select hash, created_at::text from drizzle.__drizzle_migrations where created_at = (${newest})`,
    );
    await database.exec(`delete from drizzle.__drizzle_migrations where created_at = (${newest})`);
    setDatabase(database);
    const behind = await ready();
    expect(behind.status).toBe(503);
    const body = (await behind.json()) as { status: string; message: string };
    expect(body.status).toBe('not_ready');
    expect(body.message).toContain('db:migrate');
    expect(behind.headers.get('cache-control')).toBe('no-store');

    await database.exec(`insert into drizzle.__drizzle_migrations (hash, created_at) values ('${saved[0]!.hash}', ${saved[0]!.created_at})`);
    const current = await ready();
    expect(current.status).toBe(200);
    expect(await current.json()).toEqual({ status: 'ready', database: database.driver });
  });

  it('is 503 with a plain message when the database cannot be reached', async () => {
    const unreachable = createDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/guongsang' });
    setDatabase(unreachable);
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'not_ready', message: 'Không kết nối được cơ sở dữ liệu.' });
    await unreachable.close();
  });
});
