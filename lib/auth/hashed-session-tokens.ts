import { createHash } from 'node:crypto';
import type { BetterAuthOptions } from 'better-auth';
import type { DBAdapter, Where } from 'better-auth/adapters';

type AdapterFactory = (options: BetterAuthOptions) => DBAdapter<BetterAuthOptions>;
type Row = Record<string, unknown>;

const STORED_PREFIX = 'h:';

/**
 * What the sessions table keeps for a cookie's token: its SHA-256, so a leaked table or backup holds no
 * usable session. Always hashed, never passed through: a cookie carrying a stored value (even one signed
 * with the right key) must find nothing.
 */
export function storedSessionToken(token: string): string {
  return STORED_PREFIX + createHash('sha256').update(token).digest('base64url');
}

function hashWhere(where: Where[] | undefined, originals: Map<string, string>): Where[] | undefined {
  return where?.map((clause) => {
    if (clause.field !== 'token') return clause;
    const swap = (value: unknown) => {
      const stored = storedSessionToken(String(value));
      originals.set(stored, String(value));
      return stored;
    };
    const value = Array.isArray(clause.value) ? clause.value.map(swap) : swap(clause.value);
    return { ...clause, value };
  });
}

/** Gives callers back the token they asked with, so better-auth can re-set the cookie with it. */
function restore<T>(row: T, originals: Map<string, string>): T {
  if (!row || typeof row !== 'object') return row;
  const token = (row as Row).token;
  if (typeof token === 'string' && originals.has(token)) return { ...(row as Row), token: originals.get(token) } as T;
  return row;
}

function wrap(adapter: DBAdapter<BetterAuthOptions>): DBAdapter<BetterAuthOptions> {
  const isSession = (model: string) => model === 'session' || model === 'sessions';
  return {
    ...adapter,
    async create<T extends Record<string, unknown>, R = T>(args: Parameters<DBAdapter['create']>[0]): Promise<R> {
      if (!isSession(args.model)) return adapter.create<T, R>(args as never);
      const data = args.data as Row;
      const raw = String(data.token);
      const created = await adapter.create<T, R>({ ...args, data: { ...data, token: storedSessionToken(raw) } } as never);
      return restore(created, new Map([[storedSessionToken(raw), raw]]));
    },
    async findOne(args) {
      if (!isSession(args.model)) return adapter.findOne(args);
      const originals = new Map<string, string>();
      return restore(await adapter.findOne({ ...args, where: hashWhere(args.where, originals)! }), originals);
    },
    async findMany<T>(args: Parameters<DBAdapter['findMany']>[0]): Promise<T[]> {
      if (!isSession(args.model)) return adapter.findMany<T>(args);
      const originals = new Map<string, string>();
      const rows = await adapter.findMany<T>({ ...args, where: hashWhere(args.where, originals) });
      return rows.map((row) => restore(row, originals));
    },
    async count(args) {
      return isSession(args.model) ? adapter.count({ ...args, where: hashWhere(args.where, new Map()) }) : adapter.count(args);
    },
    async update(args) {
      if (!isSession(args.model)) return adapter.update(args);
      const originals = new Map<string, string>();
      return restore(await adapter.update({ ...args, where: hashWhere(args.where, originals)! }), originals);
    },
    async updateMany(args) {
      return isSession(args.model) ? adapter.updateMany({ ...args, where: hashWhere(args.where, new Map())! }) : adapter.updateMany(args);
    },
    async delete(args) {
      return isSession(args.model) ? adapter.delete({ ...args, where: hashWhere(args.where, new Map())! }) : adapter.delete(args);
    },
    async deleteMany(args) {
      return isSession(args.model) ? adapter.deleteMany({ ...args, where: hashWhere(args.where, new Map())! }) : adapter.deleteMany(args);
    },
    async consumeOne(args) {
      if (!isSession(args.model)) return adapter.consumeOne(args);
      const originals = new Map<string, string>();
      return restore(await adapter.consumeOne({ ...args, where: hashWhere(args.where, originals)! }), originals);
    },
    async incrementOne(args) {
      if (!isSession(args.model)) return adapter.incrementOne(args);
      const originals = new Map<string, string>();
      return restore(await adapter.incrementOne({ ...args, where: hashWhere(args.where, originals)! }), originals);
    },
    transaction(callback) {
      return adapter.transaction((trx) => callback(wrap(trx as DBAdapter<BetterAuthOptions>)));
    },
  };
}

/** Wraps a better-auth database adapter so session tokens are stored hashed (DESIGN §7). */
export function withHashedSessionTokens(factory: AdapterFactory): AdapterFactory {
  return (options) => wrap(factory(options));
}
