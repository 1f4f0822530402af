import type { IncomingMessage, ServerResponse } from 'node:http';

/** An example's page or one of its versions, where an old slug moves permanently (lib/examples/moved.ts). */
const EXAMPLE_PAGE = /^\/examples\/[a-z0-9-]{1,120}(?:\/v\/[1-9]\d{0,3})?(?:\?.*)?$/;

/**
 * Next answers a permanent redirect with 308; an example's old slug is a plain page moved for good,
 * which links, crawlers and the issue expect as 301. Rewrites only that status on those paths, whoever
 * writes the head (Next itself, or the page cache replaying what Next answered).
 */
export function permanentRedirectsAs301(req: IncomingMessage, res: ServerResponse): void {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !EXAMPLE_PAGE.test(req.url ?? '')) return;
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    return (writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse).call(this, status === 308 ? 301 : status, ...rest);
  };
}
