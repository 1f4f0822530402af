import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_NOMINATIONS } from '../db/seed/demo-nominations';
import { PHOTO_NOTICE_MESSAGES, photoNotice } from '../lib/uploads/photo-notices';
import { callAction, clientFor, serverActions, type Persona, type ServerAction } from './auth-helpers';

// DESIGN §2 walked over HTTP: every signed-in page and every server action, as each kind of person.
const PEOPLE = ['anonymous', 'memberA', 'memberB', 'reviewerIn', 'reviewerOut', 'admin'] as const satisfies readonly Persona[];
/** The matrix's people: one of each kind of access (the commune and province reviewers have their own journeys). */
type Person = (typeof PEOPLE)[number];
const SIGNED_IN: Persona[] = ['memberA', 'memberB', 'reviewerIn', 'reviewerOut', 'admin'];
const UNKNOWN_USER = '00000000-0000-4000-8000-000000000000';
const UNIT_MEMBERS: Persona[] = ['memberA', 'memberB'];
const REVIEWERS_AND_ADMIN: Persona[] = ['reviewerIn', 'reviewerOut', 'admin'];
const REVIEW_NOT_FOUND = 'Không tìm thấy hồ sơ này trong phạm vi bạn được xem.';
const NOMINATION_NOT_FOUND = 'Không tìm thấy hồ sơ này, hoặc hồ sơ không thuộc đơn vị của bạn.';
const IDLE = { status: 'idle' };

const PAGES: Record<string, Persona[]> = {
  '/account': SIGNED_IN,
  '/nominations': ['memberA', 'memberB'],
  '/nominations?status=draft': ['memberA', 'memberB'],
  '/nominations/new': ['memberA', 'memberB'],
  '/review': ['reviewerIn', 'reviewerOut', 'admin'],
  '/review?tab=rejected': ['reviewerIn', 'reviewerOut', 'admin'],
  '/notifications': SIGNED_IN,
  '/admin': ['admin'],
  '/admin/users/new': ['admin'],
  '/admin/units': ['admin'],
  '/admin/units/1': ['admin'],
  '/admin/audit': ['admin'],
  '/admin/outbox': ['admin'],
  '/admin/campaigns': ['admin'],
  '/admin/campaigns/new': ['admin'],
  '/admin/campaigns/1': ['admin'],
  '/admin/campaigns/1/review': ['admin'],
  '/review/reports': REVIEWERS_AND_ADMIN,
  '/nominations/requests': ['memberA', 'memberB'],
  '/review/reports/follow-ups': REVIEWERS_AND_ADMIN,
  '/review/comments': REVIEWERS_AND_ADMIN,
};

const EXAMPLE_NOT_FOUND = 'Không tìm thấy điển hình này trong phạm vi bạn được xem.';

const DENIED = {
  anonymous: 'Vui lòng đăng nhập để tiếp tục.',
  forbidden: 'Bạn không có quyền thực hiện thao tác này.',
  origin: 'Yêu cầu không xuất phát từ trang Gương sáng',
};

/** For each protected action: who may call it, and a call that changes nothing but shows it ran. */
const ACTIONS: Record<string, { allowed: Persona[]; args: unknown[]; fields: Record<string, string>; ranMarker: string }> = {
  changePasswordAction: {
    allowed: SIGNED_IN,
    args: [IDLE],
    fields: { currentPassword: 'khong-phai-mat-khau', password: 'Mot cau rat dai 2026', confirm: 'Mot cau rat dai 2026' },
    ranMarker: 'Mật khẩu hiện tại không đúng.',
  },
  createUnitAction: {
    allowed: ['admin'],
    args: [IDLE],
    fields: { name: '', kind: 'other', adminUnitTree: '2024', adminUnitCode: '691' },
    ranMarker: 'Vui lòng nhập tên đơn vị.',
  },
  createCampaignAction: { allowed: ['admin'], args: [IDLE], fields: { name: '' }, ranMarker: 'Vui lòng nhập tên phong trào.' },
  updateCampaignAction: { allowed: ['admin'], args: [0, IDLE], fields: {}, ranMarker: 'Không tìm thấy phong trào thi đua này.' },
  saveReviewSetupAction: { allowed: ['admin'], args: [0, IDLE], fields: {}, ranMarker: 'Không tìm thấy phong trào thi đua này.' },
  updateUserAction: { allowed: ['admin'], args: [UNKNOWN_USER, IDLE], fields: { role: 'admin' }, ranMarker: 'Không tìm thấy tài khoản.' },
  createUserAction: {
    allowed: ['admin'],
    args: [IDLE],
    fields: { name: '', email: 'ma-tran@guongsang.test', role: 'admin' },
    ranMarker: 'Vui lòng nhập họ và tên.',
  },
  resetPasswordAction: { allowed: ['admin'], args: [UNKNOWN_USER, IDLE], fields: {}, ranMarker: 'Không tìm thấy tài khoản.' },
  emailSetupLinkAction: { allowed: ['admin'], args: [UNKNOWN_USER, IDLE], fields: {}, ranMarker: 'Không tìm thấy tài khoản.' },
  setMailPreferenceAction: {
    allowed: SIGNED_IN,
    args: [IDLE],
    fields: { preference: 'hang-tuan' },
    ranMarker: 'Vui lòng chọn một cách nhận thư thông báo: ngay, tóm tắt hằng ngày, hoặc tắt.',
  },
  setUserActiveAction: { allowed: ['admin'], args: [UNKNOWN_USER, false, IDLE], fields: {}, ranMarker: 'Không tìm thấy tài khoản.' },
  saveNominationAction: {
    allowed: UNIT_MEMBERS,
    args: [],
    fields: { title: 'Thử', clientKey: 'khong-hop-le' },
    ranMarker: 'Biểu mẫu không hợp lệ, hãy tải lại trang.',
  },
  saveNominationFallbackAction: {
    allowed: UNIT_MEMBERS,
    args: [],
    fields: { title: 'Thử', clientKey: 'khong-hop-le' },
    ranMarker: 'Biểu mẫu không hợp lệ, hãy tải lại trang.',
  },
  moveNominationAction: { allowed: UNIT_MEMBERS, args: [UNKNOWN_USER, 'submit', 1], fields: {}, ranMarker: NOMINATION_NOT_FOUND },
  updateAttachmentAction: { allowed: UNIT_MEMBERS, args: [UNKNOWN_USER, { caption: 'x' }], fields: {}, ranMarker: NOMINATION_NOT_FOUND },
  moveAttachmentAction: { allowed: UNIT_MEMBERS, args: [UNKNOWN_USER, 'up'], fields: {}, ranMarker: NOMINATION_NOT_FOUND },
  removeAttachmentAction: { allowed: UNIT_MEMBERS, args: [UNKNOWN_USER], fields: {}, ranMarker: NOMINATION_NOT_FOUND },
  decideAction: { allowed: REVIEWERS_AND_ADMIN, args: [UNKNOWN_USER, 1, IDLE], fields: { decision: 'approve' }, ranMarker: REVIEW_NOT_FOUND },
  publishAction: {
    allowed: ['admin'],
    args: [UNKNOWN_USER, 1, 'unpublish', IDLE],
    fields: { reason: 'Người được giới thiệu rút lại đồng ý.' },
    ranMarker: REVIEW_NOT_FOUND,
  },
  setUnitAreaAction: { allowed: ['admin'], args: [0, IDLE], fields: { area: '2024:70' }, ranMarker: 'Không tìm thấy đơn vị.' },
  assignAction: { allowed: REVIEWERS_AND_ADMIN, args: [UNKNOWN_USER, IDLE], fields: { assignee: '' }, ranMarker: REVIEW_NOT_FOUND },
  judgeObjectionAction: {
    allowed: REVIEWERS_AND_ADMIN,
    args: [UNKNOWN_USER, UNKNOWN_USER, IDLE],
    fields: { status: 'founded', note: 'Thử' },
    ranMarker: 'Không tìm thấy ý kiến này trong phạm vi bạn được xử lý.',
  },
  noteAction: { allowed: REVIEWERS_AND_ADMIN, args: [UNKNOWN_USER, IDLE], fields: { note: 'Ghi chú thử' }, ranMarker: REVIEW_NOT_FOUND },
  // Support: units and reviewers pass the role check; the example itself is then checked (here: none).
  recordSupportAction: {
    allowed: ['memberA', 'memberB', 'reviewerIn', 'reviewerOut'],
    args: [UNKNOWN_USER, IDLE],
    fields: { date: '2026-01-05', form: 'training', provider: 'Trạm Khuyến nông', amountVnd: '0' },
    ranMarker: 'Không tìm thấy điển hình đã công nhận mà bạn được ghi nhận hỗ trợ.',
  },
  removeSupportAction: {
    allowed: ['memberA', 'memberB', 'reviewerIn', 'reviewerOut'],
    args: [UNKNOWN_USER, IDLE],
    fields: {},
    ranMarker: 'Không tìm thấy mục hỗ trợ này; có thể đã được xoá.',
  },
  moveRequestAction: {
    allowed: UNIT_MEMBERS,
    args: [IDLE],
    fields: { requestId: UNKNOWN_USER, expected: 'new', to: 'contacted' },
    ranMarker: 'Không tìm thấy đăng ký này trong các điển hình của đơn vị bạn.',
  },
  fileFollowUpAction: {
    allowed: UNIT_MEMBERS,
    args: [UNKNOWN_USER, 1, IDLE],
    fields: { year: '2025', modelStatus: 'active' },
    ranMarker: NOMINATION_NOT_FOUND,
  },
  confirmFollowUpAction: { allowed: REVIEWERS_AND_ADMIN, args: [UNKNOWN_USER, UNKNOWN_USER, 1, IDLE], fields: {}, ranMarker: REVIEW_NOT_FOUND },
  proposeUpdateAction: {
    allowed: UNIT_MEMBERS,
    args: [UNKNOWN_USER, 1, IDLE],
    fields: {},
    ranMarker: 'Đề xuất chưa hợp lệ, vui lòng xem lại các mục được đánh dấu.',
  },
  withdrawUpdateAction: { allowed: UNIT_MEMBERS, args: [UNKNOWN_USER, 1, UNKNOWN_USER, IDLE], fields: {}, ranMarker: EXAMPLE_NOT_FOUND },
  decideUpdateAction: {
    allowed: REVIEWERS_AND_ADMIN,
    args: [UNKNOWN_USER, 1, UNKNOWN_USER, IDLE],
    fields: { decision: 'approve' },
    ranMarker: EXAMPLE_NOT_FOUND,
  },
  // A plain form: it answers with a redirect whose ?photo= code names the outcome (lib/uploads/photo-notices.ts).
  removeUpdatePhotoAction: { allowed: UNIT_MEMBERS, args: [UNKNOWN_USER, UNKNOWN_USER], fields: {}, ranMarker: PHOTO_NOTICE_MESSAGES.photoGone },
  moderateCommentAction: {
    allowed: REVIEWERS_AND_ADMIN,
    args: [IDLE],
    fields: { commentId: UNKNOWN_USER, expected: 'pending', action: 'publish' },
    ranMarker: 'Không tìm thấy ý kiến này trong phạm vi bạn được kiểm duyệt.',
  },
};
/** Open to everyone by design, or touching only the caller's own rows; covered by their own tests. */
const PUBLIC_ACTIONS = [
  'loginAction',
  'setupPasswordAction',
  'signOutAction',
  'markAllReadAction',
  'submitObjectionAction',
  'requestReplicationAction',
  'rateExampleAction',
  'submitCommentAction',
];

const clients = new Map<Persona, APIRequestContext>();

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  for (const who of PEOPLE) clients.set(who, await clientFor(browser, baseURL!, who));
});
test.afterAll(async () => {
  for (const c of clients.values()) await c.dispose();
});

test('every server action of the build is in the matrix', () => {
  const names = serverActions()
    .map((a) => a.name)
    .sort();
  expect(names).toEqual([...Object.keys(ACTIONS), ...PUBLIC_ACTIONS].sort());
});

for (const [path, allowed] of Object.entries(PAGES)) {
  test(`page ${path}: allowed for ${allowed.join(', ')}`, async () => {
    for (const who of PEOPLE) {
      const res = await clients.get(who)!.get(path, { maxRedirects: 0 });
      if (who === 'anonymous') {
        expect(res.status(), who).toBe(307);
        const location = new URL(res.headers().location!, 'http://x');
        expect(location.pathname).toBe('/login');
        expect(location.searchParams.get('next')).toBe(path);
      } else if (allowed.includes(who)) {
        expect(res.status(), `${who} ${path}`).toBe(200);
        expect(res.headers()['cache-control'], `${who} ${path}`).toContain('no-store');
      } else {
        expect(res.status(), `${who} ${path}`).toBe(403);
      }
    }
  });
}

test('a review page: reviewers in scope and admins see it; out of scope is told why; units get 403', async () => {
  const queue = await (await clients.get('reviewerIn')!.get('/review')).text();
  const id = queue.match(/\/review\/([0-9a-f-]{36})/)?.[1];
  expect(id).toBeTruthy();
  const expected: Record<Person, number> = { anonymous: 307, memberA: 403, memberB: 403, reviewerIn: 200, reviewerOut: 200, admin: 200 };
  for (const who of PEOPLE) {
    const res = await clients.get(who)!.get(`/review/${id}`, { maxRedirects: 0 });
    expect(res.status(), who).toBe(expected[who]);
    const body = await res.text();
    if (who === 'reviewerOut') {
      expect(body).toContain('ngoài địa bàn');
      expect(body).not.toContain('Thông tin riêng (không công bố)');
    }
    if (who === 'reviewerIn') expect(body).toContain('Thông tin riêng (không công bố)');
  }
});

test('a user page of the admin console is the admin’s alone', async () => {
  const list = await (await clients.get('admin')!.get('/admin')).text();
  const id = list.match(/\/admin\/users\/([0-9a-f-]{36})/)?.[1];
  expect(id).toBeTruthy();
  for (const who of PEOPLE) {
    const res = await clients.get(who)!.get(`/admin/users/${id}`, { maxRedirects: 0 });
    expect(res.status(), who).toBe(who === 'admin' ? 200 : who === 'anonymous' ? 307 : 403);
  }
});

test('units see only their own nominations; reviewers only those in scope', async () => {
  const titleOf = (key: string) => DEMO_NOMINATIONS.find((n) => n.key === key)!.title;
  const phuNghiaDraft = titleOf('dieu-len-to-ghep-dieu-dak-son');
  const nongDanSubmitted = titleOf('clb-dieu-huu-co-binh-loi');
  const pageA = await (await clients.get('memberA')!.get('/nominations')).text();
  const pageB = await (await clients.get('memberB')!.get('/nominations')).text();
  expect(pageA).toContain(phuNghiaDraft);
  expect(pageA).not.toContain(nongDanSubmitted);
  expect(pageB).toContain(nongDanSubmitted);
  expect(pageB).not.toContain(phuNghiaDraft);
  // Every dossier in review in their area, whichever level holds it (the default tab shows their level's only).
  const inScope = await (await clients.get('reviewerIn')!.get('/review?tab=submitted')).text();
  const outOfScope = await (await clients.get('reviewerOut')!.get('/review?tab=submitted')).text();
  expect(inScope).toContain(nongDanSubmitted);
  expect(inScope).not.toContain(phuNghiaDraft);
  expect(outOfScope).not.toContain(nongDanSubmitted);
});

function actionNamed(name: string): ServerAction {
  const action = serverActions().find((a) => a.name === name);
  if (!action) throw new Error(`no action ${name}`);
  return action;
}

for (const [name, rule] of Object.entries(ACTIONS)) {
  test(`action ${name}: allowed for ${rule.allowed.join(', ')}`, async ({ baseURL }) => {
    const action = actionNamed(name);
    for (const who of PEOPLE) {
      // A made-up cookie gets an anonymous caller past the proxy, so the action's own check is what answers.
      const res = await callAction(clients.get(who)!, baseURL!, action, { ...rule, cookie: who === 'anonymous' ? 'gs_session=forged.value' : undefined });
      // Actions for forms without JavaScript answer with a redirect whose address carries the message.
      const redirect = decodeURIComponent(res.headers().location ?? '') + decodeURIComponent(res.headers()['x-action-redirect'] ?? '');
      const notice = photoNotice(new URL(redirect.split(';')[0] || '/', 'http://x').searchParams.get('photo') ?? undefined)?.message ?? '';
      const body = (await res.text()) + redirect + notice;
      if (rule.allowed.includes(who)) {
        expect(body, `${who} ${name}`).toContain(rule.ranMarker);
      } else {
        expect(body, `${who} ${name}`).toContain(who === 'anonymous' ? DENIED.anonymous : DENIED.forbidden);
        expect(body, `${who} ${name}`).not.toContain(rule.ranMarker);
      }
    }
  });

  test(`action ${name}: refuses a foreign Origin, even from an admin`, async ({ baseURL }) => {
    const res = await callAction(clients.get('admin')!, baseURL!, actionNamed(name), { ...rule, origin: 'https://evil.example' });
    const body = await res.text();
    expect(body).not.toContain(rule.ranMarker);
    expect(res.status() !== 200 || body.includes(DENIED.origin)).toBe(true);
  });
}

test('the public actions hold their own line', async ({ baseURL }) => {
  const anonymous = clients.get('anonymous')!;
  const setup = await callAction(anonymous, baseURL!, actionNamed('setupPasswordAction'), {
    args: ['khong-co-duong-dan-nay-dau-nhe-123456789', IDLE],
    fields: { password: 'Mot cau rat dai 2026', confirm: 'Mot cau rat dai 2026' },
  });
  expect(await setup.text()).toContain('Đường dẫn thiết lập không hợp lệ');
  const foreignLogin = await callAction(anonymous, baseURL!, actionNamed('loginAction'), {
    args: [IDLE],
    fields: { email: 'admin@guongsang.test', password: 'guongsang-demo-2025' },
    origin: 'https://evil.example',
  });
  expect(foreignLogin.headers()['set-cookie'] ?? '').not.toContain('gs_session=');
});

test('the upload endpoint checks who is asking, for which nomination, from where', async ({ baseURL }) => {
  const list = await (await clients.get('memberB')!.get('/nominations')).text();
  const other = list.match(/\/nominations\/([0-9a-f-]{36})/)?.[1];
  expect(other).toBeTruthy();
  const post = (who: Persona, origin = new URL(baseURL!).origin, cookie?: string) =>
    clients.get(who)!.post(`/nominations/${other}/attachments`, {
      headers: { Origin: origin, ...(cookie ? { Cookie: cookie } : {}) },
      multipart: { kind: 'photo', file: { name: 'a.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not really a photo') } },
      maxRedirects: 0,
    });
  expect((await post('anonymous', undefined, 'gs_session=forged.value')).status()).toBe(401);
  expect((await post('reviewerIn')).status()).toBe(403);
  expect((await post('admin')).status()).toBe(403);
  expect((await post('memberA')).status()).toBe(404);
  expect((await post('memberB', 'https://evil.example')).status()).toBe(403);
  const own = await post('memberB');
  expect([400, 404]).toContain(own.status());
});

test('the commendation endpoint checks who is asking, for which example, from where', async ({ baseURL }) => {
  const queue = await (await clients.get('reviewerIn')!.get('/review?tab=approved')).text();
  // The tab also lists unpublished examples: take one that offers the commendation form.
  let approved: string | undefined;
  for (const [, id] of queue.matchAll(/\/review\/([0-9a-f-]{36})/g)) {
    if ((await (await clients.get('reviewerIn')!.get(`/review/${id}`)).text()).includes('aria-label="Ghi nhận khen thưởng"')) {
      approved = id;
      break;
    }
  }
  expect(approved).toBeTruthy();
  const fields = { form: 'Giấy khen', issuer: 'UBND huyện', decisionNumber: '1/QĐ', decisionDate: '2025-01-02' };
  // An empty issuer: a caller who gets past every check is told so, and nothing is recorded.
  const post = (who: Persona, id = approved!, origin = new URL(baseURL!).origin, cookie?: string) =>
    clients.get(who)!.post(`/review/${id}/commendation`, {
      headers: { Origin: origin, Accept: 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
      multipart: { ...fields, issuer: '' },
      maxRedirects: 0,
    });
  expect((await post('anonymous', approved, undefined, 'gs_session=forged.value')).status()).toBe(401);
  expect((await post('memberA')).status()).toBe(403);
  expect((await post('memberB')).status()).toBe(403);
  expect((await post('admin', approved, 'https://evil.example')).status()).toBe(403);
  expect((await post('reviewerOut')).status()).toBe(400);
  expect(await (await post('reviewerOut')).text()).toContain('không có quyền');
  expect((await post('reviewerIn', UNKNOWN_USER)).status()).toBe(404);
  const allowed = await post('admin');
  expect(allowed.status()).toBe(400);
  expect(await allowed.text()).toContain('Vui lòng');
});

test('a private file is served only to its unit, reviewers in scope and admins', async () => {
  const returned = DEMO_NOMINATIONS.find((n) => n.key === 'ho-nong-van-sang-tieu-ga')!;
  const list = await (await clients.get('memberA')!.get('/nominations?status=returned')).text();
  const href = list.match(/href="(\/nominations\/[0-9a-f-]{36})"/)?.[1];
  expect(href, returned.title).toBeTruthy();
  const page = await (await clients.get('memberA')!.get(href!)).text();
  const fileId = page.match(/\/files\/([0-9a-f-]{36})/)?.[1];
  expect(fileId).toBeTruthy();
  const expected: Record<Person, number> = { anonymous: 404, memberA: 200, memberB: 404, reviewerIn: 200, reviewerOut: 404, admin: 200 };
  for (const who of PEOPLE) {
    const res = await clients.get(who)!.get(`/files/${fileId}`);
    expect(res.status(), who).toBe(expected[who]);
    if (res.status() === 200) {
      expect(res.headers()['x-content-type-options']).toBe('nosniff');
      expect(res.headers()['cache-control']).toContain('no-store');
    }
  }
});

test('denials are written to the audit log', async () => {
  const res = await clients.get('admin')!.get(`/admin/audit?action=permission_denied&actor=${encodeURIComponent('hoinongdan@guongsang.test')}`);
  const body = await res.text();
  expect(body.includes('create_unit'), 'an action denial').toBe(true);
  expect(body.includes('/admin/users/new'), 'a page denial').toBe(true);
});

test('the x-middleware-subrequest header does not skip any check', async () => {
  const anonymous = clients.get('anonymous')!;
  const tricks = ['proxy', 'middleware', 'src/middleware', 'proxy:proxy:proxy:proxy:proxy', 'middleware:middleware:middleware:middleware:middleware'];
  for (const value of tricks) {
    for (const cookie of [undefined, 'gs_session=forged.value']) {
      const res = await anonymous.get('/admin', { headers: { 'x-middleware-subrequest': value, ...(cookie ? { Cookie: cookie } : {}) }, maxRedirects: 0 });
      expect(res.status(), `${value} ${cookie ?? ''}`).toBe(307);
      expect(res.headers().location).toContain('/login');
    }
  }
});
