'use client';

import { useActionState } from 'react';
import { FieldError, TextField, controlClass, labelClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import {
  CRITERION_DESCRIPTION_MAX,
  CRITERION_KEY_MAX,
  CRITERION_LABEL_MAX,
  CRITERION_ROWS,
  LEVEL_NAME_MAX,
  LEVEL_ROWS,
  NOTICE_DAYS_MAX,
  NOTICE_DAYS_MIN,
  criterionField,
  levelField,
} from '@/lib/campaigns/review-setup-schema';
import { LEVEL_AREA_KINDS, LEVEL_AREA_KIND_LABELS } from '@/lib/domain/review-levels';
import { IDLE, type ActionState } from '@/lib/outcome';
import { saveReviewSetupAction } from '../../actions';

interface ReviewSetupFormProps {
  campaignId: number;
  initial: Record<string, string>;
  /** Dossiers in review: the levels and criteria are posted unchanged, only the notice can be edited. */
  locked: boolean;
}

const rowIndexes = (n: number) => Array.from({ length: n }, (_, i) => i);

export function ReviewSetupForm({ campaignId, initial, locked }: ReviewSetupFormProps) {
  const [state, action] = useActionState<ActionState, FormData>(saveReviewSetupAction.bind(null, campaignId), IDLE);
  const values = state.status === 'invalid' ? (state.values ?? initial) : initial;
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const v = (name: string) => values[name] ?? '';

  return (
    <form action={action} className="space-y-6" aria-label="Các cấp xét duyệt, tiêu chí và công khai" noValidate>
      <FormMessage state={state} />
      {locked ? (
        // Posted as they are, so the server sees no change to them.
        <>
          {[...rowIndexes(LEVEL_ROWS).flatMap((i) => [levelField(i, 'Name'), levelField(i, 'Kind')])].map((name) => (
            <input key={name} type="hidden" name={name} value={initial[name] ?? ''} />
          ))}
          {rowIndexes(CRITERION_ROWS)
            .flatMap((i) => [criterionField(i, 'Key'), criterionField(i, 'Label'), criterionField(i, 'Description')])
            .map((name) => (
              <input key={name} type="hidden" name={name} value={initial[name] ?? ''} />
            ))}
        </>
      ) : (
        <>
          <fieldset className="space-y-4 rounded-md border border-stone-200 p-3" aria-describedby="levels-hint">
            <legend className="px-1 text-base font-semibold">Các cấp xét duyệt (từ thấp lên cao)</legend>
            <p id="levels-hint" className="text-sm text-stone-600">
              Tối đa {LEVEL_ROWS} cấp, xếp từ thấp lên cao: xã, rồi huyện, rồi tỉnh; mỗi loại địa bàn dùng cho một cấp. Cấp cuối cùng là cấp quyết định công
              nhận, các cấp trước xét và đề nghị lên. Để trống cả dòng nếu không dùng.
            </p>
            <FieldError id="levels-error" error={errors.levels} />
            {rowIndexes(LEVEL_ROWS).map((i) => (
              <div key={i} className="grid gap-3 border-t border-stone-100 pt-3 sm:grid-cols-2">
                <TextField
                  id={levelField(i, 'Name')}
                  label={`Cấp thứ ${i + 1}: tên`}
                  maxLength={LEVEL_NAME_MAX}
                  defaultValue={v(levelField(i, 'Name'))}
                  error={errors[levelField(i, 'Name')]}
                  autoComplete="off"
                />
                <div>
                  <label htmlFor={levelField(i, 'Kind')} className={labelClass}>
                    Cấp thứ {i + 1}: loại địa bàn
                  </label>
                  <select
                    id={levelField(i, 'Kind')}
                    name={levelField(i, 'Kind')}
                    defaultValue={v(levelField(i, 'Kind'))}
                    className={controlClass}
                    aria-invalid={errors[levelField(i, 'Kind')] ? true : undefined}
                    aria-describedby={errors[levelField(i, 'Kind')] ? `${levelField(i, 'Kind')}-error` : undefined}
                  >
                    <option value="">— Không dùng —</option>
                    {LEVEL_AREA_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {LEVEL_AREA_KIND_LABELS[k]}
                      </option>
                    ))}
                  </select>
                  <FieldError id={`${levelField(i, 'Kind')}-error`} error={errors[levelField(i, 'Kind')]} />
                </div>
              </div>
            ))}
          </fieldset>

          <fieldset className="space-y-4 rounded-md border border-stone-200 p-3" aria-describedby="criteria-hint">
            <legend className="px-1 text-base font-semibold">Bộ tiêu chí chấm điểm</legend>
            <p id="criteria-hint" className="text-sm text-stone-600">
              Tối đa {CRITERION_ROWS} tiêu chí; cán bộ thẩm định chấm mỗi tiêu chí từ 1 đến 5 trước khi đề nghị lên hoặc công nhận. Mã tiêu chí là chữ thường
              không dấu (ví dụ hieu-qua), không trùng nhau. Để trống cả dòng nếu không dùng.
            </p>
            {rowIndexes(CRITERION_ROWS).map((i) => (
              <div key={i} className="grid gap-3 border-t border-stone-100 pt-3 sm:grid-cols-[10rem_1fr]">
                <TextField
                  id={criterionField(i, 'Key')}
                  label={`Tiêu chí ${i + 1}: mã`}
                  maxLength={CRITERION_KEY_MAX}
                  defaultValue={v(criterionField(i, 'Key'))}
                  error={errors[criterionField(i, 'Key')]}
                  autoComplete="off"
                  spellCheck={false}
                />
                <TextField
                  id={criterionField(i, 'Label')}
                  label={`Tiêu chí ${i + 1}: tên`}
                  maxLength={CRITERION_LABEL_MAX}
                  defaultValue={v(criterionField(i, 'Label'))}
                  error={errors[criterionField(i, 'Label')]}
                  autoComplete="off"
                />
                <div className="sm:col-span-2">
                  <TextField
                    id={criterionField(i, 'Description')}
                    label={`Tiêu chí ${i + 1}: gợi ý cho người chấm`}
                    maxLength={CRITERION_DESCRIPTION_MAX}
                    defaultValue={v(criterionField(i, 'Description'))}
                    error={errors[criterionField(i, 'Description')]}
                    autoComplete="off"
                  />
                </div>
              </div>
            ))}
          </fieldset>
        </>
      )}

      <fieldset className="space-y-4 rounded-md border border-stone-200 p-3">
        <legend className="px-1 text-base font-semibold">Công khai lấy ý kiến</legend>
        <div>
          <label className="flex items-start gap-2 text-base">
            <input
              type="checkbox"
              id="usesNotice"
              name="usesNotice"
              defaultChecked={v('usesNotice') === 'on'}
              className="mt-1 h-4 w-4"
              aria-describedby={['usesNotice-hint', errors.usesNotice ? 'usesNotice-error' : ''].filter(Boolean).join(' ')}
              aria-invalid={errors.usesNotice ? true : undefined}
            />
            <span className="font-medium">Công khai danh sách trước khi cấp quyết định công nhận</span>
          </label>
          <p id="usesNotice-hint" className="mt-1 text-sm text-stone-600">
            Khi chọn, cấp quyết định đưa hồ sơ ra công khai trên trang Công khai lấy ý kiến; chỉ công nhận được sau khi hết thời hạn và mọi ý kiến đã được xử
            lý.
          </p>
          <FieldError id="usesNotice-error" error={errors.usesNotice} />
        </div>
        <TextField
          id="noticeWorkingDays"
          label="Thời hạn công khai (ngày làm việc)"
          inputMode="numeric"
          maxLength={2}
          defaultValue={v('noticeWorkingDays')}
          error={errors.noticeWorkingDays}
          hint={`Từ ${NOTICE_DAYS_MIN} đến ${NOTICE_DAYS_MAX} ngày; không tính thứ Bảy, Chủ nhật và ngày lễ, Tết. Thay đổi áp dụng cho các hồ sơ đưa ra công khai sau đó.`}
        />
      </fieldset>

      <SubmitButton pendingText="Đang lưu…">{locked ? 'Lưu thời hạn công khai' : 'Lưu cách xét duyệt'}</SubmitButton>
    </form>
  );
}
