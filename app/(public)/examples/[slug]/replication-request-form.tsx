'use client';

import { useActionState, useContext } from 'react';
import { requestReplicationAction } from './actions';
import { RenderedWithoutNext } from '@/components/layout/plain-page';
import { CommunePicker } from '@/components/nominations/commune-picker';
import { FieldError, controlClass, labelClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { REQUEST_MESSAGE_MAX_CHARS } from '@/lib/domain/replication-requests';
import type { AdminTree } from '@/lib/domain/vocabulary';
import { IDLE } from '@/lib/outcome';

const FORM_TITLE_ID = 'dang-ky-form-title';

/** "Đăng ký học tập, nhân rộng mô hình": a plain form that posts without JavaScript too. */
export function ReplicationRequestForm({ exampleId, pagePath }: { exampleId: string; pagePath: string }) {
  // The page's path as permalink: a post without script then carries the same state key from Next's page
  // and from the one rendered without Next (lib/plain-pages), and Next shows the answer in this form.
  const [state, action] = useActionState(requestReplicationAction, IDLE, pagePath);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const values = state.status === 'invalid' ? (state.values ?? {}) : {};
  const described = (id: string, hint?: boolean) => [hint ? `${id}-hint` : '', errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const commune =
    values.communeCode && /^\d{5}$/.test(values.communeCode)
      ? {
          tree: values.communeTree === '2024' ? ('2024' as AdminTree) : ('2025' as AdminTree),
          code: values.communeCode,
          label: `Xã, phường mã ${values.communeCode}`,
        }
      : null;
  // The commune is picked by typing its name, which needs the form's script: a page without script links here.
  if (useContext(RenderedWithoutNext)) {
    return (
      <p>
        <a
          href={`${pagePath}?dang-ky=1#${FORM_TITLE_ID}`}
          className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800"
        >
          Mở mẫu đăng ký học tập
        </a>
      </p>
    );
  }
  if (state.status === 'ok') {
    return (
      <div role="status" className="rounded-lg border border-green-300 bg-green-50 p-4 sm:p-6">
        <h3 className="text-lg font-semibold text-green-900">Đã gửi đăng ký</h3>
        <p className="mt-2 text-green-900">{state.message}</p>
      </div>
    );
  }
  return (
    <form action={action} aria-labelledby={FORM_TITLE_ID} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
      <h3 id={FORM_TITLE_ID} className="text-lg font-semibold">
        Gửi đăng ký
      </h3>
      <p className="text-sm text-stone-700">
        Không cần tài khoản. Họ tên, số điện thoại và email chỉ đơn vị giới thiệu điển hình và cơ quan thẩm định được xem, để liên hệ với bạn; không bao giờ
        được công khai. Nếu bạn đăng nhập bằng tài khoản đơn vị, đăng ký được ghi nhận là của đơn vị bạn.
      </p>
      <FormMessage state={state} />
      <input type="hidden" name="exampleId" value={exampleId} />
      <div>
        <label htmlFor="req-name" className={labelClass}>
          Họ và tên (bắt buộc)
        </label>
        <input
          id="req-name"
          name="name"
          autoComplete="name"
          maxLength={120}
          defaultValue={values.name}
          className={controlClass}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={described('name')}
        />
        <FieldError id="name-error" error={errors.name} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="req-phone" className={labelClass}>
            Số điện thoại
          </label>
          <input
            id="req-phone"
            name="phone"
            type="tel"
            autoComplete="tel"
            maxLength={20}
            defaultValue={values.phone}
            className={controlClass}
            aria-invalid={errors.phone ? true : undefined}
            aria-describedby={[`contact-hint`, errors.phone ? 'phone-error' : ''].filter(Boolean).join(' ')}
          />
          <FieldError id="phone-error" error={errors.phone} />
        </div>
        <div>
          <label htmlFor="req-email" className={labelClass}>
            Email
          </label>
          <input
            id="req-email"
            name="email"
            type="email"
            autoComplete="email"
            maxLength={120}
            defaultValue={values.email}
            className={controlClass}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={[`contact-hint`, errors.email ? 'email-error' : ''].filter(Boolean).join(' ')}
          />
          <FieldError id="email-error" error={errors.email} />
        </div>
        <p id="contact-hint" className="text-sm text-stone-600 sm:col-span-2">
          Nhập ít nhất một trong hai: số điện thoại hoặc email (không công khai).
        </p>
      </div>
      <CommunePicker defaultValue={commune} error={errors.communeCode ?? errors.communeTree} label="Xã, phường nơi bạn sinh sống, làm việc (bắt buộc)" />
      <div>
        <label htmlFor="req-message" className={labelClass}>
          Bạn muốn học hỏi điều gì? (bắt buộc)
        </label>
        <textarea
          id="req-message"
          name="message"
          rows={5}
          maxLength={REQUEST_MESSAGE_MAX_CHARS}
          defaultValue={values.message}
          className={controlClass}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={described('message', true)}
        />
        <p id="message-hint" className="mt-1 text-sm text-stone-600">
          Tối đa {REQUEST_MESSAGE_MAX_CHARS.toLocaleString('vi-VN')} ký tự. Ví dụ: số hộ muốn tham gia, thời gian có thể đến tham quan.
        </p>
        <FieldError id="message-error" error={errors.message} />
      </div>
      {/* People never see this field; bots fill every field they find. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="req-website">Trang web</label>
        <input id="req-website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <SubmitButton pendingText="Đang gửi…">Gửi đăng ký</SubmitButton>
    </form>
  );
}
