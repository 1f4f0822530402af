'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/outcome';
import { emailSetupLinkAction, resetPasswordAction, setUserActiveAction } from '../../actions';
import { SetupLinkBox } from '../../setup-link-box';

export function UserActions({ userId, active, isSelf }: { userId: string; active: boolean; isSelf: boolean }) {
  const [activeState, toggle] = useActionState(setUserActiveAction.bind(null, userId, !active), IDLE);
  const [resetState, reset] = useActionState(resetPasswordAction.bind(null, userId), IDLE);
  const [mailState, mail] = useActionState(emailSetupLinkAction.bind(null, userId), IDLE);
  return (
    <div className="mt-6 grid gap-4 sm:grid-cols-2">
      <form action={reset} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-label="Cấp lại mật khẩu">
        <h2 className="font-semibold">Cấp lại mật khẩu</h2>
        <p className="text-sm text-stone-700">Mật khẩu hiện tại hết hiệu lực, mọi phiên đăng nhập bị đăng xuất, và một đường dẫn đặt mật khẩu mới được tạo.</p>
        <FormMessage state={resetState} />
        {resetState.status === 'ok' && resetState.data?.url && <SetupLinkBox url={resetState.data.url} expiresAt={resetState.data.expiresAt ?? ''} />}
        <SubmitButton variant="secondary" pendingText="Đang cấp…">
          Cấp đường dẫn đặt mật khẩu
        </SubmitButton>
      </form>
      {active && (
        <form action={mail} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-label="Gửi đường dẫn đặt mật khẩu qua e-mail">
          <h2 className="font-semibold">Gửi đường dẫn qua e-mail</h2>
          <p className="text-sm text-stone-700">
            Một đường dẫn đặt mật khẩu mới được gửi thẳng tới hộp thư của người dùng (bạn không nhìn thấy nó). Mật khẩu hiện tại vẫn dùng được cho tới khi họ
            đặt mật khẩu mới.
          </p>
          <FormMessage state={mailState} />
          <SubmitButton variant="secondary" pendingText="Đang gửi…">
            Gửi qua e-mail
          </SubmitButton>
        </form>
      )}
      {!isSelf && (
        <form
          action={toggle}
          className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
          aria-label={active ? 'Vô hiệu hóa tài khoản' : 'Kích hoạt lại tài khoản'}
        >
          <h2 className="font-semibold">{active ? 'Vô hiệu hóa tài khoản' : 'Kích hoạt lại tài khoản'}</h2>
          <p className="text-sm text-stone-700">
            {active
              ? 'Người dùng bị đăng xuất ngay trên mọi thiết bị và không đăng nhập được nữa. Hồ sơ họ đã lập vẫn được giữ.'
              : 'Người dùng có thể đăng nhập lại bằng mật khẩu của mình.'}
          </p>
          <FormMessage state={activeState} />
          <SubmitButton variant={active ? 'danger' : 'secondary'} pendingText="Đang lưu…">
            {active ? 'Vô hiệu hóa' : 'Kích hoạt lại'}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
