import { z } from 'zod';
import { VERSIONED_FIELDS, type VersionedField, type VersionedValues } from '@/lib/domain/example-versions';
import { controlCharsMessage, hasControlChars } from '@/lib/domain/control-chars';
import { IMPACT_FIGURE_KEYS } from '@/lib/domain/vocabulary';
import { nominationDraftSchema } from '@/lib/nominations/schema';

// Client-safe: the unit's form and its server action share it. The fields' rules are the nomination form's.
const shape = nominationDraftSchema.shape;
const MIN_STORY_CHARS = 200;

export const UPDATE_MESSAGES = {
  pendingExists: 'Điển hình này đang có một đề xuất cập nhật chờ duyệt. Hãy chờ kết quả, hoặc rút đề xuất đó trước khi gửi đề xuất mới.',
  noChange: 'Đề xuất chưa thay đổi nội dung nào so với bản đang công bố.',
  noPending: 'Không còn đề xuất cập nhật nào chờ duyệt cho điển hình này (có thể đã được rút hoặc đã có quyết định).',
  notDecidingLevel: 'Chỉ cán bộ thẩm định ở cấp quyết định công nhận của phong trào (hoặc quản trị viên) mới duyệt đề xuất cập nhật.',
  notOwnUnit: 'Chỉ đơn vị đã giới thiệu điển hình mới đề xuất cập nhật hoặc rút đề xuất.',
  notPublished: 'Chỉ đề xuất cập nhật cho điển hình đang được công bố.',
  photosChanged: 'Đơn vị vừa thêm hoặc bỏ ảnh của đề xuất sau khi bạn mở trang. Chưa có gì được duyệt; hãy tải lại trang, xem lại ảnh rồi quyết định.',
  nothingToApprove: 'Đề xuất chưa có nội dung sửa và chưa có ảnh mới nên không có gì để duyệt. Hãy chờ đơn vị bổ sung ảnh, hoặc không duyệt kèm lý do.',
} as const;

export const exampleUpdateSchema = z
  .strictObject(
    {
      title: shape.title,
      summary: shape.summary,
      story: shape.story,
      householdsEscaped: shape.householdsEscaped,
      nearPoorHelped: shape.nearPoorHelped,
      beneficiaryHouseholds: shape.beneficiaryHouseholds,
      ethnicMinorityHouseholds: shape.ethnicMinorityHouseholds,
      jobsCreated: shape.jobsCreated,
      contributionVnd: shape.contributionVnd,
      startedYear: shape.startedYear,
      // What changed and why, for the reviewer; never public.
      note: z.preprocess(
        (v) => (typeof v === 'string' ? v.normalize('NFC').trim() : ''),
        z
          .string()
          .refine((s) => [...s].length <= 1000, 'Ghi chú cho cán bộ thẩm định không được dài quá 1000 ký tự.')
          .refine((s) => !hasControlChars(s, { multiline: true }), controlCharsMessage('Ghi chú cho cán bộ thẩm định')),
      ),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `Biểu mẫu có trường không được hỗ trợ: ${issue.keys.join(', ')}.` : undefined) },
  )
  .superRefine((d, ctx) => {
    if (d.summary === '') ctx.addIssue({ code: 'custom', path: ['summary'], message: 'Vui lòng nhập tóm tắt.' });
    const storyChars = [...d.story].length;
    if (storyChars < MIN_STORY_CHARS)
      ctx.addIssue({ code: 'custom', path: ['story'], message: `Câu chuyện cần ít nhất ${MIN_STORY_CHARS} ký tự (hiện có ${storyChars}).` });
    if (!IMPACT_FIGURE_KEYS.some((key) => (d[key] ?? 0) > 0))
      ctx.addIssue({
        code: 'custom',
        path: ['householdsEscaped'],
        message: 'Cần ít nhất một số liệu kết quả lớn hơn 0 (hộ thoát nghèo, hộ hưởng lợi, việc làm, tiền đóng góp…).',
      });
    if (d.ethnicMinorityHouseholds != null && d.beneficiaryHouseholds != null && d.ethnicMinorityHouseholds > d.beneficiaryHouseholds)
      ctx.addIssue({ code: 'custom', path: ['ethnicMinorityHouseholds'], message: 'Số hộ đồng bào dân tộc thiểu số không được lớn hơn số hộ hưởng lợi.' });
  });

export type ExampleUpdateInput = z.infer<typeof exampleUpdateSchema>;
export const UPDATE_FORM_KEYS = [...VERSIONED_FIELDS, 'note'] as const satisfies readonly (VersionedField | 'note')[];

export function updateInputOf(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of UPDATE_FORM_KEYS) {
    const value = form.get(key);
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

export function versionedOf(input: ExampleUpdateInput): VersionedValues {
  const { note: _note, ...fields } = input;
  return fields;
}
