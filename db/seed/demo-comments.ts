import type { CommentStatus } from '@/lib/domain/reader-comments';
import type { Db } from '../client';
import { exampleCommentEvents, exampleComments } from '../schema';

// Reader comments on the demo's approved examples: several published, so the pages and cards look read,
// a few waiting in the district reviewer's queue, and one advertisement hidden with its reason. Names are
// made up; e-mails use the reserved .test domain.

interface DemoComment {
  example: string;
  name: string;
  email?: string;
  content: string;
  status: CommentStatus;
  /** How long before the seed's moment the reader wrote it. */
  hoursAgo: number;
  hiddenReason?: string;
}

export const DEMO_COMMENTS: readonly DemoComment[] = [
  {
    example: 'ngan-hang-bo-phu-nghia',
    name: 'Nguyễn Văn Hải',
    email: 'nguyen.van.hai@vidu.test',
    content:
      'Mô hình rất thiết thực. Ở thôn tôi cũng có nhiều hộ có sức lao động nhưng thiếu vốn, nếu được giao bò như ở Phú Nghĩa thì nhiều hộ sẽ vươn lên được. Mong xã chia sẻ cách lập tổ quản lý đàn bò.',
    status: 'published',
    hoursAgo: 960,
  },
  {
    example: 'ngan-hang-bo-phu-nghia',
    name: 'Thị Hương',
    content:
      'Gia đình tôi nhận bò năm 2021, nay đã có thêm hai con bê và đã trả bê cái cho tổ để giao tiếp hộ khác.\nCảm ơn xã và cán bộ thú y đã đến tận nhà hướng dẫn cách chăm sóc.',
    status: 'published',
    hoursAgo: 600,
  },
  {
    example: 'ngan-hang-bo-phu-nghia',
    name: 'Trần Minh Đức',
    content: 'Xin hỏi tổ có tập huấn tiêm phòng lở mồm long móng định kỳ cho các hộ nhận bò không? Nhờ đơn vị giới thiệu chia sẻ thêm kinh nghiệm phòng bệnh.',
    status: 'published',
    hoursAgo: 290,
  },
  {
    example: 'hop-tac-xa-dieu-duc-hanh',
    name: 'Lâm Thị Thu',
    content:
      'Hợp tác xã bao tiêu hạt điều với giá ổn định là điều bà con rất cần. Năm nay giá điều xuống, nhờ có hợp đồng nên nhà tôi không bị thương lái ép giá.',
    status: 'published',
    hoursAgo: 720,
  },
  {
    example: 'to-tiet-kiem-vay-von-binh-giai',
    name: 'Phạm Văn Lực',
    content:
      'Tổ tiết kiệm họp đều hằng tháng, sổ sách công khai, ai cũng nắm được mình vay bao nhiêu, trả bao nhiêu. Cách làm này nên nhân rộng ra các thôn khác.',
    status: 'published',
    hoursAgo: 1200,
  },
  {
    example: 'nuoc-sach-bon-bu-ren',
    name: 'Điểu Thị Lan',
    content: 'Trước đây mùa khô bà con phải đi xa lấy nước. Từ khi có giếng khoan và bồn chứa, trẻ em trong bon không còn phải nghỉ học để đi gánh nước nữa.',
    status: 'published',
    hoursAgo: 430,
  },
  {
    example: 'thanh-nien-hoc-nghe-bu-gia-map',
    name: 'Vũ Quang Huy',
    email: 'vu.quang.huy@vidu.test',
    content: 'Em học nghề sửa xe máy ở lớp của Huyện đoàn năm 2022, giờ đã mở được tiệm nhỏ ở ngã ba. Mong huyện mở thêm lớp điện dân dụng cho thanh niên.',
    status: 'published',
    hoursAgo: 210,
  },
  {
    example: 'ngan-hang-bo-phu-nghia',
    name: 'Hoàng Văn Tuấn',
    email: 'hoang.van.tuan@vidu.test',
    content: 'Thôn 4 xã Bình Thắng có 8 hộ muốn tham gia. Xin hỏi điều kiện nhận bò là gì và mỗi hộ có phải góp vốn đối ứng không?',
    status: 'pending',
    hoursAgo: 20,
  },
  {
    example: 'hoang-thi-mai-ban-dieu-truc-tuyen',
    name: 'Nguyễn Thị Bích',
    content: 'Chị Mai bán điều trên mạng giỏi quá. Cho em hỏi chị có mở lớp hướng dẫn chụp ảnh sản phẩm và đăng bán cho chị em trong xã không ạ?',
    status: 'pending',
    hoursAgo: 6,
  },
  {
    example: 'cuu-chien-binh-tran-van-hung-ho-tieu',
    name: 'Lê Hữu Phước',
    content: 'Tấm gương của bác Hùng rất đáng học tập. Đề nghị ghi rõ thêm số hộ được bác cho mượn giống tiêu và hướng dẫn kỹ thuật.',
    status: 'pending',
    hoursAgo: 50,
  },
  {
    example: 'ngan-hang-bo-da-kia',
    name: 'Vay nhanh 24h',
    content: 'Vay tiền nhanh không cần thế chấp, giải ngân trong 30 phút. Liên hệ vaynhanh24h.top để được tư vấn.',
    status: 'hidden',
    hoursAgo: 170,
    hiddenReason: 'Quảng cáo dịch vụ cho vay, không liên quan đến điển hình.',
  },
];

const HOUR = 3_600_000;

export async function seedDemoComments(db: Db, ctx: { idsByKey: Map<string, string>; moderatorId: string; now: Date }): Promise<void> {
  for (const c of DEMO_COMMENTS) {
    const createdAt = new Date(ctx.now.getTime() - c.hoursAgo * HOUR);
    // Moderated the morning after, as a reviewer working through the queue would.
    const moderatedAt = c.status === 'pending' ? null : new Date(createdAt.getTime() + 16 * HOUR);
    const [row] = await db
      .insert(exampleComments)
      .values({
        nominationId: ctx.idsByKey.get(c.example)!,
        authorName: c.name,
        authorEmail: c.email ?? null,
        content: c.content,
        status: c.status,
        createdAt,
        firstPublishedAt: c.status === 'published' ? moderatedAt : null,
        moderatedBy: moderatedAt ? ctx.moderatorId : null,
        moderatedAt,
        hiddenReason: c.hiddenReason ?? null,
      })
      .returning({ id: exampleComments.id });
    if (moderatedAt) {
      await db.insert(exampleCommentEvents).values({
        commentId: row!.id,
        actorId: ctx.moderatorId,
        fromStatus: 'pending',
        toStatus: c.status,
        reason: c.hiddenReason ?? null,
        createdAt: moderatedAt,
      });
    }
  }
}
