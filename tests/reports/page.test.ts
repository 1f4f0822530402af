import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/domain/actor';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { REPORT_CAMPAIGN, seedReportWorld, type ReportWorld } from './fixture';

// The page's guard is tested with the auth helpers; here the test says who passed it.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/current-user', () => ({
  requirePermission: async (_path: string, allowed: (u: SessionUser) => boolean) => {
    if (!session.user || !allowed(session.user)) throw new Error('refused');
    return session.user;
  },
}));

const { setDatabase } = await import('@/db/index');
const { default: SeasonReportPage } = await import('@/app/(workspace)/review/reports/page');

let database: TestDatabase;
let world: ReportWorld;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  world = await seedReportWorld(database.db);
  setDatabase(database);
});
afterAll(async () => {
  setDatabase(undefined);
  await database.dispose();
});
beforeEach(() => {
  session.user = null;
});

async function render(user: SessionUser, params: Record<string, string>): Promise<string> {
  session.user = user;
  return renderToStaticMarkup(await SeasonReportPage({ searchParams: Promise.resolve(params) }));
}

describe('the report page', () => {
  it('shows both tables with totals, the download links for the same report, the definitions and the print page size', async () => {
    const html = await render(world.people.reviewerIn, {});
    expect(html).toContain(`Báo cáo tổng hợp gương điển hình năm 2023 – ${REPORT_CAMPAIGN.name}</h1>`);
    expect(html).toContain('Theo xã (3 xã, phường)');
    expect(html).toContain('Theo đơn vị (2 đơn vị giới thiệu)');
    expect(html).toContain('5.170.000.000');
    expect(html).toContain(`href="/review/reports/xlsx?campaign=${REPORT_CAMPAIGN.slug}&amp;year=2023"`);
    expect(html).toContain('Tải Excel (.xlsx)');
    expect(html).toContain('table=unit');
    expect(html).toContain('Cách tính');
    expect(html).toContain('@page { size: A4 landscape; margin: 12mm; }');
    expect(html).not.toContain('Phường Tân Phú');
    expect(html).toMatch(/<div role="region" aria-labelledby="theo-xa-caption" tabindex="0" class="[^"]*overflow-x-auto/);
  });

  it('shows the refusal and no figures for an area outside the scope', async () => {
    const html = await render(world.people.reviewerIn, { area: '689' });
    expect(html).toContain('role="alert"');
    expect(html).toContain('nằm ngoài phạm vi bạn được giao thẩm định');
    expect(html).not.toContain('Tải Excel');
    expect(html).not.toContain('<table');
  });

  it('refuses a unit member', async () => {
    await expect(render(world.people.memberA, {})).rejects.toThrow('refused');
  });
});
