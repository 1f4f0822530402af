// The statistics page's wording, in one place so the page, the query and the tests agree.

export const STATS_MESSAGES = {
  badFrom: 'Năm bắt đầu không hợp lệ (cần 4 chữ số, ví dụ 2021).',
  badTo: 'Năm kết thúc không hợp lệ (cần 4 chữ số, ví dụ 2025).',
  badCommunesMode: 'Tham số “communes” chỉ nhận giá trị “all”.',
  noCampaign: 'Chưa có phong trào thi đua nào nên chưa có số liệu thống kê.',
  unknownArea: {
    province: 'Không tìm thấy tỉnh, thành phố có mã này.',
    district: 'Không tìm thấy quận, huyện có mã này.',
    commune: 'Không tìm thấy xã, phường có mã này.',
  },
  fromAfterTo: (from: number, to: number) => `Năm bắt đầu (${from}) sau năm kết thúc (${to}). Vui lòng chọn “Từ năm” không muộn hơn “Đến năm”.`,
  unknownCampaign: (slug: string) => `Không tìm thấy phong trào thi đua có mã “${slug}”.`,
  yearOutsideCampaign: (year: number, campaign: { shortName: string; startYear: number; endYear: number }) =>
    `Năm ${year} nằm ngoài giai đoạn ${campaign.startYear}–${campaign.endYear} của phong trào “${campaign.shortName}”.`,
} as const;
