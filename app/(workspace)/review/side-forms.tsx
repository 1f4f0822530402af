'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/outcome';
import { commendAction, noteAction, publishAction } from './actions';

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

export function CommendationForm({ id, forms }: { id: string; forms: readonly string[] }) {
  const [state, action] = useActionState(commendAction.bind(null, id), IDLE);
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
  return (
    <form action={action} className="space-y-3" aria-label="Ghi nhận khen thưởng" key={state.status === 'ok' ? state.message : 'form'}>
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
      <SubmitButton pendingText="Đang ghi nhận…">Ghi nhận khen thưởng</SubmitButton>
    </form>
  );
}
