import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPublishedExamples } from '@/db/queries/examples';
import { DEMO_NOMINATIONS } from '@/db/seed/demo-nominations';
import { CSV_BOM, parseCsv } from '@/lib/export/csv';
import { CSV_HEADER, DATA_DICTIONARY, OPEN_DATA_LICENCE, openExampleExport } from '@/lib/examples/export';
import { parseExampleFilters } from '@/lib/domain/example-filters';
import { queryRows, type TestDatabase } from '../support/database';
import { approvedSlugs, BASE, CSV_COLUMNS_EXPECTED, csvText, jsonDocument, PUBLIC_KEYS, records, seededDatabase } from './support';

let database: TestDatabase;

// Values planted in one approved example, so the checks below know exactly what to look for.
const FORMULA_TITLE = '=HYPERLINK("http://evil.test","Bấm vào đây")';
const TRICKY_SUMMARY = 'Dòng một, có dấu phẩy\nDòng hai có "ngoặc kép", và dấu phẩy';
const NFD_NAME = 'Hộ bà Nguyễn Thị Hường'.normalize('NFD');
const PRIVATE_PHONE = '0909 123 456';
const PRIVATE_ADDRESS = 'Số 12 hẻm Bí Mật, ấp Riêng Tư';
let plantedSlug: string;

beforeAll(async () => {
  database = await seededDatabase();
  const [row] = await queryRows<{ slug: string }>(
    database,
    `SELECT slug FROM nominations WHERE status = 'approved' AND publish_mode = 'named' ORDER BY slug LIMIT 1`,
  );
  plantedSlug = row!.slug;
  const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
  await database.exec(
    `UPDATE nominations SET title = ${quote(FORMULA_TITLE)}, summary = ${quote(TRICKY_SUMMARY)}, nominee_name = ${quote(NFD_NAME)},
       contact_phone = ${quote(PRIVATE_PHONE)}, address = ${quote(PRIVATE_ADDRESS)} WHERE slug = ${quote(plantedSlug)}`,
  );
});
afterAll(() => database.dispose());

describe('CSV export', () => {
  it('starts with the byte order mark and the documented snake_case header', async () => {
    const text = await csvText(database);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    const [header] = parseCsv(text);
    expect(header).toEqual(CSV_COLUMNS_EXPECTED);
    expect(header).toEqual([...CSV_HEADER]);
    for (const name of header!) expect(name).toMatch(/^[a-z]+(_[a-z]+)*$/);
    // Every column is in the data dictionary the open-data page shows.
    expect(DATA_DICTIONARY.filter((e) => e.csv).map((e) => e.csv)).toEqual(header);
  });

  it('holds exactly the approved examples, one row each', async () => {
    const rows = records(parseCsv(await csvText(database)));
    expect(rows.map((r) => r.slug).sort()).toEqual(await approvedSlugs(database));
    for (const row of rows) expect(Object.keys(row)).toHaveLength(CSV_COLUMNS_EXPECTED.length);
  });

  it('flattens the nested fields to the values stored for the row', async () => {
    const origin = DEMO_NOMINATIONS.find((n) => n.key === 'ngan-hang-bo-phu-nghia')!;
    const [stored] = await queryRows<Record<string, string | number | null>>(
      database,
      `SELECT n.slug, n.commune_code, n.district_code, n.year, n.households_escaped, n.contribution_vnd, n.started_year,
              c.slug AS campaign_slug, au.full_name AS commune_name,
              (SELECT count(*) FROM attachments a WHERE a.nomination_id = n.id AND a.kind = 'photo' AND a.is_public) AS photos
         FROM nominations n JOIN campaigns c ON c.id = n.campaign_id
         JOIN admin_units au ON au.tree = n.commune_tree AND au.code = n.commune_code
        WHERE n.title = '${origin.title}'`,
    );
    const row = records(parseCsv(await csvText(database))).find((r) => r.slug === stored!.slug)!;
    expect(row).toMatchObject({
      commune_code: stored!.commune_code,
      commune_name: stored!.commune_name,
      district_code: stored!.district_code,
      campaign_slug: stored!.campaign_slug,
      year: String(stored!.year),
      impact_households_escaped: String(stored!.households_escaped),
      impact_contribution_vnd: String(stored!.contribution_vnd),
      impact_started_year: String(stored!.started_year),
      impact_jobs_created: String(origin.impact.jobsCreated),
      url: `${BASE}/examples/${stored!.slug}`,
    });
    const photos = row.photo_urls!.split(' ');
    expect(photos).toHaveLength(Number(stored!.photos));
    for (const url of photos) expect(url).toMatch(new RegExp(`^${BASE}/files/[0-9a-f-]{36}$`));
    expect(new Date(row.approved_at!).toISOString()).toBe(row.approved_at);
  });

  it('round-trips commas, quotes, new lines and Vietnamese text in NFC; neutralises a formula', async () => {
    const rows = records(parseCsv(await csvText(database)));
    const planted = rows.find((r) => r.slug === plantedSlug)!;
    expect(planted.summary).toBe(TRICKY_SUMMARY);
    expect(planted.title).toBe(`'${FORMULA_TITLE}`);
    expect(planted.nominee_name).toBe(NFD_NAME.normalize('NFC'));
    const titles = await queryRows<{ slug: string; title: string }>(database, `SELECT slug, title FROM nominations WHERE status = 'approved'`);
    for (const { slug, title } of titles) {
      if (slug === plantedSlug) continue;
      const cell = rows.find((r) => r.slug === slug)!.title!;
      expect(cell).toBe(title.normalize('NFC'));
      expect(cell.normalize('NFC')).toBe(cell);
    }
  });

  it.each(['commune=25231', 'year=2023', 'district=691&kind=model'])('respects the filter %s as the list does', async (query) => {
    const parsed = parseExampleFilters(new URLSearchParams(query));
    if (!parsed.ok) throw new Error(parsed.message);
    const listed = await listPublishedExamples(database.db, { filters: parsed.filters, limit: 100 });
    const exported = records(parseCsv(await csvText(database, query)))
      .map((r) => r.slug)
      .sort();
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.length).toBeLessThan((await approvedSlugs(database)).length);
    expect(exported).toEqual(listed.items.map((i) => i.slug).sort());
  });

  it('a new commune gathers the old communes it absorbed, by an independent query', async () => {
    const exported = records(parseCsv(await csvText(database, 'commune=25231')))
      .map((r) => r.slug)
      .sort();
    expect(exported).toEqual(await approvedSlugs(database, `'25231' = ANY(current_commune_codes)`));
  });

  it('refuses a bad or unknown filter with a Vietnamese message', async () => {
    expect(await openExampleExport(database.db, new URLSearchParams('year=abc'))).toEqual({
      ok: false,
      code: 'invalid_year',
      message: 'Năm không hợp lệ',
    });
    const unknown = await openExampleExport(database.db, new URLSearchParams('commune=99999'));
    expect(unknown).toMatchObject({ ok: false, code: 'unknown_commune', message: 'Không tìm thấy xã, phường có mã này.' });
  });
});

describe('JSON export', () => {
  it('names the licence and lists exactly the approved examples with the public keys', async () => {
    const { document } = await jsonDocument(database);
    expect(Object.keys(document)).toEqual(['licence', 'generatedAt', 'items']);
    expect(document.licence).toMatchObject({ shortName: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(document.licence).toEqual({ ...OPEN_DATA_LICENCE });
    expect(document.licence.attribution).toContain('Gương sáng');
    expect(Math.abs(Date.parse(document.generatedAt) - Date.now())).toBeLessThan(60_000);
    expect(document.items.map((i) => i.slug).sort()).toEqual(await approvedSlugs(database));
    for (const item of document.items) expect(Object.keys(item).sort()).toEqual(PUBLIC_KEYS);
    const planted = document.items.find((i) => i.slug === plantedSlug)!;
    expect(planted).toMatchObject({ title: FORMULA_TITLE, summary: TRICKY_SUMMARY, nomineeName: NFD_NAME.normalize('NFC') });
  });

  it('gives every public photo of a named example and none of an anonymised one', async () => {
    const { document } = await jsonDocument(database);
    const counts = await queryRows<{ slug: string; publish_mode: string; n: number | string }>(
      database,
      `SELECT n.slug, n.publish_mode, count(a.id) AS n FROM nominations n
         LEFT JOIN attachments a ON a.nomination_id = n.id AND a.kind = 'photo' AND a.is_public
        WHERE n.status = 'approved' GROUP BY n.slug, n.publish_mode`,
    );
    expect(counts.some((c) => c.publish_mode === 'anonymised' && Number(c.n) > 0)).toBe(true);
    for (const c of counts) {
      const item = document.items.find((i) => i.slug === c.slug)!;
      expect((item.photos as unknown[]).length, c.slug).toBe(c.publish_mode === 'anonymised' ? 0 : Number(c.n));
    }
  });

  it('carries no private value and no private field name, in either format', async () => {
    const [{ text: json }, csv] = await Promise.all([jsonDocument(database), csvText(database)]);
    const hiddenTitles = await queryRows<{ title: string }>(database, `SELECT title FROM nominations WHERE status <> 'approved'`);
    const comments = await queryRows<{ comment: string }>(database, `SELECT comment FROM nomination_events WHERE comment IS NOT NULL`);
    const privatePhotos = await queryRows<{ id: string }>(
      database,
      `SELECT a.id FROM attachments a JOIN nominations n ON n.id = a.nomination_id WHERE NOT a.is_public OR n.publish_mode = 'anonymised' OR n.status <> 'approved'`,
    );
    expect(hiddenTitles.length).toBeGreaterThanOrEqual(5);
    expect(comments.length).toBeGreaterThan(0);
    expect(privatePhotos.length).toBeGreaterThan(0);
    for (const text of [json, csv]) {
      for (const secret of [PRIVATE_PHONE, PRIVATE_ADDRESS, ...hiddenTitles.map((t) => t.title), ...comments.map((c) => c.comment)]) {
        expect(text).not.toContain(secret);
      }
      for (const { id } of privatePhotos) expect(text).not.toContain(id);
      for (const demo of DEMO_NOMINATIONS) {
        const publicText = `${demo.title} ${demo.summary} ${demo.story}`;
        for (const secret of [demo.contactPhone, demo.address, demo.unitContactPerson]) {
          if (secret && !publicText.includes(secret)) expect(text).not.toContain(secret);
        }
        if (demo.consent?.publishMode === 'anonymised') expect(text).not.toContain(demo.nomineeName);
      }
      for (const name of [
        'contactPhone',
        'contact_phone',
        'address',
        'birthYear',
        'birth_year',
        'unitContactPerson',
        'consent',
        'storageKey',
        'storage_key',
        'comment',
      ]) {
        // The count of published reader comments is public; a reviewer's comment is not.
        expect(text.replaceAll('commentCount', '').replaceAll('comment_count', '')).not.toContain(name);
      }
    }
  });
});
