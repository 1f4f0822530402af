'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useHydrated } from '@/components/ui/combobox';
import { moveNominationAction } from './actions';

export interface Problem {
  field: string;
  message: string;
}

/** Submit or withdraw; before submitting, `beforeMove` saves what is on screen and returns the version. */
export function MoveButton({
  id,
  action,
  version,
  beforeMove,
  afterMove,
}: {
  id: string;
  action: 'submit' | 'withdraw';
  version: number;
  beforeMove?: () => Promise<number | null>;
  afterMove?: (ok: boolean) => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // The click is handled by script: until the page has hydrated (seconds on a slow phone) a tap would be lost.
  const hydrated = useHydrated();
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const label = action === 'submit' ? 'Gửi thẩm định' : 'Rút hồ sơ về để sửa';
  return (
    <div className="space-y-3">
      <button
        type="button"
        disabled={pending || !hydrated}
        onClick={() =>
          startTransition(async () => {
            const current = beforeMove ? await beforeMove() : version;
            if (current === null) {
              setMessage('Chưa lưu được nội dung mới nhất, nên chưa gửi. Hãy xem thông báo ở đầu biểu mẫu.');
              return;
            }
            const result = await moveNominationAction(id, action, current);
            afterMove?.(result.status === 'ok');
            if (result.status === 'ok') {
              setMessage(null);
              setProblems([]);
              router.refresh();
              return;
            }
            setMessage(result.message);
            setProblems(result.problems ?? []);
          })
        }
        className={`min-h-11 rounded-md px-5 py-2 font-semibold ${action === 'submit' ? 'bg-brand-700 text-white hover:bg-brand-800' : 'border border-stone-400 bg-white text-stone-900 hover:bg-stone-50'}`}
      >
        {pending ? 'Đang xử lý…' : label}
      </button>
      <div aria-live="polite">
        {message && (
          <div className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-stone-900">
            <p className="font-semibold">{message}</p>
            {problems.length > 0 && (
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {problems.map((p) => (
                  <li key={`${p.field}-${p.message}`}>
                    <a href={`#field-${p.field}`}>{p.message}</a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
