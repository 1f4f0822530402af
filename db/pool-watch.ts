import type { Sql } from 'postgres';

/**
 * 57014 is query_canceled: on the app's connections, a statement that ran past statement_timeout. A
 * transaction fails with what its callback threw: drizzle's error, with the driver's as its cause.
 */
export function isStatementTimeout(error: unknown): boolean {
  for (let e = error, depth = 0; typeof e === 'object' && e !== null && depth < 3; e = (e as { cause?: unknown }).cause, depth++)
    if ((e as { code?: unknown }).code === '57014') return true;
  return false;
}

/**
 * Counts what holds or waits for a pooled connection — each query sent outside a transaction and each
 * transaction — from its start until it settles (postgres.js does not tell how many connections are busy),
 * and the statement timeouts among their failures. Drizzle sends every query through `unsafe` and every
 * transaction through `begin`, which are wrapped here; the client is otherwise unchanged.
 */
export function watchPool(client: Sql): { inFlight: () => number; statementTimeouts: () => number } {
  let inFlight = 0;
  let statementTimeouts = 0;
  const settled = () => {
    inFlight--;
  };
  const failed = (error: unknown) => {
    inFlight--;
    if (isStatementTimeout(error)) statementTimeouts++;
  };

  // postgres.js opens a transaction with `sql.unsafe('begin')`, called synchronously inside `begin`: that
  // query belongs to the transaction, which is counted already.
  let openingTransaction = false;
  const unsafe = client.unsafe;
  client.unsafe = ((...args: Parameters<typeof unsafe>) => {
    const query = unsafe(...args);
    if (openingTransaction) return query;
    // A query is lazy: it is sent when first awaited (after `.values()` and the like have set its mode),
    // so it is counted from then, and `then` is wrapped on this one query only.
    const then = query.then;
    let watched = false;
    query.then = function (this: typeof query, ...callbacks: Parameters<typeof then>) {
      if (!watched) {
        watched = true;
        inFlight++;
        void then.call(query, settled, failed);
      }
      return then.apply(query, callbacks);
    } as typeof then;
    return query;
  }) as typeof unsafe;

  const begin = client.begin;
  client.begin = ((...args: Parameters<typeof begin>) => {
    inFlight++;
    openingTransaction = true;
    let transaction: Promise<unknown>;
    try {
      transaction = (begin as (...a: unknown[]) => Promise<unknown>)(...args);
    } finally {
      openingTransaction = false;
    }
    transaction.then(settled, failed);
    return transaction;
  }) as typeof begin;

  return { inFlight: () => inFlight, statementTimeouts: () => statementTimeouts };
}
