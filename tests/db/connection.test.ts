import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { checkConnection, createDatabase, DatabaseConnectionError, describeDatabaseUrl } from '@/db/client';
import { readEnv } from '@/lib/env';

describe('database connection failures', () => {
  it('name the host, never the password', async () => {
    const url = 'postgres://guong:very-secret-pw@127.0.0.1:1/guongsang';
    const database = createDatabase({ databaseUrl: url, poolSize: 1 });
    try {
      const error = await checkConnection(database, url).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DatabaseConnectionError);
      const message = (error as Error).message;
      expect(message).toContain('127.0.0.1:1');
      expect(message).toContain('Không kết nối được cơ sở dữ liệu');
      expect(message).not.toContain('very-secret-pw');
    } finally {
      await database.close();
    }
  });

  it('describes URLs without credentials', () => {
    expect(describeDatabaseUrl('postgresql://a:b@db.internal:6543/x')).toBe('db.internal:6543');
    expect(describeDatabaseUrl('not a url')).not.toContain('not a url');
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, in Vietnamese', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://x@y/z' } as unknown as NodeJS.ProcessEnv)).toThrow(/DATABASE_URL phải bắt đầu bằng postgres/);
    expect(readEnv({ DATABASE_URL: '' } as unknown as NodeJS.ProcessEnv).DATABASE_URL).toBeUndefined();
  });
});

describe('the embedded database', () => {
  it('runs with small shared buffers unless told otherwise, so an idle server stays lean', async () => {
    const env = readEnv({} as NodeJS.ProcessEnv);
    for (const [mb, expected] of [
      [env.PGLITE_SHARED_BUFFERS_MB, '16MB'],
      [48, '48MB'],
    ] as const) {
      const database = createDatabase({ pgliteDir: 'memory://', pgliteSharedBuffersMb: mb });
      try {
        const rows = (await database.db.execute<{ shared_buffers: string }>(sql`SHOW shared_buffers`)) as unknown as
          { rows: { shared_buffers: string }[] } | { shared_buffers: string }[];
        const first = Array.isArray(rows) ? rows[0] : rows.rows[0];
        expect(first?.shared_buffers).toBe(expected);
      } finally {
        await database.close();
      }
    }
    expect(() => readEnv({ PGLITE_SHARED_BUFFERS_MB: '0' } as unknown as NodeJS.ProcessEnv)).toThrow(/PGLITE_SHARED_BUFFERS_MB/);
  });
});
