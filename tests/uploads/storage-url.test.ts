import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/env';
import { parseStorageUrl } from '@/lib/uploads/storage-url';

const SECRET = 'wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY';

describe('STORAGE_URL', () => {
  it('reads the bucket, endpoint and region; path-style by default with an endpoint', () => {
    expect(parseStorageUrl('s3://anh-guong-sang?endpoint=http://127.0.0.1:9000&region=us-east-1')).toEqual({
      ok: true,
      location: { bucket: 'anh-guong-sang', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', forcePathStyle: true },
    });
    expect(parseStorageUrl('s3://anh.guong-sang?region=ap-southeast-1')).toEqual({
      ok: true,
      location: { bucket: 'anh.guong-sang', endpoint: undefined, region: 'ap-southeast-1', forcePathStyle: false },
    });
    expect(parseStorageUrl('s3://anh?endpoint=https://s3.example.vn&forcePathStyle=false')).toMatchObject({ ok: true, location: { forcePathStyle: false } });
  });

  it('names each problem in Vietnamese', () => {
    const problems = (text: string) => {
      const parsed = parseStorageUrl(text);
      return parsed.ok ? [] : parsed.problems;
    };
    expect(problems('https://bucket')).toEqual([expect.stringMatching(/phải có dạng s3:\/\//)]);
    expect(problems('s3://Anh_Guong')).toEqual([expect.stringMatching(/tên bucket "Anh_Guong" không hợp lệ/)]);
    expect(problems('s3://anh?endpoint=ftp://host')).toEqual([expect.stringMatching(/endpoint phải là địa chỉ http\(s\)/)]);
    expect(problems('s3://anh?endpoint=http://host/path')).toEqual([expect.stringMatching(/endpoint/)]);
    expect(problems('s3://anh?region=Mien Nam')).toEqual([expect.stringMatching(/region không hợp lệ/)]);
    expect(problems('s3://anh?forcePathStyle=yes')).toEqual([expect.stringMatching(/forcePathStyle chỉ nhận true hoặc false/)]);
    expect(problems('s3://anh?bucket=x&prefix=y')).toEqual([expect.stringMatching(/tham số không dùng được: bucket, prefix/)]);
    expect(problems('s3://anh/uploads')).toEqual([expect.stringMatching(/không dùng đường dẫn/)]);
  });

  it('refuses credentials in the URL without ever repeating them', () => {
    for (const text of [
      `s3://AKIAEXAMPLE:${SECRET}@anh?region=us-east-1`,
      `s3://anh?endpoint=http://AKIAEXAMPLE:${SECRET}@127.0.0.1:9000`,
      `s3://anh?secretAccessKey=${SECRET}`,
    ]) {
      const parsed = parseStorageUrl(text);
      expect(parsed.ok).toBe(false);
      const message = parsed.ok ? '' : parsed.problems.join('; ');
      expect(message).not.toContain(SECRET);
      if (!text.includes('secretAccessKey')) expect(message).toMatch(/AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY/);
    }
  });

  it('is checked by readEnv, which names the variable and not the secret; empty keeps the disk', () => {
    expect(() => readEnv({ NODE_ENV: 'production', STORAGE_URL: `s3://KEY:${SECRET}@anh` })).toThrow(/STORAGE_URL: không ghi khoá truy cập/);
    try {
      readEnv({ NODE_ENV: 'production', STORAGE_URL: `s3://KEY:${SECRET}@anh` });
    } catch (error) {
      expect(String(error)).not.toContain(SECRET);
    }
    expect(readEnv({ NODE_ENV: 'production' }).STORAGE_URL).toBe('');
    expect(readEnv({ NODE_ENV: 'production', STORAGE_URL: 's3://anh?region=us-east-1' }).STORAGE_URL).toBe('s3://anh?region=us-east-1');
  });
});
