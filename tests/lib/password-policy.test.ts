import { describe, expect, it } from 'vitest';
import { checkPassword, commonPasswordCount, MIN_PASSWORD_LENGTH } from '@/lib/auth/password-policy';

const EMAIL = 'canbo@ubnd.vn';
const TOO_SHORT = 'Mật khẩu phải có ít nhất 12 ký tự.';
const TOO_LONG = 'Mật khẩu không được dài quá 128 ký tự.';
const COMMON = 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.';
const EMAIL_NAME = 'Mật khẩu không được chứa tên trong địa chỉ email.';

describe('common password list', () => {
  it('holds at least 10 000 distinct entries', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });
});

describe('checkPassword', () => {
  it('accepts a long, uncommon passphrase', () => {
    expect(checkPassword('Ca-nuoc-chung-tay-2025', EMAIL)).toBeNull();
    expect(checkPassword('Cả nước chung tay vì người nghèo', EMAIL)).toBeNull();
  });

  it('refuses passwords under 12 characters, counting code points', () => {
    expect(checkPassword('Abc-xyz-123', EMAIL)).toBe(TOO_SHORT);
    // 11 code points but 22 UTF-16 units: still too short.
    expect(checkPassword('🌾'.repeat(11), EMAIL)).toBe(TOO_SHORT);
    // 11 characters typed decomposed (13 code points) are normalized before counting.
    expect(checkPassword('Nghĩa-Phú-X'.normalize('NFD'), EMAIL)).toBe(TOO_SHORT);
    expect(checkPassword('Nghĩa-Phú-Xã'.normalize('NFD'), EMAIL)).toBeNull();
  });

  it('refuses passwords over 128 characters', () => {
    expect(checkPassword('Ca-nuoc-'.repeat(16), EMAIL)).toBeNull();
    expect(checkPassword('Ca-nuoc-'.repeat(16) + 'x', EMAIL)).toBe(TOO_LONG);
  });

  it('refuses common passwords from the npm list and the Vietnamese list', () => {
    expect(checkPassword('qwertyuiop123', EMAIL)).toBe(COMMON);
    expect(checkPassword('1QAZ2WSX3EDC', EMAIL)).toBe(COMMON);
    expect(checkPassword('anhyeuem1234', EMAIL)).toBe(COMMON);
    expect(checkPassword('matkhau123456', EMAIL)).toBe(COMMON);
    expect(checkPassword('MatKhau@1234', EMAIL)).toBe(COMMON);
  });

  it('refuses common passwords written with diacritics, capitals or spaces', () => {
    expect(checkPassword('Mật Khẩu 123456', EMAIL)).toBe(COMMON);
    expect(checkPassword('Anh Yêu Em 1234', EMAIL)).toBe(COMMON);
    expect(checkPassword('Quản Trị@12345', EMAIL)).toBe(COMMON);
    // No trailing digits, so only the folded, space-free form can match `matkhaucuatoi`.
    expect(checkPassword('Mật khẩu của tôi', EMAIL)).toBe(COMMON);
    expect(checkPassword('VIỆTNAMVÔĐỊCH', EMAIL)).toBe(COMMON);
  });

  it('refuses a common password padded with trailing digits or symbols', () => {
    // Neither padded form is listed; only the stripped base (`vietnamvodich`, `qwertyuiop`) is.
    expect(checkPassword('vietnamvodich#2031', EMAIL)).toBe(COMMON);
    expect(checkPassword('Qwertyuiop!!2031', EMAIL)).toBe(COMMON);
  });

  it('refuses passwords containing the name part of the email', () => {
    expect(checkPassword('nguyenvanan-2025!', 'nguyenvanan@ubnd.vn')).toBe(EMAIL_NAME);
    expect(checkPassword('Nguyễn Văn An 2025!', 'nguyenvanan@ubnd.vn')).toBe(EMAIL_NAME);
    // A piece of a dotted name is enough once it has 4+ letters.
    expect(checkPassword('Tháng-5-Nguyen-đi-làm', 'an.nguyen92@ubnd.vn')).toBe(EMAIL_NAME);
    // Pieces under 4 letters do not count alone, but the joined name still does.
    expect(checkPassword('Lê An Vy sinh 2031', 'le.an.vy@ubnd.vn')).toBe(EMAIL_NAME);
    // The same password is fine for someone else.
    expect(checkPassword('nguyenvanan-2025!', 'lan.tran@ubnd.vn')).toBeNull();
  });

  it('ignores email names shorter than 3 characters', () => {
    expect(checkPassword('an-cu-lac-nghiep-2025', 'an@ubnd.vn')).toBeNull();
  });
});
