'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useState, useTransition } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE, type ActionState } from '@/lib/outcome';
import { noteAction, publishAction } from './actions';

const area = 'mt-1 block w-full rounded-md border border-stone-400 px-3 py-2 text-base';

export function NoteForm({ id }: { id: string }) {
  const [state, action] = useActionState(noteAction.bind(null, id), IDLE);
  return (
    <form action={action} className="space-y-3" aria-label="Ghi chú nội bộ">
      <FormMessage state={state} />
      <label htmlFor="note" className="block text-sm font-medium">
        Ghi chú nội bộ (đơn vị không thấy)
      </label>
      <textarea id="note" name="note" rows={3} className={area} />
      <SubmitButton variant="secondary" pendingText="Đang lưu…">
        Lưu ghi chú
      </SubmitButton>
    </form>
  );
}

export function PublishForm({ id, version, action: move }: { id: string; version: number; action: 'unpublish' | 'republish' }) {
  const [state, action] = useActionState(publishAction.bind(null, id, version, move), IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-3" aria-label={move === 'unpublish' ? 'Gỡ công bố' : 'Công bố lại'}>
      <FormMessage state={state} />
      <label htmlFor="reason" className="block text-sm font-medium">
        Lý do (bắt buộc, lưu vào lịch sử)
      </label>
      <textarea id="reason" name="reason" rows={3} className={area} aria-invalid={errors.reason ? true : undefined} />
      <SubmitButton variant={move === 'unpublish' ? 'danger' : 'secondary'} pendingText="Đang xử lý…">
        {move === 'unpublish' ? 'Gỡ khỏi trang công khai' : 'Công bố lại'}
      </SubmitButton>
    </form>
  );
}

async function sendCommendation(id: string, data: FormData): Promise<ActionState> {
  try {
    const response = await fetch(`/review/${encodeURIComponent(id)}/commendation`, { method: 'POST', body: data, headers: { Accept: 'application/json' } });
    return (await response.json()) as ActionState;
  } catch {
    return { status: 'invalid', message: 'Không gửi được biểu mẫu. Vui lòng kiểm tra kết nối rồi thử lại.', fieldErrors: {} };
  }
}

/**
 * Posts to a route handler, not a server action: the scan may reach 20 MB while actions keep a small body
 * limit. Without script the browser posts the same form there and comes back to the review page.
 */
export function CommendationForm({ id, forms }: { id: string; forms: readonly string[] }) {
  const router = useRouter();
  const [state, setState] = useState<ActionState>(IDLE);
  const [pending, startTransition] = useTransition();
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const values = state.status === 'invalid' ? (state.values ?? {}) : {};
  const field = (name: string, label: string, input: React.ReactNode) => (
    <div>
      <label htmlFor={`c-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      {input}
      {errors[name] && <p className="mt-1 text-sm font-medium text-red-800">{errors[name]}</p>}
    </div>
  );
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      const next = await sendCommendation(id, data);
      setState(next);
      if (next.status === 'ok') router.refresh();
    });
  };
  return (
    <form
      method="post"
      action={`/review/${encodeURIComponent(id)}/commendation`}
      encType="multipart/form-data"
      onSubmit={submit}
      className="space-y-3"
      aria-label="Ghi nhận khen thưởng"
      key={state.status === 'ok' ? state.message : 'form'}
    >
      <FormMessage state={state} />
      {field(
        'form',
        'Hình thức',
        <select id="c-form" name="form" defaultValue={values.form ?? ''} className={area}>
          <option value="">— Chọn —</option>
          {forms.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>,
      )}
      {field('issuer', 'Cơ quan ban hành', <input id="c-issuer" name="issuer" defaultValue={values.issuer} className={area} />)}
      {field('decisionNumber', 'Số quyết định', <input id="c-decisionNumber" name="decisionNumber" defaultValue={values.decisionNumber} className={area} />)}
      {field(
        'decisionDate',
        'Ngày quyết định',
        <input id="c-decisionDate" name="decisionDate" type="date" defaultValue={values.decisionDate} className={area} />,
      )}
      {field(
        'scan',
        'Bản quét quyết định (PDF, không bắt buộc)',
        <input id="c-scan" name="scan" type="file" accept="application/pdf" className="mt-1 block w-full text-base" />,
      )}
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 text-base font-semibold text-white disabled:opacity-70"
      >
        {pending ? 'Đang ghi nhận…' : 'Ghi nhận khen thưởng'}
      </button>
    </form>
  );
}
