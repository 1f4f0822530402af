'use client';

import { useActionState } from 'react';
import { FieldError, controlClass, labelClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { OBJECTION_MAX_CHARS } from '@/lib/domain/notice';
import { IDLE } from '@/lib/outcome';
import { submitObjectionAction } from './actions';

/** "Góp ý, phản ánh": no account; the contact goes to the council only. */
export function ObjectionForm({ nominationId }: { nominationId: string }) {
  const [state, action] = useActionState(submitObjectionAction.bind(null, nominationId), IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const values = state.status === 'invalid' ? (state.values ?? {}) : {};
  const described = (id: string, hint?: boolean) => [hint ? `${id}-hint` : '', errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <form action={action} aria-labelledby="gop-y-title" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
      <h2 id="gop-y-title" className="text-xl font-semibold">
        Góp ý, phản ánh
      </h2>
      <p className="text-sm text-stone-700">
        Ai cũng có thể gửi ý kiến, không cần tài khoản. Họ tên và số điện thoại hoặc email chỉ hội đồng xét duyệt được xem, để liên hệ xác minh khi cần; không
        bao giờ được công khai. Nội dung được lưu dưới dạng chữ thuần.
      </p>
      <FormMessage state={state} />
      {/* React resets the form after each action; a refusal puts back what was typed. */}
      <div className="space-y-4">
        <div>
          <label htmlFor="authorName" className={labelClass}>
            Họ và tên (bắt buộc)
          </label>
          <input
            id="authorName"
            name="authorName"
            autoComplete="name"
            maxLength={120}
            defaultValue={values.authorName}
            className={controlClass}
            aria-invalid={errors.authorName ? true : undefined}
            aria-describedby={described('authorName')}
          />
          <FieldError id="authorName-error" error={errors.authorName} />
        </div>
        <div>
          <label htmlFor="contact" className={labelClass}>
            Số điện thoại hoặc email (bắt buộc, không công khai)
          </label>
          <input
            id="contact"
            name="contact"
            autoComplete="tel"
            maxLength={120}
            defaultValue={values.contact}
            className={controlClass}
            aria-invalid={errors.contact ? true : undefined}
            aria-describedby={described('contact')}
          />
          <FieldError id="contact-error" error={errors.contact} />
        </div>
        <div>
          <label htmlFor="content" className={labelClass}>
            Nội dung góp ý, phản ánh (bắt buộc)
          </label>
          <textarea
            id="content"
            name="content"
            rows={6}
            maxLength={OBJECTION_MAX_CHARS}
            defaultValue={values.content}
            className={controlClass}
            aria-invalid={errors.content ? true : undefined}
            aria-describedby={described('content', true)}
          />
          <p id="content-hint" className="mt-1 text-sm text-stone-600">
            Tối đa {OBJECTION_MAX_CHARS.toLocaleString('vi-VN')} ký tự. Nêu rõ điều bạn thấy chưa đúng và căn cứ (nếu có).
          </p>
          <FieldError id="content-error" error={errors.content} />
        </div>
        {/* People never see this field; bots fill every field they find. */}
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label htmlFor="website">Trang web</label>
          <input id="website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
      </div>
      <SubmitButton pendingText="Đang gửi…">Gửi ý kiến</SubmitButton>
    </form>
  );
}
