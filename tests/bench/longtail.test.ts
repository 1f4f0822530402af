import { describe, expect, it } from 'vitest';
import { commonSearchQueries, commonTerms, communePagePath, LongTailUrls, MIX_WEIGHTS, type LongTailPools, type MixCategory } from '@/scripts/bench/longtail';
import { scriptUrlsOf } from '@/scripts/bench/weights';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Pools as large as a small national run: every kind has far more URLs than the test draws. */
function pools(): LongTailPools {
  return {
    slugs: range(20_000).map((i) => `mo-hinh-${i}`),
    communeYears: range(6_000).map((i) => ({ tree: i % 3 === 0 ? '2025' : '2024', code: String(10_000 + Math.floor(i / 5)), year: 2021 + (i % 5) })),
    communes: range(3_000).map((i) => ({ tree: i % 2 === 0 ? '2025' : '2024', code: String(20_000 + i) })),
    phrases: range(4_000).map((i) => `tu${i} ghep${i}`),
    commonSearches: commonSearchQueries(['nuoi', 'nuoi bo', 'sinh san'], [2021, 2022, 2023, 2024, 2025]),
  };
}

/** The kind of page a URL asks for, from the URL alone. */
function categoryOf(url: string): MixCategory {
  if (url === '/' || url === '/stats') return 'homeStats';
  if (url.startsWith('/api/v1/examples?commune=')) return 'api';
  if (url.startsWith('/communes/')) return 'communePage';
  if (url.startsWith('/examples?commune=')) return 'communeYearList';
  if (url.startsWith('/examples?q=')) return 'search';
  if (url.startsWith('/examples/')) return 'example';
  throw new Error(`unexpected URL ${url}`);
}

describe('long-tail visitor mix', () => {
  const DRAWS = 20_000;

  it('asks for each kind of page in the proportions of the issue, within one percentage point', () => {
    const urls = new LongTailUrls(pools(), 7);
    const counts = Object.fromEntries(Object.keys(MIX_WEIGHTS).map((k) => [k, 0])) as Record<MixCategory, number>;
    for (let i = 0; i < DRAWS; i++) {
      const { category, url } = urls.nextMixed();
      expect(categoryOf(url)).toBe(category);
      counts[category]++;
    }
    expect(MIX_WEIGHTS).toEqual({ example: 55, communeYearList: 15, search: 10, communePage: 10, api: 5, homeStats: 5 });
    for (const [category, weight] of Object.entries(MIX_WEIGHTS)) {
      expect(Math.abs((counts[category as MixCategory] / DRAWS) * 100 - weight)).toBeLessThan(1);
    }
  });

  it('never repeats a URL while its pool lasts (apart from the two shared pages), across rows too', () => {
    const urls = new LongTailUrls(pools(), 7);
    const seen = new Set<string>();
    let repeats = 0;
    for (let i = 0; i < DRAWS; i++) {
      const { category, url } = urls.nextMixed();
      if (category === 'homeStats') continue;
      if (seen.has(url)) repeats++;
      seen.add(url);
    }
    // The example-page row continues the same deck: none of the mix's example pages comes back.
    for (let i = 0; i < 5_000; i++) {
      const url = urls.next('examples');
      if (seen.has(url)) repeats++;
      seen.add(url);
    }
    expect(repeats).toBe(0);
  });

  it('deals a whole pool before it repeats a URL, then deals it again', () => {
    const small = { ...pools(), slugs: ['a', 'b', 'c'] };
    const urls = new LongTailUrls(small, 3);
    const first = range(3).map(() => urls.next('examples'));
    expect(new Set(first)).toEqual(new Set(['/examples/a', '/examples/b', '/examples/c']));
    const second = range(3).map(() => urls.next('examples'));
    expect(new Set(second)).toEqual(new Set(first));
    expect(urls.poolSize('examples')).toBe(3);
  });

  it('gives the same URLs for the same seed, and other URLs for another seed', () => {
    const draw = (seed: number) => {
      const urls = new LongTailUrls(pools(), seed);
      return range(500).map(() => urls.nextMixed().url);
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(43)).not.toEqual(draw(42));
  });

  it('builds the app’s URLs: commune pages by tree, filters qualified by tree, searches encoded', () => {
    expect(communePagePath({ tree: '2025', code: '25231' })).toBe('/communes/25231');
    expect(communePagePath({ tree: '2024', code: '25231' })).toBe('/communes/2024-25231');
    const urls = new LongTailUrls({ ...pools(), communeYears: [{ tree: '2024', code: '25231', year: 2023 }], phrases: ['nuoi bo'] }, 1);
    expect(urls.next('communeYearLists')).toBe('/examples?commune=2024:25231&year=2023');
    const seen = new Set(range(400).map(() => urls.nextMixed().url));
    expect(seen).toContain('/examples?q=nuoi+bo');
    expect(seen).toContain('/api/v1/examples?commune=2024:25231&year=2023');
  });
});

describe('common-word searches', () => {
  it('takes the words and pairs most titles share, not the words every title has', () => {
    const titles = [
      'Mô hình “Nuôi bò sinh sản” giúp hộ nghèo xã Phú Nghĩa',
      'Nuôi bò sinh sản ở thôn Tân Lập',
      'Tổ hợp tác nuôi bò sinh sản',
      'Mái ấm cho hộ nghèo xã Đa Kia',
    ];
    const terms = commonTerms(titles);
    // Three titles each; ties in alphabetical order, so the same data gives the same terms.
    expect(terms.slice(0, 3)).toEqual(['nuoi', 'san', 'sinh']);
    expect(terms).toContain('sinh san');
    expect(terms).not.toContain('nuoi bo'); // two-letter words are left out, as in the phrases
    expect(terms).not.toContain('ngheo');
    expect(terms).not.toContain('mo');
  });

  it('gives every term under distinct URLs: all years or one, three sort orders', () => {
    const queries = commonSearchQueries(['nuoi bo'], [2024, 2025]);
    expect(queries).toHaveLength(9);
    expect(new Set(queries).size).toBe(9);
    expect(queries).toContain('q=nuoi+bo');
    expect(queries).toContain('q=nuoi+bo&year=2025&sort=impact');
  });
});

describe('scriptUrlsOf', () => {
  it('finds the scripts a page loads (src and script preloads) once each, not inline scripts or other links', () => {
    const html = `<!DOCTYPE html><html><head>
      <link rel="stylesheet" href="/_next/static/chunks/a.css">
      <link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>
      <link rel="modulepreload" href='/_next/static/chunks/mod.js'>
      <link rel="preload" as="font" href="/_next/static/media/f.woff2" crossorigin="">
      <script src="/_next/static/chunks/webpack-1.js" async=""></script>
      <script nonce="abc">self.__next_f=self.__next_f||[]</script>
      <SCRIPT async SRC=/_next/static/chunks/main-app.js?dpl=x&amp;v=2></SCRIPT>
      <script type="application/ld+json">{"@context":"https://schema.org"}</script>
    </head><body></body></html>`;
    expect(scriptUrlsOf(html)).toEqual(['/_next/static/chunks/webpack-1.js', '/_next/static/chunks/mod.js', '/_next/static/chunks/main-app.js?dpl=x&v=2']);
  });
});
