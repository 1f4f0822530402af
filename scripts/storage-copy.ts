import { resolve } from 'node:path';
import { readEnv } from '../lib/env';
import { copyUploads } from '../lib/ops/storage-copy';
import { openS3Storage } from '../lib/uploads/configured';
import { describeLocation } from '../lib/uploads/storage-url';
import { runScript } from './database';

/** npm run storage:copy: the files under UPLOAD_DIR into the bucket of STORAGE_URL, each verified by SHA-256 (README, "Lưu ảnh trên S3"). */
runScript(async () => {
  const env = readEnv();
  const bucket = openS3Storage(env);
  if (!bucket) throw new Error('Chưa đặt STORAGE_URL: không có bucket để chép tệp vào (xem README, "Lưu ảnh trên S3").');
  const from = resolve(env.UPLOAD_DIR);
  console.log(`› Chép tệp từ ${from} vào ${describeLocation(bucket.location)}…`);
  const report = await copyUploads({ uploadDir: from, target: bucket });
  console.log(`  Đã chép và kiểm tra SHA-256: ${report.copied} tệp.`);
  console.log(`  Đã có sẵn, khớp SHA-256: ${report.alreadyThere} tệp.`);
  if (report.skipped.length)
    console.log(
      `  Bỏ qua ${report.skipped.length} tệp không phải tệp tải lên của ứng dụng: ${report.skipped.slice(0, 5).join(', ')}${report.skipped.length > 5 ? ', …' : ''}`,
    );
  if (report.failed.length) {
    for (const { key, reason } of report.failed.slice(0, 20)) console.error(`  ✗ ${key}: ${reason}`);
    throw new Error(`${report.failed.length} tệp chưa chép được; chạy lại lệnh sau khi khắc phục (tệp đã chép đúng sẽ được bỏ qua).`);
  }
  console.log(`✓ Xong: ${report.copied + report.alreadyThere} tệp có trong bucket; tệp trên đĩa vẫn giữ nguyên.`);
});
