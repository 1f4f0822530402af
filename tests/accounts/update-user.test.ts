import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { adminUnits, auditEvents, units, users } from '@/db/schema';
import { scopeFromForm } from '@/lib/accounts/schemas';
import { createUser, updateUser } from '@/lib/accounts/users';
import type { SessionUser } from '@/lib/domain/actor';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { PEOPLE, addUser } from '../support/accounts';
import { stringMatching } from '../support/matchers';

let database: TestDatabase;
const people: Record<string, SessionUser> = {};
const request = { ipAddress: '203.0.113.41', userAgent: 'vitest' };
const as = (who: string) => ({ actor: people[who]!, request });
const FORBIDDEN = 'Bạn không có quyền thực hiện thao tác này.';

async function person(email: string): Promise<SessionUser> {
  const [u] = await database.db.select().from(users).where(eq(users.email, email));
  const scope = u!.scopeTree ? { tree: u!.scopeTree, code: u!.scopeCode! } : null;
  return { id: u!.id, name: u!.name, email, role: u!.role, unitId: u!.unitId, unitName: null, scope, reviewLead: u!.reviewLead };
}

async function account(id: string) {
  const [u] = await database.db
    .select({ role: users.role, unitId: users.unitId, scopeTree: users.scopeTree, scopeCode: users.scopeCode, reviewLead: users.reviewLead })
    .from(users)
    .where(eq(users.id, id));
  return u!;
}

async function auditFor(id: string) {
  return database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'user_updated'), eq(auditEvents.targetId, id)))
    .orderBy(auditEvents.id);
}

async function unitIdOf(name: string) {
  const [row] = await database.db.select({ id: units.id }).from(units).where(eq(units.name, name));
  return row!.id;
}

/** A real unit of the map: the first of the tree at that level. */
async function mapUnit(tree: '2024' | '2025', level: number) {
  const [row] = await database.db
    .select({ code: adminUnits.code })
    .from(adminUnits)
    .where(and(eq(adminUnits.tree, tree), eq(adminUnits.level, level)))
    .orderBy(asc(adminUnits.code))
    .limit(1);
  return row!.code;
}

let phuNghia: number;
let seq = 0;
async function freshMember(): Promise<string> {
  seq += 1;
  return addUser(database.db, { email: `sua-${seq}@guongsang.test`, name: `Người thử ${seq}`, role: 'unit_member', unitId: phuNghia });
}

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  for (const [key, email] of Object.entries(PEOPLE)) people[key] = await person(email);
  phuNghia = await unitIdOf('UBND xã Phú Nghĩa');
});
afterAll(() => database.dispose());

describe('the admin edits an account’s role, unit, scope and level lead', () => {
  it('makes a unit member a commune-level reviewer who leads the level, in one audited change', async () => {
    const id = await freshMember();
    const raw = { role: 'reviewer', unitId: String(phuNghia), scopeTree: '2024', scopeCode: '25267', reviewLead: 'on' };
    expect(await updateUser(database.db, as('admin'), { userId: id, raw })).toEqual({ ok: true, value: { changed: true } });
    expect(await account(id)).toEqual({ role: 'reviewer', unitId: phuNghia, scopeTree: '2024', scopeCode: '25267', reviewLead: true });
    const audit = await auditFor(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: people.admin!.id, targetType: 'user', ipAddress: request.ipAddress });
    expect(audit[0]!.detail).toEqual({
      email: `sua-${seq}@guongsang.test`,
      changes: { role: ['unit_member', 'reviewer'], reviewLead: [false, true], scope: [null, '2024:25267'] },
    });
    // Saving the same again changes nothing and writes nothing.
    expect(await updateUser(database.db, as('admin'), { userId: id, raw })).toEqual({ ok: true, value: { changed: false } });
    expect(await auditFor(id)).toHaveLength(1);
  });

  it('takes scopes of either tree: a new province, a new commune, an old district, an old province', async () => {
    const id = await freshMember();
    const scopes: [string, string][] = [
      ['2025', await mapUnit('2025', 1)],
      ['2025', await mapUnit('2025', 2)],
      ['2024', '691'],
      ['2024', '70'],
    ];
    for (const [scopeTree, scopeCode] of scopes) {
      const result = await updateUser(database.db, as('admin'), { userId: id, raw: { role: 'reviewer', unitId: String(phuNghia), scopeTree, scopeCode } });
      expect(result, `${scopeTree}:${scopeCode}`).toMatchObject({ ok: true });
      expect(await account(id)).toMatchObject({ scopeTree, scopeCode, reviewLead: false });
    }
  });

  it('clears what a role does not use: an admin has no unit or scope, a member no scope and no lead', async () => {
    const id = await freshMember();
    await updateUser(database.db, as('admin'), {
      userId: id,
      raw: { role: 'reviewer', unitId: String(phuNghia), scopeTree: '2024', scopeCode: '691', reviewLead: 'on' },
    });
    await updateUser(database.db, as('admin'), {
      userId: id,
      raw: { role: 'unit_member', unitId: String(phuNghia), scopeTree: '2024', scopeCode: '691', reviewLead: 'on' },
    });
    expect(await account(id)).toEqual({ role: 'unit_member', unitId: phuNghia, scopeTree: null, scopeCode: null, reviewLead: false });
    await updateUser(database.db, as('admin'), { userId: id, raw: { role: 'admin', unitId: String(phuNghia) } });
    expect(await account(id)).toEqual({ role: 'admin', unitId: null, scopeTree: null, scopeCode: null, reviewLead: false });
  });

  it('refuses everyone but an admin, changing nothing', async () => {
    const id = await freshMember();
    const before = await account(id);
    for (const who of ['memberA', 'reviewerIn', 'reviewerOut'] as const) {
      expect(await updateUser(database.db, as(who), { userId: id, raw: { role: 'admin' } })).toEqual({ ok: false, message: FORBIDDEN });
    }
    expect(await account(id)).toEqual(before);
    expect(await auditFor(id)).toHaveLength(0);
  });

  it('refuses a reviewer without a unit or a scope, a scope not on the map, and a member without a unit', async () => {
    const id = await freshMember();
    const before = await account(id);
    const noScope = await updateUser(database.db, as('admin'), { userId: id, raw: { role: 'reviewer', unitId: '', scopeTree: '', scopeCode: '' } });
    expect(noScope).toMatchObject({
      ok: false,
      message: 'Vui lòng kiểm tra các ô được đánh dấu.',
      fieldErrors: { unitId: 'Vui lòng chọn đơn vị công tác.', scopeCode: stringMatching(/Vui lòng chọn địa bàn thẩm định/) },
    });
    for (const [scopeTree, scopeCode] of [
      ['2024', '999'],
      ['2025', '691'],
      ['2025', '99999'],
    ]) {
      const unknown = await updateUser(database.db, as('admin'), { userId: id, raw: { role: 'reviewer', unitId: String(phuNghia), scopeTree, scopeCode } });
      expect(unknown, `${scopeTree}:${scopeCode}`).toMatchObject({ ok: false, fieldErrors: { scopeCode: stringMatching(/không có trong hệ địa giới/) } });
    }
    const badCode = await updateUser(database.db, as('admin'), {
      userId: id,
      raw: { role: 'reviewer', unitId: String(phuNghia), scopeTree: '2024', scopeCode: '6a1' },
    });
    expect(badCode).toMatchObject({ ok: false, fieldErrors: { scopeCode: stringMatching(/mã xã \(5 chữ số\)/) } });
    const noUnit = await updateUser(database.db, as('admin'), { userId: id, raw: { role: 'unit_member', unitId: '' } });
    expect(noUnit).toMatchObject({ ok: false, fieldErrors: { unitId: 'Vui lòng chọn đơn vị công tác.' } });
    const badRole = await updateUser(database.db, as('admin'), { userId: id, raw: { role: 'superuser' } });
    expect(badRole).toMatchObject({ ok: false, fieldErrors: { role: 'Vui lòng chọn vai trò.' } });
    const stray = await updateUser(database.db, as('admin'), { userId: id, raw: { role: 'admin', email: 'doi@guongsang.test' } });
    expect(stray.ok).toBe(false);
    expect(await account(id)).toEqual(before);
    expect(await auditFor(id)).toHaveLength(0);
  });

  it('refuses an admin dropping their own admin role, but lets them save it unchanged', async () => {
    const admin = people.admin!;
    for (const role of ['reviewer', 'unit_member']) {
      const result = await updateUser(database.db, as('admin'), {
        userId: admin.id,
        raw: { role, unitId: String(phuNghia), scopeTree: '2024', scopeCode: '691' },
      });
      expect(result).toEqual({
        ok: false,
        message: 'Bạn không thể tự bỏ vai trò quản trị của mình; hãy nhờ một quản trị viên khác.',
        fieldErrors: { role: 'Bạn không thể tự bỏ vai trò quản trị của mình; hãy nhờ một quản trị viên khác.' },
      });
    }
    expect((await account(admin.id)).role).toBe('admin');
    expect(await updateUser(database.db, as('admin'), { userId: admin.id, raw: { role: 'admin' } })).toEqual({ ok: true, value: { changed: false } });
    expect(await auditFor(admin.id)).toHaveLength(0);
  });

  it('answers an unknown account plainly', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await updateUser(database.db, as('admin'), { userId: unknown, raw: { role: 'admin' } })).toEqual({
      ok: false,
      message: 'Không tìm thấy tài khoản.',
    });
    expect(await updateUser(database.db, as('admin'), { userId: 'khong-phai-id', raw: { role: 'admin' } })).toEqual({
      ok: false,
      message: 'Không tìm thấy tài khoản.',
    });
  });
});

describe('creating a reviewer with a scope picked on the map', () => {
  it('reads the picker’s choice: a province or district as tree:code, a commune through the commune fields', () => {
    expect(scopeFromForm({ scopeArea: '2024:691', communeTree: '2025', communeCode: '12345' })).toEqual({ scopeTree: '2024', scopeCode: '691' });
    expect(scopeFromForm({ scopeArea: 'commune', communeTree: '2024', communeCode: '25267' })).toEqual({ scopeTree: '2024', scopeCode: '25267' });
    expect(scopeFromForm({ scopeArea: '' })).toEqual({ scopeTree: '', scopeCode: '' });
  });

  it('creates a commune-level reviewer (a commune scope was refused before)', async () => {
    const result = await createUser(database.db, as('admin'), {
      name: 'Cán bộ xã thử',
      email: 'canbo-xa-thu@guongsang.test',
      role: 'reviewer',
      unitId: String(phuNghia),
      ...scopeFromForm({ scopeArea: 'commune', communeTree: '2024', communeCode: '25267' }),
    });
    expect(result.ok).toBe(true);
    const [u] = await database.db.select().from(users).where(eq(users.email, 'canbo-xa-thu@guongsang.test'));
    expect(u).toMatchObject({ role: 'reviewer', scopeTree: '2024', scopeCode: '25267' });
  });
});
