import type { SupportForm } from '@/lib/domain/example-support';
import type { RequestStatus } from '@/lib/domain/replication-requests';
import { REQUEST_STATUSES } from '@/lib/domain/replication-requests';
import type { Db } from '../client';
import { exampleSupport, replicationRequestEvents, replicationRequests } from '../schema';

// Support received and requests to learn, on the demo's approved examples. Contacts are made up and
// reserved for documentation (the 0912 000 xxx range, the .test domain).

interface DemoSupport {
  example: string;
  date: string;
  form: SupportForm;
  provider: string;
  amountVnd: number;
}

export const DEMO_SUPPORT: readonly DemoSupport[] = [
  { example: 'ngan-hang-bo-phu-nghia', date: '2020-04-10', form: 'policy_loan', provider: 'Phòng giao dịch NHCSXH huyện Bù Gia Mập', amountVnd: 300_000_000 },
  { example: 'ngan-hang-bo-phu-nghia', date: '2020-06-18', form: 'training', provider: 'Trạm Khuyến nông huyện Bù Gia Mập', amountVnd: 12_000_000 },
  { example: 'ngan-hang-bo-phu-nghia', date: '2023-09-05', form: 'market_linkage', provider: 'Công ty TNHH Chăn nuôi Bình Phước', amountVnd: 0 },
  {
    example: 'hop-tac-xa-dieu-duc-hanh',
    date: '2022-08-01',
    form: 'equipment',
    provider: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Phước',
    amountVnd: 150_000_000,
  },
  {
    example: 'hop-tac-xa-dieu-duc-hanh',
    date: '2023-03-12',
    form: 'market_linkage',
    provider: 'Công ty Cổ phần Chế biến điều Bình Phước',
    amountVnd: 45_000_000,
  },
  {
    example: 'to-tiet-kiem-vay-von-binh-giai',
    date: '2021-11-22',
    form: 'policy_loan',
    provider: 'Phòng giao dịch NHCSXH huyện Bù Gia Mập',
    amountVnd: 500_000_000,
  },
  { example: 'ho-me-don-than-mnong-dak-o', date: '2022-02-14', form: 'land', provider: 'UBND xã Đắk Ơ', amountVnd: 0 },
];

interface DemoRequest {
  example: string;
  /** Set when a signed-in unit asked: the unit key and the member's e-mail. */
  unit?: { key: string; email: string };
  name: string;
  phone?: string;
  email?: string;
  commune: string;
  message: string;
  status: RequestStatus;
  daysAgo: number;
  /** For "replicated": the demo nomination that replicates the example. */
  replicatedBy?: string;
}

export const DEMO_REQUESTS: readonly DemoRequest[] = [
  {
    example: 'ngan-hang-bo-phu-nghia',
    name: 'Điểu Văn Thắng',
    phone: '0912 000 101',
    commune: '25231',
    message: 'Tổ tự quản thôn 3 muốn học cách chia bò và cách xoay vòng bê con. Chúng tôi có 12 hộ nghèo muốn tham gia.',
    status: 'new',
    daysAgo: 2,
  },
  {
    example: 'ngan-hang-bo-phu-nghia',
    name: 'Nguyễn Thị Hồng',
    email: 'nguyen.thi.hong@vidu.test',
    commune: '25222',
    message: 'Chi hội phụ nữ thôn Bình Tiến xin được đến tham quan chuồng trại và hỏi cách lập quỹ.',
    status: 'contacted',
    daysAgo: 12,
  },
  {
    example: 'ngan-hang-bo-phu-nghia',
    name: 'Thị Nguyệt',
    phone: '0912 000 102',
    commune: '25225',
    message: 'Muốn học kinh nghiệm chăm sóc bò sinh sản cho đồng bào S’tiêng.',
    status: 'visit_arranged',
    daysAgo: 30,
  },
  {
    example: 'ngan-hang-bo-phu-nghia',
    unit: { key: 'hoi-nong-dan', email: 'hoinongdan@guongsang.test' },
    name: 'Trần Quốc Bảo',
    email: 'hoinongdan@guongsang.test',
    commune: '25222',
    message: 'Hội Nông dân huyện đề nghị phối hợp nhân rộng mô hình tại xã Bình Thắng.',
    status: 'replicated',
    daysAgo: 400,
    replicatedBy: 'ngan-hang-bo-binh-thang',
  },
  {
    example: 'hop-tac-xa-dieu-duc-hanh',
    name: 'Lâm Văn Tư',
    phone: '0912 000 103',
    commune: '25267',
    message: 'Xin tài liệu về quy trình liên kết tiêu thụ hạt điều của hợp tác xã.',
    status: 'new',
    daysAgo: 5,
  },
];

interface LivingContext {
  idsByKey: Map<string, string>;
  unitIds: Map<string, number>;
  userIds: Map<string, string>;
  /** Who records the support and moves the requests: the owning unit's member when it has one. */
  recorderFor: (exampleKey: string) => string;
  now: Date;
}

export async function seedDemoLiving(db: Db, ctx: LivingContext): Promise<void> {
  for (const s of DEMO_SUPPORT) {
    await db.insert(exampleSupport).values({
      nominationId: ctx.idsByKey.get(s.example)!,
      supportedOn: s.date,
      form: s.form,
      provider: s.provider,
      amountVnd: s.amountVnd,
      recordedBy: ctx.recorderFor(s.example),
    });
  }
  for (const r of DEMO_REQUESTS) {
    const createdAt = new Date(ctx.now.getTime() - r.daysAgo * 86_400_000);
    const [row] = await db
      .insert(replicationRequests)
      .values({
        nominationId: ctx.idsByKey.get(r.example)!,
        requesterKind: r.unit ? 'unit' : 'citizen',
        requestingUnitId: r.unit ? ctx.unitIds.get(r.unit.key)! : null,
        requestedBy: r.unit ? ctx.userIds.get(r.unit.email)! : null,
        name: r.name,
        phone: r.phone ?? null,
        email: r.email ?? null,
        communeTree: '2024',
        communeCode: r.commune,
        message: r.message,
        status: r.status,
        replicatedNominationId: r.replicatedBy ? ctx.idsByKey.get(r.replicatedBy)! : null,
        createdAt,
        updatedAt: createdAt,
      })
      .returning({ id: replicationRequests.id });
    // The history the status implies: one step a day after the request came in.
    const steps = REQUEST_STATUSES.slice(0, REQUEST_STATUSES.indexOf(r.status) + 1);
    for (let i = 1; i < steps.length; i++) {
      await db.insert(replicationRequestEvents).values({
        requestId: row!.id,
        actorId: ctx.recorderFor(r.example),
        fromStatus: steps[i - 1]!,
        toStatus: steps[i]!,
        createdAt: new Date(createdAt.getTime() + i * 86_400_000),
      });
    }
  }
}
