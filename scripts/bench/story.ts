// Sentences of a synthetic nomination's story, by section, and the composition rules.
import type { Rng } from './rng';
import type { Topic } from './phrases';

export interface StoryContext {
  /** How the text names the nominee mid-sentence: "anh Nguyễn Văn Hùng", "Tổ hợp tác …". */
  nominee: string;
  place: string;
  /** The old district, or the province for a commune of the new two-level tree. */
  district: string;
  province: string;
  hamlet: string;
  topic: Topic;
  startYear: number;
  year: number;
  escaped: number;
  nearPoorHelped: number;
  beneficiaries: number;
  jobs: number;
  contributionVnd: number;
  poorAtStart: number;
  incomeFrom: number;
  incomeTo: number;
}

const number = new Intl.NumberFormat('vi-VN');
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

export const n = (value: number) => number.format(value);
export function money(vnd: number): string {
  return vnd >= 1e9 ? `${decimal.format(vnd / 1e9)} tỷ đồng` : `${n(Math.max(1, Math.round(vnd / 1e6)))} triệu đồng`;
}
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Sentence = (c: StoryContext) => string;

const SECTIONS: Sentence[][] = [
  [
    (c) => `Trước năm ${c.startYear}, ${c.hamlet} là một trong những địa bàn khó khăn nhất của ${c.place}; nhiều hộ thiếu vốn, thiếu đất sản xuất và chưa có việc làm ổn định.`,
    (c) => `Phần lớn người dân ${c.place} sống bằng nghề nông, thu nhập phụ thuộc vào mùa vụ và giá nông sản, hết vụ lại phải đi làm thuê.`,
    (c) => `Năm ${c.startYear}, toàn xã còn ${n(c.poorAtStart)} hộ nghèo theo chuẩn nghèo đa chiều, phần đông là hộ đồng bào dân tộc thiểu số.`,
    () => 'Nhiều gia đình phải vay nặng lãi lúc giáp hạt, con em bỏ học sớm để phụ giúp cha mẹ, nhà cửa tạm bợ.',
    (c) => `Đường sá đi lại khó khăn, mùa mưa nhiều thôn bị chia cắt với trung tâm ${c.district}, việc tiêu thụ sản phẩm càng thêm vất vả.`,
  ],
  [
    (c) => `Từ gợi ý của Hội Nông dân và sự hỗ trợ của chính quyền địa phương, ${c.nominee} bắt đầu ${c.topic.doing} với số vốn ban đầu khoảng ${money(c.contributionVnd / 4)}.`,
    (c) => `Được tập huấn kỹ thuật và vay vốn ưu đãi của Ngân hàng Chính sách xã hội, ${c.nominee} mạnh dạn ${c.topic.doing}.`,
    () => 'Ban đầu chỉ vài hộ tham gia vì bà con còn e ngại rủi ro, nhưng sau một mùa vụ, kết quả rõ rệt đã thuyết phục được nhiều người.',
    (c) => `Năm ${c.startYear}, ${c.nominee} cùng cán bộ thôn đến từng nhà vận động, hướng dẫn cách làm và cam kết hỗ trợ đầu ra cho sản phẩm.`,
  ],
  [
    () => 'Mỗi hộ tham gia được hỗ trợ giống, vật tư và được cán bộ khuyến nông hướng dẫn kỹ thuật trong suốt quá trình sản xuất.',
    () => 'Các hộ họp định kỳ hằng tháng để chia sẻ kinh nghiệm, bình xét công khai hộ được nhận hỗ trợ tiếp theo.',
    (c) => `Sản phẩm được thu mua với giá ổn định thông qua hợp đồng liên kết với doanh nghiệp và hợp tác xã trên địa bàn ${c.district}.`,
    () => 'Nguồn vốn được luân chuyển: hộ đã có thu nhập ổn định hoàn trả để hộ khác trong danh sách tiếp tục được vay.',
    () => 'Sổ ghi chép điện tử và nhóm Zalo của thôn giúp các hộ cập nhật giá cả, lịch chăm sóc và cách phòng bệnh kịp thời.',
    (c) => `Mô hình ưu tiên hộ nghèo có lao động, hộ do phụ nữ làm chủ và hộ đồng bào dân tộc thiểu số ở ${c.hamlet}.`,
  ],
  [
    (c) => `Đến năm ${c.year}, đã có ${n(c.beneficiaries)} hộ được hưởng lợi, trong đó ${n(c.escaped)} hộ thoát nghèo và ${n(c.nearPoorHelped)} hộ cận nghèo có thêm thu nhập ổn định.`,
    (c) => `Thu nhập bình quân của các hộ tham gia tăng từ ${n(c.incomeFrom)} triệu đồng lên ${n(c.incomeTo)} triệu đồng mỗi năm.`,
    (c) => `Mô hình đã tạo việc làm thường xuyên cho ${n(c.jobs)} lao động địa phương, phần lớn là phụ nữ và thanh niên.`,
    (c) => `Tổng nguồn lực huy động đạt ${money(c.contributionVnd)}, từ doanh nghiệp, cán bộ, công chức và người dân hảo tâm.`,
    () => 'Nhiều hộ đã xây được nhà kiên cố, mua thêm phương tiện sản xuất và cho con em đi học đầy đủ.',
  ],
  [
    (c) => `Cách làm của ${c.nominee} được UBND ${c.district} đánh giá cao và chọn để nhân rộng ra các xã lân cận.`,
    (c) => `Năm ${c.year}, mô hình được giới thiệu tại hội nghị sơ kết phong trào thi đua “Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau” của ${c.province}.`,
    (c) => `Từ kết quả ban đầu, ${c.place} đang xây dựng kế hoạch mở rộng mô hình, gắn với chương trình xây dựng nông thôn mới.`,
    (c) => `${capitalise(c.nominee)} chia sẻ: “Chỉ cần có người đi trước chỉ cách làm, bà con sẽ tự tin vươn lên, không ai muốn mãi là hộ nghèo.”`,
  ],
];

/**
 * Four to five paragraphs, grown one sentence per section per round until the drawn length
 * (500–2 500 characters) is reached; never longer than 2 500.
 */
export function composeStory(rng: Rng, c: StoryContext, min = 500, max = 2500): string {
  // Separators are counted as if every sentence opened a paragraph: the real text is up to 2 shorter.
  const target = rng.int(min + 2, max);
  const pools = SECTIONS.map((section) => rng.shuffle(section));
  const chosen: string[][] = SECTIONS.map(() => []);
  let length = 0;
  for (let round = 0; length < target && round < 8; round++) {
    for (const [i, pool] of pools.entries()) {
      const make = pool[round];
      if (!make || length >= target) continue;
      const text = make(c);
      if (length + text.length + 2 > max) continue;
      chosen[i]!.push(text);
      length += text.length + (chosen[i]!.length === 1 ? 2 : 1);
    }
  }
  return chosen
    .filter((p) => p.length > 0)
    .map((p) => p.join(' '))
    .join('\n\n');
}

export function composeSummary(c: StoryContext): string {
  return (
    `Từ năm ${c.startYear}, ${c.nominee} ${c.topic.doing} tại ${c.place}, ${c.district}. ` +
    `Đến năm ${c.year}, ${n(c.beneficiaries)} hộ được hưởng lợi, ${n(c.escaped)} hộ thoát nghèo, ` +
    `${n(c.jobs)} lao động có việc làm ổn định.`
  );
}

export function composeHowItWorks(rng: Rng, c: StoryContext): string {
  const pool = rng.shuffle(SECTIONS[2]!);
  return pool.slice(0, 3).map((make) => make(c)).join(' ');
}
