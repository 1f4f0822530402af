/** The flag on an approved example with no confirmed follow-up for over 15 months. */
export function OverdueBadge() {
  return (
    <span
      className="inline-block rounded border border-amber-400 bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900"
      title="Quá 15 tháng chưa có báo cáo theo dõi được xác nhận"
    >
      Chưa cập nhật
    </span>
  );
}
