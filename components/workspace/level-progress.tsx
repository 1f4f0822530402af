import type { NominationStatus } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';

interface Props {
  levels: readonly { name: string }[];
  /** The level the dossier is at (0 = lowest); null while it is with its unit. */
  current: number | null;
  status: NominationStatus;
  usesNotice: boolean;
  noticeEndsAt?: Date | null;
}

type Step = { label: string; state: 'done' | 'current' | 'todo' };

/** Where a dossier is on its way up: the levels, the public notice, the decision — "Đang ở cấp huyện". */
export function LevelProgress({ levels, current, status, usesNotice, noticeEndsAt }: Props) {
  const decided = status === 'approved' || status === 'unpublished';
  const underReview = status === 'submitted' || status === 'in_notice';
  const steps: Step[] = levels.map((level, i) => ({
    label: level.name,
    state:
      decided || (underReview && current !== null && i < current) || (status === 'in_notice' && i === current)
        ? 'done'
        : underReview && i === current
          ? 'current'
          : 'todo',
  }));
  if (usesNotice) steps.push({ label: 'Công khai lấy ý kiến', state: decided ? 'done' : status === 'in_notice' ? 'current' : 'todo' });
  steps.push({ label: 'Công nhận', state: decided ? 'done' : 'todo' });
  const here =
    status === 'in_notice'
      ? 'Đang công khai lấy ý kiến'
      : underReview && current !== null && levels[current]
        ? `Đang ở ${levels[current].name.toLowerCase()}`
        : null;
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-3 sm:p-4">
      {here && (
        <p className="font-semibold text-stone-900">
          {here}
          {status === 'in_notice' && noticeEndsAt ? ` (đến hết ngày ${formatDate(noticeEndsAt)})` : ''}
        </p>
      )}
      <ol className="mt-2 flex flex-wrap gap-x-2 gap-y-1 text-sm" aria-label="Các bước xét duyệt">
        {steps.map((step, i) => (
          <li key={step.label} className="flex items-center gap-2" aria-current={step.state === 'current' ? 'step' : undefined}>
            {i > 0 && (
              <span aria-hidden="true" className="text-stone-400">
                →
              </span>
            )}
            <span
              className={
                step.state === 'current'
                  ? 'rounded bg-brand-700 px-2 py-0.5 font-semibold text-white'
                  : step.state === 'done'
                    ? 'text-green-800'
                    : 'text-stone-600'
              }
            >
              {step.state === 'done' ? '✓ ' : ''}
              {step.label}
              {step.state === 'done' ? (
                <span className="sr-only"> (đã qua)</span>
              ) : step.state === 'current' ? (
                <span className="sr-only"> (hiện tại)</span>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
