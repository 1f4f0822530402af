'use client';

import { useActionState } from 'react';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/outcome';
import { assignAction } from './actions';

interface Reviewer {
  id: string;
  name: string;
  workload: number;
}

/** The lead of a level (or an admin) gives the dossier to one of the level's reviewers, seeing each one's load. */
export function AssignForm({ id, reviewers, current }: { id: string; reviewers: Reviewer[]; current: string | null }) {
  const [state, action] = useActionState(assignAction.bind(null, id), IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-3" aria-label="Phân công thẩm định">
      <FormMessage state={state} />
      <SelectField id="assignee" label="Giao cho" defaultValue={current ?? ''} error={errors.assignee}>
        <option value="">Chưa giao</option>
        {reviewers.map((r) => (
          <option key={r.id} value={r.id}>
            {`${r.name} (đang giữ ${r.workload} hồ sơ)`}
          </option>
        ))}
      </SelectField>
      <SubmitButton variant="secondary" pendingText="Đang lưu…">
        Lưu phân công
      </SubmitButton>
    </form>
  );
}
