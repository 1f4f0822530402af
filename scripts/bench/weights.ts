// What a page weighs: its HTML, and the JavaScript chunks that HTML makes the browser load (issue 20 part 5).
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  name: string;
  path: string;
  status: number;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Distinct same-origin scripts the HTML loads (script src, and script preloads). */
  scripts: number;
  jsBytes: number;
  jsGzipBytes: number;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** The script URLs an HTML page makes the browser fetch: `<script src>` and `<link rel="preload|modulepreload" as="script">`, in order, once each. */
export function scriptUrlsOf(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    let url: string | undefined;
    if (/^<script/i.test(tag)) url = attribute(tag, 'src');
    else {
      const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
      const isScript = rel.includes('modulepreload') || (rel.includes('preload') && attribute(tag, 'as')?.toLowerCase() === 'script');
      if (isScript) url = attribute(tag, 'href');
    }
    if (url) urls.push(url.replace(/&amp;/g, '&'));
  }
  return [...new Set(urls)];
}

const gzipBytes = (body: Uint8Array) => gzipSync(body).byteLength;

/** Each page once, each chunk once (pages share most of them); same-origin scripts only. */
export async function measurePageWeights(baseUrl: string, pages: { name: string; path: string }[]): Promise<PageWeight[]> {
  const chunks = new Map<string, { bytes: number; gzip: number }>();
  const out: PageWeight[] = [];
  for (const page of pages) {
    const response = await fetch(`${baseUrl}${page.path}`, { signal: AbortSignal.timeout(60_000) });
    const html = new Uint8Array(await response.arrayBuffer());
    const origin = new URL(baseUrl).origin;
    const scripts = scriptUrlsOf(new TextDecoder().decode(html))
      .map((src) => new URL(src, `${baseUrl}${page.path}`))
      .filter((u) => u.origin === origin);
    let jsBytes = 0;
    let jsGzipBytes = 0;
    for (const script of scripts) {
      let chunk = chunks.get(script.href);
      if (!chunk) {
        const body = new Uint8Array(await (await fetch(script, { signal: AbortSignal.timeout(60_000) })).arrayBuffer());
        chunk = { bytes: body.byteLength, gzip: gzipBytes(body) };
        chunks.set(script.href, chunk);
      }
      jsBytes += chunk.bytes;
      jsGzipBytes += chunk.gzip;
    }
    out.push({ ...page, status: response.status, htmlBytes: html.byteLength, htmlGzipBytes: gzipBytes(html), scripts: scripts.length, jsBytes, jsGzipBytes });
  }
  return out;
}
