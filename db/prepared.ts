import type { Executor } from './client';

const kept = new WeakMap<Executor, Map<string, unknown>>();

/**
 * A query whose SQL drizzle builds once per database, its values as placeholders, instead of on every call:
 * building a wide select (entity checks, column lists, joins) cost a page more CPU than PostgreSQL spent
 * running it (docs/render-profile.md).
 */
export function preparedOnce<T>(db: Executor, name: string, build: (statement: string) => T): T {
  let byName = kept.get(db);
  if (!byName) kept.set(db, (byName = new Map<string, unknown>()));
  let query = byName.get(name) as T | undefined;
  if (query === undefined) byName.set(name, (query = build(statementName(name))));
  return query;
}

/** The name PostgreSQL keeps the statement under, derived here so a caller spells its query's name once. */
function statementName(name: string): string {
  return name.replaceAll('-', '_');
}
