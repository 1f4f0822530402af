// Real parameters for the bench, read from the database being measured.
import type { Sql } from 'postgres';
import type { AdminTree } from '../../lib/domain/vocabulary';
import { queryWords } from '../../lib/domain/fold';

export interface BenchParams {
  approvedExamples: number;
  district: { code: string; year: number; examples: number };
  commune: { tree: AdminTree; code: string; year: number; examples: number };
  slug: string;
  /** Two accent-free words from a real title. */
  phrase: string;
  phraseMatches: number;
}

/** The middle of a list sorted by size: a typical case, not the busiest one. */
const median = <T>(rows: T[]): T | undefined => rows[Math.floor(rows.length / 2)];

// Words nearly every title has: searching for them measures little but the size of the result.
export const COMMON = new Set(
  'mo hinh giup ho ngheo thoat nho xa phuong thi tran dac khu tai cua va voi nguoi anh chi ong ba gia dinh vuon len tu gan ben vung nhan rong cung nhau hoi vien thon ap ban bon buon to dan pho'.split(' '),
);

/**
 * Every pair of neighbouring words someone might type, without accents: inside one part of the
 * title (not across quotes or dashes), three letters or more, not the words every title has.
 */
export function wordPairs(title: string): string[] {
  const pairs: string[] = [];
  for (const part of title.split(/[“”"–:,.;!?()]/)) {
    const words = queryWords(part, 40);
    for (let i = 0; i + 1 < words.length; i++) {
      const [a, b] = [words[i]!, words[i + 1]!];
      if (a.length >= 3 && b.length >= 3 && !COMMON.has(a) && !COMMON.has(b)) pairs.push(`${a} ${b}`);
    }
  }
  return pairs;
}

/** One of the title's word pairs, picked by a stable hash of the title, so a run can be repeated. */
export function phraseFromTitle(title: string): string {
  const pairs = wordPairs(title);
  if (pairs.length === 0) {
    // Short words only ("mái ấm"): the first two that are not in every title, else the first two.
    const rare = queryWords(title, 40).filter((w) => !COMMON.has(w));
    return (rare.length >= 2 ? rare : queryWords(title)).slice(0, 2).join(' ');
  }
  let hash = 0;
  for (const ch of title) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return pairs[hash % pairs.length]!;
}

export class NoDataError extends Error {}

export async function pickParams(sql: Sql): Promise<BenchParams> {
  const [counted] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM nominations WHERE status = 'approved'`;
  const approvedExamples = counted?.n ?? 0;
  if (approvedExamples === 0) {
    throw new NoDataError('Cơ sở dữ liệu chưa có điển hình nào được công nhận: hãy chạy npm run bench:seed trước.');
  }
  const districts = await sql<{ code: string; year: number; n: number }[]>`
    SELECT district_code AS code, year::int AS year, count(*)::int AS n FROM nominations
    WHERE status = 'approved' AND district_code IS NOT NULL GROUP BY 1, 2 ORDER BY 3, 1, 2`;
  // A current (2025) commune: its page gathers the old communes it absorbed.
  let communes = await sql<{ tree: AdminTree; code: string; year: number; n: number }[]>`
    SELECT '2025' AS tree, c AS code, year::int AS year, count(*)::int AS n
    FROM nominations, unnest(current_commune_codes) AS c
    WHERE status = 'approved' GROUP BY 2, 3 ORDER BY 4, 2, 3`;
  if (communes.length === 0) {
    communes = await sql<{ tree: AdminTree; code: string; year: number; n: number }[]>`
      SELECT commune_tree AS tree, commune_code AS code, year::int AS year, count(*)::int AS n FROM nominations
      WHERE status = 'approved' GROUP BY 1, 2, 3 ORDER BY 4, 2, 3`;
  }
  const candidates = await sql<{ slug: string; title: string }[]>`
    SELECT slug, title FROM nominations WHERE status = 'approved'
    ORDER BY md5(slug) LIMIT 9 OFFSET ${Math.floor(approvedExamples / 2)}`;
  const district = median(districts);
  const commune = median(communes);
  const example = candidates[0];
  if (!district || !commune || !example) throw new NoDataError('Không chọn được tham số đo (thiếu huyện, xã hoặc điển hình).');
  // A typical search: the phrase with the median number of matches among a few real titles.
  const phrases: { phrase: string; matches: number }[] = [];
  for (const c of candidates) {
    const phrase = phraseFromTitle(c.title);
    // Whole words, as the app searches (db/queries/example-filters.ts).
    const [row] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM nominations WHERE status = 'approved' AND search_words @@ plainto_tsquery('simple', ${phrase})`;
    phrases.push({ phrase, matches: row?.n ?? 0 });
  }
  const search = median(phrases.sort((a, b) => a.matches - b.matches))!;
  return {
    approvedExamples,
    district: { code: district.code, year: district.year, examples: district.n },
    commune: { tree: commune.tree, code: commune.code, year: commune.year, examples: commune.n },
    slug: example.slug,
    phrase: search.phrase,
    phraseMatches: search.matches,
  };
}

/** The smallest script Next's home page loads: a static file served by the same server. */
export async function pickStaticReference(baseUrl: string): Promise<{ path: string; bytes: number }> {
  // Next's own home page lists the build's scripts; a visitor's is rendered without Next and has none. A crawler is
  // always answered by Next (lib/public-page-cache/rules.ts).
  const html = await (await fetch(`${baseUrl}/`, { headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' } })).text();
  const paths = [...new Set(html.match(/\/_next\/static\/[^"'\s?]+\.js/g) ?? [])];
  let best: { path: string; bytes: number } | null = null;
  for (const path of paths) {
    const response = await fetch(`${baseUrl}${path}`);
    const bytes = (await response.arrayBuffer()).byteLength;
    if (response.ok && (!best || bytes < best.bytes)) best = { path, bytes };
  }
  if (!best) throw new NoDataError('Trang chủ không tải tệp tĩnh nào trong /_next/static/ để làm mốc so sánh.');
  return best;
}
