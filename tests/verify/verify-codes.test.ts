import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as exampleRoute from '@/app/api/v1/examples/[slug]/route';
import { NO_LONGER_PUBLIC, VerifiedCommendationView } from '@/components/verify/verified-commendation';
import { setDatabase } from '@/db';
import { MIGRATIONS_DIR } from '@/db/migrate';
import { insertCommendation } from '@/db/queries/commendations';
import { commendations, nominations } from '@/db/schema';
import { VERIFY_CODE_ALPHABET, VERIFY_CODE_PATTERN } from '@/lib/domain/verify-code';
import { setPublished } from '@/lib/review/decisions';
import { siteUrl } from '@/lib/site';
import { lookUpVerifyCode } from '@/lib/verify/lookup';
import { createMissLimiter } from '@/lib/verify/miss-limit';
import { sessionUserOf, userIdOf } from '../support/accounts';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';
import { anyString, stringMatching } from '../support/matchers';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  setDatabase(database);
});
afterAll(async () => {
  setDatabase(undefined);
  await database?.dispose();
});

const allCodes = async () => (await database.db.select({ code: commendations.verifyCode }).from(commendations)).map((r) => r.code);

/** A seeded commendation on a published example, with the example's slug. */
async function seededCommendation() {
  const [row] = await database.db
    .select({ id: commendations.id, code: commendations.verifyCode, nominationId: nominations.id, slug: nominations.slug, title: nominations.title })
    .from(commendations)
    .innerJoin(nominations, eq(nominations.id, commendations.nominationId))
    .where(eq(nominations.status, 'approved'))
    // The seeded one: its decision is older than those the first test adds to the same example.
    .orderBy(nominations.slug, commendations.decisionDate, commendations.createdAt)
    .limit(1);
  return row!;
}

describe('verify codes', () => {
  it('every commendation, seeded or recorded, has its own code: 16 characters of Crockford base32, none alike', async () => {
    const seeded = await allCodes();
    expect(seeded.length).toBeGreaterThanOrEqual(4);
    const { nominationId } = await seededCommendation();
    const actorId = await userIdOf(database.db, 'thamdinh@guongsang.test');
    for (let i = 0; i < 150; i++) {
      await insertCommendation(database.db, {
        nominationId,
        actorId,
        values: { form: 'Giấy khen', issuer: 'UBND huyện Bù Gia Mập', decisionNumber: `${i + 1}/QĐ-UBND`, decisionDate: '2025-10-01' },
        scan: null,
      });
    }
    const codes = await allCodes();
    expect(codes.length).toBe(seeded.length + 150);
    for (const code of codes) expect(code).toMatch(VERIFY_CODE_PATTERN);
    expect(new Set(codes).size).toBe(codes.length);
    // 80 random bits a code: over 2 400 characters every letter of the alphabet turns up, at every position
    // nearly as often as chance says (a sequence or a counter would not).
    const joined = codes.join('');
    for (const letter of VERIFY_CODE_ALPHABET) expect(joined).toContain(letter);
    const firstLetters = new Set(codes.map((c) => c[0]));
    expect(firstLetters.size).toBeGreaterThan(20);
  });

  it('the migration gives rows that existed before it a code each', async () => {
    const file = readdirSync(MIGRATIONS_DIR).find((name) => name.endsWith('_commendation_verify_codes.sql'))!;
    const statements = readFileSync(join(MIGRATIONS_DIR, file), 'utf8').split('--> statement-breakpoint');
    await database.db.execute('ALTER TABLE commendations DROP COLUMN verify_code');
    const before = await queryRows<{ n: number }>(database, 'SELECT count(*)::int AS n FROM commendations');
    for (const statement of statements) await database.db.execute(statement);
    const codes = await allCodes();
    expect(codes.length).toBe(before[0]!.n);
    for (const code of codes) expect(code).toMatch(VERIFY_CODE_PATTERN);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('/verify/[code]', () => {
  const limiter = () => createMissLimiter({ max: 5, windowMs: 60_000 });

  it('finds a code as printed, and sends other spellings of it to its one address', async () => {
    const { code, slug, title } = await seededCommendation();
    const found = await lookUpVerifyCode(database.db, limiter(), { raw: code, address: '203.0.113.5' });
    expect(found).toMatchObject({ kind: 'found', code, commendation: { form: 'Giấy khen', example: { slug, title } } });
    const spaced = code.toLowerCase().match(/.{4}/g)!.join('-');
    expect(await lookUpVerifyCode(database.db, limiter(), { raw: spaced, address: '203.0.113.5' })).toEqual({ kind: 'canonical', code });

    const html = renderToStaticMarkup(VerifiedCommendationView({ code, commendation: found.kind === 'found' ? found.commendation : expect.unreachable() }));
    expect(html).toContain('Khen thưởng này đã được ghi nhận trong sổ vàng Gương sáng.');
    expect(html).toContain(`href="/examples/${slug}"`);
    expect(html).not.toContain(NO_LONGER_PUBLIC);
  });

  it('unknown and malformed codes are not found alike; past the limit an address is not answered, even for a real code', async () => {
    const { code } = await seededCommendation();
    const misses = limiter();
    const address = '198.51.100.7';
    const unknown = code.startsWith('0') ? `1${code.slice(1)}` : `0${code.slice(1)}`;
    for (const raw of [unknown, 'ABC', '../../etc/passwd', 'UUUUUUUUUUUUUUUU', `${code}0`]) {
      expect(await lookUpVerifyCode(database.db, misses, { raw, address })).toEqual({ kind: 'not_found' });
    }
    expect(await lookUpVerifyCode(database.db, misses, { raw: code, address })).toEqual({ kind: 'limited' });
    // Another address is not affected.
    expect(await lookUpVerifyCode(database.db, misses, { raw: code, address: '198.51.100.8' })).toMatchObject({ kind: 'found' });
  });

  it('for an example no longer published: the commendation is confirmed, the example not described', async () => {
    const { code, nominationId, title } = await seededCommendation();
    const [row] = await database.db.select({ version: nominations.version }).from(nominations).where(eq(nominations.id, nominationId));
    const admin = await sessionUserOf(database.db, 'admin@guongsang.test');
    expect(
      await setPublished(database.db, admin, { id: nominationId, action: 'unpublish', expectedVersion: row!.version, reason: 'Gỡ để xác minh lại số liệu' }),
    ).toMatchObject({
      ok: true,
    });
    const outcome = await lookUpVerifyCode(database.db, limiter(), { raw: code, address: null });
    expect(outcome).toMatchObject({ kind: 'found', commendation: { form: 'Giấy khen', example: null } });
    const html = renderToStaticMarkup(VerifiedCommendationView({ code, commendation: outcome.kind === 'found' ? outcome.commendation : expect.unreachable() }));
    expect(html).toContain(NO_LONGER_PUBLIC);
    expect(html).not.toContain(title);
    expect(html).not.toContain('/examples/');
    const [after] = await database.db.select({ version: nominations.version }).from(nominations).where(eq(nominations.id, nominationId));
    await setPublished(database.db, admin, { id: nominationId, action: 'republish', expectedVersion: after!.version, reason: 'Đã xác minh lại số liệu' });
  });

  it('the example API gives each commendation its verifyUrl, and not the bare code', async () => {
    const { code, slug } = await seededCommendation();
    const response = await exampleRoute.GET(new Request(`http://localhost/api/v1/examples/${slug}`), { params: Promise.resolve({ slug }) });
    const body = (await response.json()) as { commendations: Record<string, unknown>[] };
    expect(body.commendations[0]).toEqual({
      form: 'Giấy khen',
      issuer: anyString(),
      decisionNumber: anyString(),
      decisionDate: stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      verifyUrl: `${siteUrl()}/verify/${code}`,
    });
  });
});
