'use client';

import { useActionState } from 'react';
import { submitCommentAction } from './comment-actions';
import { FieldError, controlClass, labelClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { COMMENT_EMAIL_MAX_CHARS, COMMENT_MAX_CHARS, COMMENT_MAX_LINKS, COMMENT_NAME_MAX_CHARS } from '@/lib/domain/reader-comments';
import { IDLE } from '@/lib/outcome';

/** "Gửi ý kiến": a plain form that posts without JavaScript too; the comment waits for a moderator. */
export function CommentForm({ exampleId, pagePath }: { exampleId: string; pagePath: string }) {
  // The page's path as permalink: a post without script then carries the same state key from Next's page
  // and from the one rendered without Next (lib/plain-pages), and Next shows the answer in this form.
  const [state, action] = useActionState(submitCommentAction, IDLE, pagePath);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const values = state.status === 'invalid' ? (state.values ?? {}) : {};
  const described = (id: string, hint?: boolean) => [hint ? `cmt-${id}-hint` : '', errors[id] ? `cmt-${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  if (state.status === 'ok') {
    return (
      <div role="status" className="no-print rounded-lg border border-green-300 bg-green-50 p-4 sm:p-6">
        <h3 className="text-lg font-semibold text-green-900">Đã gửi ý kiến</h3>
        <p className="mt-2 text-green-900">{state.message}</p>
      </div>
    );
  }
  return (
    <form action={action} aria-labelledby="gui-y-kien-title" className="no-print space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
      <h3 id="gui-y-kien-title" className="text-lg font-semibold">
        Gửi ý kiến
      </h3>
      <p className="text-sm text-stone-700">
        Không cần tài khoản. Ý kiến được cán bộ kiểm duyệt trước khi đăng; trang chỉ hiện họ tên, ngày gửi và nội dung. Email (nếu có) không bao giờ được công
        khai.
      </p>
      <FormMessage state={state} />
      <input type="hidden" name="exampleId" value={exampleId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="cmt-authorName" className={labelClass}>
            Họ và tên (bắt buộc, được hiển thị)
          </label>
          <input
            id="cmt-authorName"
            name="authorName"
            autoComplete="name"
            maxLength={COMMENT_NAME_MAX_CHARS}
            defaultValue={values.authorName}
            className={controlClass}
            aria-invalid={errors.authorName ? true : undefined}
            aria-describedby={described('authorName')}
          />
          <FieldError id="cmt-authorName-error" error={errors.authorName} />
        </div>
        <div>
          <label htmlFor="cmt-authorEmail" className={labelClass}>
            Email (không bắt buộc, không công khai)
          </label>
          <input
            id="cmt-authorEmail"
            name="authorEmail"
            type="email"
            autoComplete="email"
            maxLength={COMMENT_EMAIL_MAX_CHARS}
            defaultValue={values.authorEmail}
            className={controlClass}
            aria-invalid={errors.authorEmail ? true : undefined}
            aria-describedby={described('authorEmail')}
          />
          <FieldError id="cmt-authorEmail-error" error={errors.authorEmail} />
        </div>
      </div>
      <div>
        <label htmlFor="cmt-content" className={labelClass}>
          Ý kiến của bạn (bắt buộc)
        </label>
        <textarea
          id="cmt-content"
          name="content"
          rows={5}
          maxLength={COMMENT_MAX_CHARS}
          defaultValue={values.content}
          className={controlClass}
          aria-invalid={errors.content ? true : undefined}
          aria-describedby={described('content', true)}
        />
        <p id="cmt-content-hint" className="mt-1 text-sm text-stone-600">
          Tối đa {COMMENT_MAX_CHARS.toLocaleString('vi-VN')} ký tự; chỉ văn bản thuần, không định dạng; không quá {COMMENT_MAX_LINKS} đường dẫn trang web.
        </p>
        <FieldError id="cmt-content-error" error={errors.content} />
      </div>
      {/* People never see this field; bots fill every field they find. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="cmt-website">Trang web</label>
        <input id="cmt-website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <SubmitButton pendingText="Đang gửi…">Gửi ý kiến</SubmitButton>
    </form>
  );
}
