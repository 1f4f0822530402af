import type { Server } from 'node:http';

/**
 * Stops taking connections, lets the requests in flight finish, and only then closes what they use (the
 * database). Idle keep-alive connections are closed at once, or `close` would wait for browsers to
 * hang up; past `timeoutMs` the remaining connections are cut so a stuck request cannot block a restart.
 */
export async function drainThenClose(server: Server, closeResources: () => Promise<void>, { timeoutMs }: { timeoutMs: number }): Promise<'drained' | 'cut'> {
  let outcome: 'drained' | 'cut' = 'drained';
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      outcome = 'cut';
      server.closeAllConnections();
    }, timeoutMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
  await closeResources();
  return outcome;
}
