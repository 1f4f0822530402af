import { request as httpRequest } from 'node:http';
import { expect, test, type APIRequestContext } from '@playwright/test';

// Issue 14.13: a broken address is the visitor's mistake (400 or 404, in Vietnamese), never the server's (500).
const ROUTES = [
  '/',
  '/examples',
  '/examples/{}',
  '/communes/{}',
  '/stats',
  '/open-data',
  '/feed.xml',
  '/sitemap.xml',
  '/sitemaps/{}',
  '/robots.txt',
  '/login',
  '/files/{}',
  '/api/v1/examples',
  '/api/v1/examples/{}',
  '/api/v1/examples.csv',
  '/api/v1/examples.json',
  '/api/v1/communes',
  '/embed/communes/{}',
  '/embed/campaigns/{}',
];
const QUERY_KEYS = ['q', 'commune', 'district', 'province', 'year', 'campaign', 'kind', 'field', 'sort', 'page', 'cursor', 'limit', 'next'];
const BROKEN = [
  '%',
  '%%',
  '%E0%A4%A',
  '%ZZ',
  '%C0%AF',
  '%ED%A0%80',
  '%FF%FE',
  '%00',
  '%0A%0D',
  '%25%',
  '%u0041',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%5c',
  'a'.repeat(3000),
  '\u202ehtap',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'ﷺ͏̷',
  'dien-hinh\u0000',
  '1e309',
  '-1',
  '__proto__',
  'constructor',
];

/** A small deterministic generator (mulberry32): the same run every time, so a failure can be replayed. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addresses(count: number): string[] {
  const next = rng(14_13);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const out = new Set<string>();
  for (const route of ROUTES)
    for (const broken of BROKEN.slice(0, 6)) out.add(route.includes('{}') ? route.replace('{}', broken) : `${route.replace(/\/$/, '')}/${broken}`);
  while (out.size < count) {
    const route = pick(ROUTES).replace('{}', pick(BROKEN));
    const query = Array.from({ length: 1 + Math.floor(next() * 3) }, () => `${pick(QUERY_KEYS)}=${pick(BROKEN)}`).join('&');
    out.add(`${route}?${query}`);
  }
  return [...out];
}

async function expectAnsweredWell(client: APIRequestContext, address: string) {
  const res = await client.get(address, { maxRedirects: 0 });
  const status = res.status();
  expect(status, address).toBeLessThan(500);
  if (status === 400 || status === 404) {
    const type = res.headers()['content-type'] ?? '';
    const body = await res.text();
    if (new URL(address, 'http://x').pathname.startsWith('/api/')) {
      expect(type, address).toContain('application/json');
      expect((JSON.parse(body) as { error?: { message?: string } }).error?.message, address).toMatch(/[À-ỹ]/);
    } else if (type.includes('text/html')) {
      // The site's own 404 page (rendered in the page shell, or in its payload when a page calls notFound()).
      expect(body, address).toContain('Không tìm thấy');
    } else {
      expect(body, address).toMatch(/[À-ỹ]/);
    }
  }
}

test('malformed paths and queries over the public routes answer 4xx in Vietnamese, never 5xx', async ({ request }) => {
  test.setTimeout(240_000);
  for (const address of addresses(260)) await expectAnsweredWell(request, address);
});

test('the reported address, and raw bytes a browser would never send', async ({ request, baseURL }) => {
  await expectAnsweredWell(request, '/examples/%E0%A4%A');
  const { hostname, port } = new URL(baseURL!);
  for (const path of ['/examples/%E0%A4%A', '/examples/\u00ff\u00fe', `/examples/${'%C3'.repeat(500)}`, '/communes/%', '/api/v1/examples/%ED%A0%80?limit=%']) {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: hostname, port, path, method: 'GET', headers: { 'user-agent': 'Mozilla/5.0 fuzz' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status, path).toBeGreaterThanOrEqual(400);
    expect(status, path).toBeLessThan(500);
  }
});
