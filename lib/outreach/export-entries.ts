import type { DictionaryEntry } from '@/lib/examples/export';

// Views and ratings in the open data: figures as they stood when the file was made (a file is made again
// when public data changes, or after an hour), never who viewed or rated.
export const READER_ENTRIES: readonly DictionaryEntry[] = [
  {
    csv: 'views',
    json: 'views',
    type: 'số nguyên',
    meaning: 'Số lượt xem trang điển hình từ khi bắt đầu đếm, lúc tạo tệp (không đếm máy tìm kiếm, xem trước liên kết, tải lại trong 30 phút)',
    example: '1235',
    cell: (i) => i.views,
  },
  {
    csv: 'rating_average',
    json: 'rating.average',
    type: 'số thực, có thể trống',
    meaning: 'Điểm đánh giá trung bình của bạn đọc, từ 1 đến 5 sao, làm tròn 2 chữ số thập phân (dấu chấm thập phân); trống khi chưa có ai đánh giá',
    example: '4.6',
    cell: (i) => i.rating.average,
  },
  { csv: 'rating_count', json: 'rating.count', type: 'số nguyên', meaning: 'Số lượt đánh giá của bạn đọc', example: '37', cell: (i) => i.rating.count },
];
