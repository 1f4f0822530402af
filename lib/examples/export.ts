import type { Db } from '@/db/client';
import { readPublishedExampleBatches, type ExportRow } from '@/db/queries/example-export';
import type { ExampleLiving } from '@/db/queries/example-living';
import { resolveAreaSelection } from '@/db/queries/example-filters';
import { csvStream, type CsvValue } from '@/lib/export/csv';
import { HOST_AUTHORITY, SITE_NAME } from '@/lib/site';
import { toApiItem, type ApiItem } from './api-shape';
import { SUPPORT_AND_REQUEST_ENTRIES } from './export-living';
import { followUpsCell, toApiFollowUps, type ApiFollowUp } from './follow-up-shape';
import { parseExampleFilters } from '../domain/example-filters';
import { toApiReaderFigures, type ApiReaderFigures } from '../outreach/api-shape';
import { READER_ENTRIES } from '../outreach/export-entries';

/** One licence for every copy of the open data: the JSON file names it and the open-data page states it. */
export const OPEN_DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International',
  nameVi: 'Creative Commons Ghi công 4.0 Quốc tế',
  shortName: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: `${SITE_NAME} — ${HOST_AUTHORITY}`,
} as const;

export const EXPORT_FILE_BASENAME = 'guong-sang-dien-hinh';

/** An exported item: the public API's list item and what the example's own API answer adds. */
export type ExportItem = ApiItem & ApiReaderFigures & ExampleLiving & { followUps: ApiFollowUp[] };

export interface DictionaryEntry {
  /** Column of the CSV file; null for a field only the JSON file has. */
  csv: string | null;
  /** Path of the field in a JSON item. */
  json: string;
  type: string;
  meaning: string;
  example: string;
  cell?: (item: ExportItem) => CsvValue;
}

const TEXT = 'chuỗi';
const INT = 'số nguyên';
const INT_OR_EMPTY = 'số nguyên, có thể trống';
const impactEntry = (csv: string, key: keyof ApiItem['impact'], meaning: string, example: string): DictionaryEntry => ({
  csv: `impact_${csv}`,
  json: `impact.${key}`,
  type: INT_OR_EMPTY,
  meaning,
  example,
  cell: (i) => i.impact[key],
});

const FOLLOW_UP_DICTIONARY: readonly DictionaryEntry[] = [
  {
    csv: 'follow_ups',
    json: 'followUps[]',
    type: 'danh sách (CSV: các mục “năm:tình trạng:còn/tái/mới” cách nhau bởi dấu cách)',
    meaning: 'Báo cáo theo dõi hằng năm sau công nhận đã được cán bộ thẩm định xác nhận, năm cũ trước; trống nếu chưa có',
    example: '2024:active:17/1/4 2025:expanded:16/2/9',
    cell: (i) => followUpsCell(i.followUps),
  },
  { csv: null, json: 'followUps[].year', type: INT, meaning: 'Năm được theo dõi', example: '2025' },
  {
    csv: null,
    json: 'followUps[].status',
    type: TEXT,
    meaning: 'Tình trạng mô hình: active (đang duy trì), expanded (đã mở rộng), paused (tạm dừng), stopped (đã dừng)',
    example: 'expanded',
  },
  {
    csv: null,
    json: 'followUps[].householdsStillOut',
    type: INT,
    meaning: 'Trong số hộ thoát nghèo được ghi nhận, số hộ vẫn giữ được thoát nghèo',
    example: '16',
  },
  { csv: null, json: 'followUps[].householdsFellBack', type: INT, meaning: 'Trong số đó, số hộ tái nghèo', example: '2' },
  { csv: null, json: 'followUps[].newHouseholds', type: INT, meaning: 'Số hộ mới được giúp đỡ trong năm', example: '9' },
  { csv: null, json: 'followUps[].reportedAt', type: 'thời điểm ISO 8601 (UTC)', meaning: 'Thời điểm đơn vị gửi báo cáo', example: '2025-11-20T02:00:00.000Z' },
];

/** Every CSV column and JSON field, in file order: the page's data dictionary and the CSV header come from here. */
export const DATA_DICTIONARY: readonly DictionaryEntry[] = [
  {
    csv: 'slug',
    json: 'slug',
    type: TEXT,
    meaning: 'Mã định danh dễ đọc của điển hình, dùng trong đường dẫn',
    example: 'mo-hinh-ngan-hang-bo-giup-ho-ngheo-xa-phu-nghia',
    cell: (i) => i.slug,
  },
  { csv: 'title', json: 'title', type: TEXT, meaning: 'Tên điển hình', example: 'Mô hình “Ngân hàng bò” giúp hộ nghèo xã Phú Nghĩa', cell: (i) => i.title },
  {
    csv: 'nominee_kind',
    json: 'nomineeKind',
    type: TEXT,
    meaning: 'Loại: individual (cá nhân), household (hộ gia đình), collective (tập thể), model (mô hình)',
    example: 'model',
    cell: (i) => i.nomineeKind,
  },
  {
    csv: 'field',
    json: 'field',
    type: TEXT,
    meaning: 'Lĩnh vực: production, credit, know_how, jobs, value_chain, housing_water, education_health, social_support, digital, other',
    example: 'production',
    cell: (i) => i.field,
  },
  {
    csv: 'nominee_name',
    json: 'nomineeName',
    type: TEXT,
    meaning: 'Tên người, hộ, tập thể được biểu dương; ghi “ẩn danh” nếu người được biểu dương yêu cầu',
    example: 'Ngân hàng bò xã Phú Nghĩa',
    cell: (i) => i.nomineeName,
  },
  {
    csv: 'summary',
    json: 'summary',
    type: TEXT,
    meaning: 'Tóm tắt (có thể nhiều dòng)',
    example: 'Từ năm 2020, xã Phú Nghĩa vận động 410 triệu đồng…',
    cell: (i) => i.summary,
  },
  {
    csv: 'commune_code',
    json: 'commune.code',
    type: TEXT,
    meaning: 'Mã xã, phường nơi ghi nhận điển hình (mã của Cục Thống kê)',
    example: '25267',
    cell: (i) => i.commune.code,
  },
  { csv: 'commune_name', json: 'commune.name', type: TEXT, meaning: 'Tên xã, phường', example: 'Xã Phú Nghĩa', cell: (i) => i.commune.name },
  {
    csv: 'district_code',
    json: 'district.code',
    type: 'chuỗi, có thể trống',
    meaning: 'Mã quận, huyện; trống (JSON: district là null) với địa giới từ 01/07/2025',
    example: '691',
    cell: (i) => i.district?.code,
  },
  {
    csv: 'district_name',
    json: 'district.name',
    type: 'chuỗi, có thể trống',
    meaning: 'Tên quận, huyện',
    example: 'Huyện Bù Gia Mập',
    cell: (i) => i.district?.name,
  },
  {
    csv: 'province_code',
    json: 'province.code',
    type: 'chuỗi, có thể trống',
    meaning: 'Mã tỉnh, thành phố theo hệ địa giới của xã',
    example: '70',
    cell: (i) => i.province?.code,
  },
  {
    csv: 'province_name',
    json: 'province.name',
    type: 'chuỗi, có thể trống',
    meaning: 'Tên tỉnh, thành phố',
    example: 'Tỉnh Bình Phước',
    cell: (i) => i.province?.name,
  },
  {
    csv: 'campaign_slug',
    json: 'campaign.slug',
    type: TEXT,
    meaning: 'Mã phong trào thi đua (dùng cho tham số campaign)',
    example: 'chung-tay-vi-nguoi-ngheo-2021-2025',
    cell: (i) => i.campaign.slug,
  },
  {
    csv: 'campaign_name',
    json: 'campaign.name',
    type: TEXT,
    meaning: 'Tên phong trào thi đua',
    example: 'Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau',
    cell: (i) => i.campaign.name,
  },
  { csv: 'year', json: 'year', type: INT, meaning: 'Năm của phong trào', example: '2022', cell: (i) => i.year },
  impactEntry('households_escaped', 'householdsEscaped', 'Số hộ thoát nghèo', '19'),
  impactEntry('near_poor_helped', 'nearPoorHelped', 'Số hộ cận nghèo được giúp đỡ', '8'),
  impactEntry('beneficiary_households', 'beneficiaryHouseholds', 'Số hộ hưởng lợi', '41'),
  impactEntry('ethnic_minority_households', 'ethnicMinorityHouseholds', 'Trong đó, số hộ đồng bào dân tộc thiểu số', '27'),
  impactEntry('jobs_created', 'jobsCreated', 'Số việc làm tạo ra', '0'),
  impactEntry('contribution_vnd', 'contributionVnd', 'Tiền, hàng đóng góp quy ra đồng (VND), không có dấu phân cách', '410000000'),
  impactEntry('started_year', 'startedYear', 'Năm bắt đầu mô hình', '2020'),
  {
    csv: 'photo_urls',
    json: 'photos[].url',
    type: 'đường dẫn (CSV: cách nhau bởi dấu cách)',
    meaning: 'Ảnh được phép công bố; không có ảnh với điển hình ẩn danh',
    example: 'https://…/files/3f2a…',
    cell: (i) => i.photos.map((p) => p.url).join(' '),
  },
  {
    csv: null,
    json: 'photos[].caption',
    type: TEXT,
    meaning: 'Chú thích ảnh (chỉ có trong JSON)',
    example: 'Bàn giao bò cái sinh sản cho hộ nghèo bon Bù Dốt',
  },
  { csv: null, json: 'photos[].width, photos[].height', type: INT_OR_EMPTY, meaning: 'Kích thước ảnh, điểm ảnh (chỉ có trong JSON)', example: '1200, 800' },
  ...FOLLOW_UP_DICTIONARY,
  {
    csv: 'approved_at',
    json: 'approvedAt',
    type: 'thời điểm ISO 8601 (UTC)',
    meaning: 'Thời điểm được công nhận',
    example: '2022-12-08T02:00:00.000Z',
    cell: (i) => i.approvedAt,
  },
  {
    csv: 'version',
    json: 'version',
    type: INT,
    meaning: 'Số phiên bản đang công bố: 1 là bản được công nhận, mỗi cập nhật được duyệt tăng thêm 1',
    example: '2',
    cell: (i) => i.version,
  },
  {
    csv: 'updated_at',
    json: 'updatedAt',
    type: 'thời điểm ISO 8601 (UTC)',
    meaning: 'Thời điểm công bố phiên bản hiện hành (bằng approved_at khi chưa cập nhật lần nào)',
    example: '2026-03-02T03:15:00.000Z',
    cell: (i) => i.updatedAt,
  },
  {
    csv: 'url',
    json: 'url',
    type: 'đường dẫn',
    meaning: 'Trang của điển hình trên website',
    example: 'https://…/examples/mo-hinh-ngan-hang-bo-giup-ho-ngheo-xa-phu-nghia',
    cell: (i) => i.url,
  },
  ...SUPPORT_AND_REQUEST_ENTRIES,
  ...READER_ENTRIES,
  {
    csv: 'comment_count',
    json: 'commentCount',
    type: INT,
    meaning: 'Số ý kiến bạn đọc đã được kiểm duyệt và đăng trên trang điển hình (nội dung và thông tin người gửi không có trong tệp)',
    example: '4',
    cell: (i) => i.commentCount,
  },
];

const CSV_COLUMNS = DATA_DICTIONARY.filter((e): e is DictionaryEntry & { csv: string; cell: NonNullable<DictionaryEntry['cell']> } => Boolean(e.csv && e.cell));
export const CSV_HEADER: readonly string[] = CSV_COLUMNS.map((c) => c.csv);

/** The public API item for an exported row, with its views and rating, support, requests count and confirmed follow-ups: the same fields, never more. */
export function toExportItem(row: ExportRow, base: string): ExportItem {
  return {
    ...toApiItem(row.card, base, row.photos),
    ...toApiReaderFigures(row.reader),
    support: row.living.support,
    replicationRequests: row.living.replicationRequests,
    followUps: toApiFollowUps(row.followUps),
  };
}

async function* csvRows(batches: AsyncIterable<readonly ExportRow[]>, base: string) {
  for await (const batch of batches) {
    yield batch.map((row) => {
      const item = toExportItem(row, base);
      return CSV_COLUMNS.map((c) => c.cell(item));
    });
  }
}

/** CSV with a byte order mark, written batch by batch as the rows are read. */
export function exportCsvStream(batches: AsyncIterable<readonly ExportRow[]>, { base }: { base: string }): ReadableStream<Uint8Array> {
  return csvStream(CSV_HEADER, csvRows(batches, base));
}

// Stored text is NFC already; this keeps the file NFC even if a row slipped through un-normalised.
const nfc = (_key: string, value: unknown) => (typeof value === 'string' ? value.normalize('NFC') : value);

/** `{"licence":…,"generatedAt":…,"items":[…]}`, written batch by batch as the rows are read. */
export function exportJsonStream(
  batches: AsyncIterable<readonly ExportRow[]>,
  { base, now = new Date() }: { base: string; now?: Date },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  let wroteItem = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        const head = `{"licence":${JSON.stringify(OPEN_DATA_LICENCE, nfc)},"generatedAt":${JSON.stringify(now.toISOString())},"items":[`;
        controller.enqueue(encoder.encode(head));
        return;
      }
      // A pull that enqueues nothing would leave the reader waiting: skip empty batches here.
      for (;;) {
        const next = await iterator.next();
        if (next.done) {
          controller.enqueue(encoder.encode(']}'));
          controller.close();
          return;
        }
        if (next.value.length === 0) continue;
        const items = next.value.map((row) => JSON.stringify(toExportItem(row, base), nfc)).join(',');
        controller.enqueue(encoder.encode((wroteItem ? ',' : '') + items));
        wroteItem = true;
        return;
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

const UNKNOWN_AREA = {
  province: 'Không tìm thấy tỉnh, thành phố có mã này.',
  district: 'Không tìm thấy quận, huyện có mã này.',
  commune: 'Không tìm thấy xã, phường có mã này.',
};

export type ExportRequest =
  | {
      ok: true;
      batches: AsyncIterable<ExportRow[]>;
      /** The filters in a canonical form: two requests for the same selection have the same key. */
      key: string;
    }
  | { ok: false; code: string; message: string };

/**
 * Reads the `/examples` filters of an export request. The whole selection is exported, so paging
 * parameters (cursor, limit) are ignored; a bad or unknown filter is refused as the API refuses it.
 */
export async function openExampleExport(db: Db, params: URLSearchParams, { batchSize }: { batchSize?: number } = {}): Promise<ExportRequest> {
  const query = new URLSearchParams(params);
  query.delete('cursor');
  const parsed = parseExampleFilters(query);
  if (!parsed.ok) return { ok: false, code: `invalid_${parsed.field}`, message: parsed.message };
  const filters = parsed.filters;
  const area = await resolveAreaSelection(db, filters);
  if (area.unknown) return { ok: false, code: `unknown_${area.unknown}`, message: UNKNOWN_AREA[area.unknown] };
  const key = JSON.stringify(
    Object.entries(filters)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return { ok: true, batches: readPublishedExampleBatches(db, { filters, area, batchSize }), key };
}
