import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createPlainFill, plainPageOf } from '@/lib/plain-pages/fill';
import { searchParamsOf } from '@/lib/plain-pages/search-params';
import { SearchBusyError } from '@/lib/examples/search-gate';
import type { PageShell } from '@/lib/plain-pages/shell';
import type { CapturedResponse } from '@/lib/public-page-cache/page';

const visitor = { headers: {} } as IncomingMessage;
const NEXT_HEAD = '<html><head><link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/></head><body></body></html>';

function answer(status: number, body: string, type = 'text/html; charset=utf-8'): CapturedResponse {
  return { status, headers: new Headers({ 'content-type': type }), body: Buffer.from(body) };
}

function setUp(render: (slug: string) => Promise<CapturedResponse>, nextStatus = 200) {
  const asked: string[] = [];
  const errors: unknown[] = [];
  const shells: PageShell[] = [];
  let loads = 0;
  const fill = createPlainFill({
    load: async () => {
      loads += 1;
      return {
        renderPage: (route, value, shell, nonce) => {
          shells.push(shell);
          expect(nonce).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
          return render(`${route}:${value}`);
        },
      };
    },
    next: async (url) => {
      asked.push(url);
      return answer(nextStatus, NEXT_HEAD);
    },
    onError: (error) => errors.push(error),
  });
  return { fill, asked, errors, shells, loads: () => loads };
}

const plain = async (page: string) => answer(200, `<p>${page}</p>`);

describe('the page cache fill with plain example pages', () => {
  it("asks Next for the first example page, then renders the others itself with that page's stylesheet", async () => {
    const { fill, asked, shells, loads } = setUp(plain);
    const first = await fill('/examples/mot', visitor);
    expect(first.body.toString()).toBe(NEXT_HEAD);
    // Not kept by the page cache: the next visitor of that page gets it without Next.
    expect(first.keep).toBe(false);
    expect((await fill('/examples/mot', visitor)).body.toString()).toBe('<p>example:mot</p>');
    expect((await fill('/examples/hai', visitor)).body.toString()).toBe('<p>example:hai</p>');
    expect((await fill('/communes/2024-25231', visitor)).body.toString()).toBe('<p>commune:2024-25231</p>');
    expect(asked).toEqual(['/examples/mot']);
    expect(shells[0]).toEqual({ stylesheets: ['/_next/static/chunks/site.css'], icon: null });
    expect(loads()).toBe(1);
  });

  it('leaves every other page, and a plain one with a query, to Next', async () => {
    const { fill, asked } = setUp(plain);
    await fill('/examples/mot', visitor);
    const others = ['/?q=bo', '/examples/hai?x=1', '/communes/25456?page=2', '/open-data', '/api/v1/examples/hai', '/embed/communes/25456'];
    for (const url of others) expect((await fill(url, visitor)).keep).toBeUndefined();
    expect(asked).toEqual(['/examples/mot', ...others]);
  });

  it("learns nothing from Next's 404 or from an answer that is not a page", async () => {
    const { fill, asked } = setUp(plain, 404);
    await fill('/examples/khong-co', visitor);
    await fill('/examples/hai', visitor);
    expect(asked).toEqual(['/examples/khong-co', '/examples/hai']);
  });

  it('learns the stylesheet from any page of the site, so that even the first example page can be plain', async () => {
    const { fill, asked } = setUp(plain);
    await fill('/open-data', visitor);
    expect((await fill('/examples/mot', visitor)).body.toString()).toBe('<p>example:mot</p>');
    expect(asked).toEqual(['/open-data']);
  });

  it('does not take an answer that is not a page for one', async () => {
    const asked: string[] = [];
    const fill = createPlainFill({
      load: async () => ({ renderPage: (route, value) => plain(`${route}:${value}`) }),
      next: async (url) => {
        asked.push(url);
        return answer(200, NEXT_HEAD, 'application/json');
      },
      onError: () => undefined,
    });
    await fill('/api/v1/examples/hai', visitor);
    await fill('/examples/mot', visitor);
    expect(asked).toEqual(['/api/v1/examples/hai', '/examples/mot']);
  });

  it("answers the API's list itself from the first request: JSON links no stylesheet, so nothing is learnt from Next first", async () => {
    const { fill, asked, shells } = setUp(async (page) => answer(200, `{"page":"${page}"}`, 'application/json'));
    const first = await fill('/api/v1/examples?commune=2024:25231&year=2024', visitor);
    expect(first.body.toString()).toBe('{"page":"api-examples:commune=2024:25231&year=2024"}');
    expect(first.keep).toBeUndefined();
    expect((await fill('/api/v1/examples', visitor)).body.toString()).toBe('{"page":"api-examples:"}');
    expect(asked).toEqual([]);
    expect(shells).toEqual([
      { stylesheets: [], icon: null },
      { stylesheets: [], icon: null },
    ]);
    // The pages still wait for the shell.
    await fill('/examples/mot', visitor);
    expect(asked).toEqual(['/examples/mot']);
  });

  it('hands a moved or missing example or a busy search to Next quietly, and any other failure with an error logged', async () => {
    const moved = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/examples/moi;308;' });
    const missing = Object.assign(new Error('NEXT_HTTP_ERROR_FALLBACK;404'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    const broken = new Error('kết nối cơ sở dữ liệu bị đóng');
    const failures: Record<string, Error> = { cu: moved, 'khong-co': missing, hong: broken, 'dong-nguoi': new SearchBusyError() };
    const { fill, asked, errors } = setUp(async (page) => {
      const slug = page.replace('example:', '');
      if (failures[slug]) throw failures[slug];
      return answer(200, slug);
    });
    await fill('/examples/mot', visitor);
    for (const slug of ['cu', 'khong-co', 'hong', 'dong-nguoi']) expect((await fill(`/examples/${slug}`, visitor)).body.toString()).toBe(NEXT_HEAD);
    expect(asked).toEqual(['/examples/mot', '/examples/cu', '/examples/khong-co', '/examples/hong', '/examples/dong-nguoi']);
    expect(errors).toEqual([broken]);
  });

  it('keeps asking Next when the renderer cannot be loaded, and says so once', async () => {
    const asked: string[] = [];
    const errors: unknown[] = [];
    const fill = createPlainFill({
      load: async () => {
        throw new Error('Cannot find module dist/plain-pages.mjs');
      },
      next: async (url) => {
        asked.push(url);
        return answer(200, NEXT_HEAD);
      },
      onError: (error) => errors.push(error),
    });
    for (const slug of ['mot', 'hai', 'ba']) await fill(`/examples/${slug}`, visitor);
    expect(asked).toEqual(['/examples/mot', '/examples/hai', '/examples/ba']);
    expect(errors).toHaveLength(1);
  });

  it("takes the page paths as written by the page cache, and the list, the statistics and the API's list with their whole query", () => {
    expect(plainPageOf('/examples/ngan-hang-bo-xa-phu-nghia')).toEqual({ route: 'example', value: 'ngan-hang-bo-xa-phu-nghia' });
    expect(plainPageOf('/communes/2024-25231')).toEqual({ route: 'commune', value: '2024-25231' });
    expect(plainPageOf('/')).toEqual({ route: 'home', value: '' });
    expect(plainPageOf('/examples')).toEqual({ route: 'examples', value: '' });
    expect(plainPageOf('/examples?q=b%C3%B2&year=2024')).toEqual({ route: 'examples', value: 'q=b%C3%B2&year=2024' });
    expect(plainPageOf('/stats?from=2023')).toEqual({ route: 'stats', value: 'from=2023' });
    expect(plainPageOf('/stats')).toEqual({ route: 'stats', value: '' });
    expect(plainPageOf('/api/v1/examples?q=a&limit=5')).toEqual({ route: 'api-examples', value: 'q=a&limit=5' });
    expect(plainPageOf('/api/v1/examples')).toEqual({ route: 'api-examples', value: '' });
    for (const url of [
      '/examples/',
      '/examples/a/v/2',
      '/examples/A-B',
      '/examples/a?b=1',
      '/examplesx',
      '/stats/x',
      '/api/v1/examples/a',
      '/api/v1/examples.csv',
      '/api/v1/examplesx',
      '/communes/1?x=1',
      '/?x=1',
      '/embed/communes/25231',
    ]) {
      expect(plainPageOf(url)).toBeNull();
    }
  });
});

describe('a query handed to a plain page', () => {
  it('is decoded as Next decodes it: plus signs as spaces, a repeated name as an array in order', () => {
    expect(searchParamsOf('q=ng%C3%A2n+h%C3%A0ng&year=2024')).toEqual({ q: 'ngân hàng', year: '2024' });
    expect(searchParamsOf('field=a&field=b&field=c')).toEqual({ field: ['a', 'b', 'c'] });
    expect(searchParamsOf('')).toEqual({});
    // A broken escape as the WHATWG URL parser reads it, which Next uses.
    expect(searchParamsOf('q=%E0&x')).toEqual({ q: '\ufffd', x: '' });
  });
});

describe('the PLAIN_PAGES setting', () => {
  it('is on unless turned off, and refuses anything but on and off in Vietnamese', async () => {
    const { readEnv } = await import('@/lib/env');
    expect(readEnv({ NODE_ENV: 'test' }).PLAIN_PAGES).toBe('on');
    expect(readEnv({ NODE_ENV: 'test', PLAIN_PAGES: 'off' }).PLAIN_PAGES).toBe('off');
    expect(() => readEnv({ NODE_ENV: 'test', PLAIN_PAGES: 'yes' })).toThrow(/PLAIN_PAGES/);
  });
});
