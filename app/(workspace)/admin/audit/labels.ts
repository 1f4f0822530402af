import type { AuditAction } from '@/db/queries/audit';

export const AUDIT_LABELS: Record<AuditAction, string> = {
  login: 'Đăng nhập',
  login_failed: 'Đăng nhập không thành công',
  login_throttled: 'Đăng nhập bị tạm khóa do sai nhiều lần',
  logout: 'Đăng xuất',
  password_changed: 'Đổi mật khẩu',
  password_set: 'Đặt mật khẩu qua đường dẫn',
  setup_link_issued: 'Cấp đường dẫn đặt lại mật khẩu',
  user_created: 'Tạo tài khoản',
  user_updated: 'Sửa tài khoản',
  user_deactivated: 'Vô hiệu hóa tài khoản',
  user_reactivated: 'Kích hoạt lại tài khoản',
  unit_created: 'Tạo đơn vị',
  unit_area_changed: 'Đổi địa bàn giới thiệu của đơn vị',
  campaign_created: 'Tạo phong trào thi đua',
  campaign_updated: 'Sửa phong trào thi đua',
  campaign_review_setup_updated: 'Sửa các cấp xét duyệt, tiêu chí và công khai của phong trào',
  permission_denied: 'Bị từ chối quyền truy cập',
};
