import type { Sql } from 'postgres';

/** A search's best plan depends on the words searched for (db/queries/search-at-scale.ts): planned each run. */
const PLANNED_EACH_RUN = /tsquery|tablesample/i;

/**
 * Drizzle sends every query unnamed, so PostgreSQL parses and plans it on every run: for an example page's
 * fourteen statements, 8 ms of the database's CPU per page on the bench (docs/performance.md). Sent as
 * prepared statements, each connection parses a statement once and, after five runs, keeps a generic plan
 * when it costs no more than planning each time. Only queries with parameters qualify (without, postgres.js
 * uses the simple protocol, which also carries several statements at once); searches keep being planned
 * with their words in sight. Statements inside a transaction go through the transaction's own connection
 * handle and stay unnamed.
 */
export function keepPlans(client: Sql): void {
  const unsafe = client.unsafe;
  client.unsafe = ((...call: Parameters<typeof unsafe>) => {
    const [query, args, options] = call;
    if (Array.isArray(args) && args.length > 0 && !options?.prepare && !PLANNED_EACH_RUN.test(query)) {
      return unsafe(query, args, { ...options, prepare: true });
    }
    return unsafe(...call);
  }) as typeof unsafe;
}
