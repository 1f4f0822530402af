'use client';

import type { SaveState } from './use-draft-autosave';

function time(iso: string) {
  return new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(iso),
  );
}

const TEXT: Record<SaveState['status'], (s: SaveState) => string> = {
  idle: () => 'Chưa lưu. Nội dung sẽ tự lưu khi bạn nhập.',
  dirty: () => 'Có thay đổi chưa lưu, sẽ tự lưu sau vài giây.',
  saving: () => 'Đang lưu…',
  saved: (s) => (s.savedAt ? `Đã lưu lúc ${time(s.savedAt)}` : 'Đã lưu'),
  offline: () => 'Mất kết nối: nội dung vẫn được giữ trên máy này và sẽ lưu khi có mạng trở lại.',
  invalid: (s) => `Chưa lưu lên máy chủ: ${s.message ?? 'vui lòng kiểm tra các ô được đánh dấu.'} Nội dung vẫn được giữ trên máy này.`,
  conflict: (s) => s.message ?? 'Hồ sơ vừa được lưu ở nơi khác.',
  gone: (s) => s.message ?? 'Không lưu được hồ sơ này.',
};

/** Where the user always sees whether their text is safe, and what to do when it is not. */
export function SaveBar({
  state,
  onSave,
  onOverwrite,
  onDiscard,
  compact = false,
}: {
  state: SaveState;
  onSave: () => void;
  onOverwrite: () => void;
  onDiscard: () => void;
  compact?: boolean;
}) {
  const warn = ['invalid', 'conflict', 'gone', 'offline'].includes(state.status);
  return (
    <div className={`${compact ? '' : 'sticky top-0 z-10'} rounded-lg border ${warn ? 'border-amber-400 bg-amber-50' : 'border-stone-200 bg-stone-50'} p-3`}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role={compact ? undefined : 'status'} className="text-sm font-medium text-stone-900">
          {TEXT[state.status](state)}
        </p>
        <button type="button" onClick={onSave} className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Lưu nháp
        </button>
      </div>
      {!compact && state.restoredAt && (
        <p className="mt-2 text-sm text-stone-700">
          Đã khôi phục nội dung bạn nhập lúc {time(state.restoredAt)} nhưng chưa kịp lưu.{' '}
          <button type="button" onClick={onDiscard} className="font-medium text-brand-700 underline">
            Bỏ nội dung khôi phục
          </button>
        </p>
      )}
      {!compact && state.status === 'conflict' && (
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" onClick={onDiscard} className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-sm font-semibold">
            Bỏ nội dung của tôi, tải bản mới nhất
          </button>
          <button
            type="button"
            onClick={onOverwrite}
            className="min-h-11 rounded-md border border-red-800 bg-white px-3 py-2 text-sm font-semibold text-red-800"
          >
            Giữ nội dung của tôi, ghi đè bản kia
          </button>
        </div>
      )}
    </div>
  );
}
