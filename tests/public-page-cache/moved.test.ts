import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permanentRedirectsAs301 } from '@/lib/public-page-cache/moved';

let server: Server;
let base = '';

beforeAll(async () => {
  // Answers like Next: a permanent redirect as 308, written implicitly or through writeHead.
  server = createServer((req, res) => {
    permanentRedirectsAs301(req, res);
    if (req.url?.includes('explicit')) {
      res.writeHead(308, { Location: '/examples/moi' });
      res.end();
      return;
    }
    res.statusCode = req.url === '/examples/khac' ? 200 : 308;
    res.setHeader('Location', '/examples/moi');
    res.end('moved');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('permanent redirects of example pages', () => {
  it.each(['/examples/ten-cu', '/examples/ten-cu/v/2', '/examples/explicit'])('answers 301 for %s', async (path) => {
    const response = await fetch(`${base}${path}`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/examples/moi');
  });

  it('leaves other paths and other statuses alone', async () => {
    expect((await fetch(`${base}/nominations/x`, { redirect: 'manual' })).status).toBe(308);
    expect((await fetch(`${base}/examples/khac`, { redirect: 'manual' })).status).toBe(200);
    expect((await fetch(`${base}/examples/ten-cu`, { method: 'POST', redirect: 'manual' })).status).toBe(308);
  });
});
