/** Vietnamese wording for sign-in and account screens, kept together so it stays consistent. */
export const AUTH_MESSAGES = {
  invalidCredentials: 'Email hoặc mật khẩu không đúng.',
  throttled: (minutes: number) => `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau khoảng ${minutes} phút hoặc liên hệ quản trị viên.`,
  busy: 'Tài khoản này đang bị thử mật khẩu dồn dập nên mỗi lần đăng nhập phải chờ. Vui lòng đợi vài giây rồi thử lại.',
  deactivated: 'Tài khoản này đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên của đơn vị.',
  mustSetPassword: 'Tài khoản chưa đặt mật khẩu. Hãy dùng đường dẫn thiết lập mà quản trị viên đã gửi.',
  signInRequired: 'Vui lòng đăng nhập để tiếp tục.',
  forbidden: 'Bạn không có quyền thực hiện thao tác này.',
  foreignOrigin: 'Yêu cầu không xuất phát từ trang Gương sáng nên đã bị từ chối.',
  wrongCurrentPassword: 'Mật khẩu hiện tại không đúng.',
  passwordsDiffer: 'Hai lần nhập mật khẩu mới không khớp.',
  samePassword: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
  setupLinkInvalid: 'Đường dẫn thiết lập không hợp lệ, đã được dùng hoặc đã hết hạn. Hãy đề nghị quản trị viên cấp đường dẫn mới.',
} as const;
