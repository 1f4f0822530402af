/**
 * STORAGE_URL: `s3://BUCKET?endpoint=https://host[:port]&region=REGION[&forcePathStyle=true|false]`.
 * Credentials never go here (they come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY and the rest of the
 * SDK's usual chain), so no message about this setting ever needs to hide anything but what it refuses.
 */
export interface S3Location {
  bucket: string;
  /** Any S3-compatible store; AWS itself when absent. */
  endpoint?: string;
  /** Falls back to AWS_REGION (the SDK's own rule) when absent. */
  region?: string;
  /** Most S3-compatible stores want `host/bucket/key`; on by default when an endpoint is given. */
  forcePathStyle: boolean;
}

export const STORAGE_URL_FORMAT = 's3://tên-bucket?endpoint=https://máy-chủ[:cổng]&region=vùng';

const PARAMS = new Set(['endpoint', 'region', 'forcePathStyle']);
// S3's own rule: 3–63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit.
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z0-9-]{2,40}$/;

export type StorageUrlParse = { ok: true; location: S3Location } | { ok: false; problems: string[] };

/** Each problem is named, never echoing a value that could be a secret (only the bucket and parameter names). */
export function parseStorageUrl(text: string): StorageUrlParse {
  const trimmed = text.trim();
  if (!/^s3:\/\//i.test(trimmed)) return { ok: false, problems: [`phải có dạng ${STORAGE_URL_FORMAT}`] };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problems: [`không đọc được địa chỉ; phải có dạng ${STORAGE_URL_FORMAT}`] };
  }
  const problems: string[] = [];
  if (url.username || url.password) problems.push('không ghi khoá truy cập trong STORAGE_URL; hãy đặt AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY');
  const bucket = url.hostname;
  if (!BUCKET.test(bucket) || bucket.includes('..'))
    problems.push(bucket ? `tên bucket "${bucket.slice(0, 70)}" không hợp lệ (3–63 chữ thường, số, dấu chấm, gạch nối)` : 'thiếu tên bucket');
  if (url.port) problems.push('cổng thuộc về endpoint, không thuộc về tên bucket');
  if (url.pathname && url.pathname !== '/') problems.push('không dùng đường dẫn sau tên bucket; tệp được lưu ở gốc bucket');
  const unknown = [...new Set([...url.searchParams.keys()].filter((key) => !PARAMS.has(key)))];
  if (unknown.length) problems.push(`tham số không dùng được: ${unknown.map((key) => key.slice(0, 40)).join(', ')} (chỉ có endpoint, region, forcePathStyle)`);
  for (const key of PARAMS) if (url.searchParams.getAll(key).length > 1) problems.push(`tham số ${key} xuất hiện nhiều lần`);

  const endpointText = url.searchParams.get('endpoint') ?? undefined;
  let endpoint: string | undefined;
  if (endpointText !== undefined) {
    const checked = checkEndpoint(endpointText);
    if (checked.ok) endpoint = checked.endpoint;
    else problems.push(checked.problem);
  }
  const region = url.searchParams.get('region') ?? undefined;
  if (region !== undefined && !REGION.test(region)) problems.push('region không hợp lệ (ví dụ: us-east-1, ap-southeast-1)');
  const pathStyle = url.searchParams.get('forcePathStyle');
  if (pathStyle !== null && pathStyle !== 'true' && pathStyle !== 'false') problems.push('forcePathStyle chỉ nhận true hoặc false');

  if (problems.length) return { ok: false, problems };
  return { ok: true, location: { bucket, endpoint, region, forcePathStyle: pathStyle === null ? endpoint !== undefined : pathStyle === 'true' } };
}

function checkEndpoint(text: string): { ok: true; endpoint: string } | { ok: false; problem: string } {
  const problem = 'endpoint phải là địa chỉ http(s)://máy-chủ[:cổng], không có đường dẫn hay khoá truy cập';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem };
  }
  if (url.username || url.password) return { ok: false, problem: 'endpoint không được chứa khoá truy cập; hãy đặt AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY' };
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash)
    return { ok: false, problem };
  return { ok: true, endpoint: url.origin };
}

/** For messages and manifests: where the files are, without anything secret (there is none in a valid URL). */
export function describeLocation(location: S3Location): string {
  return `s3://${location.bucket}${location.endpoint ? ` (${location.endpoint})` : ''}`;
}
