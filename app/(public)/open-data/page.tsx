import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Dữ liệu mở' };

const FIELDS: [string, string][] = [
  ['slug', 'Mã định danh dễ đọc của điển hình, dùng trong đường dẫn'],
  ['title', 'Tên điển hình'],
  ['nomineeKind', 'Loại: individual (cá nhân), household (hộ gia đình), collective (tập thể), model (mô hình)'],
  ['field', 'Lĩnh vực: production, credit, know_how, jobs, value_chain, housing_water, education_health, social_support, digital, other'],
  ['nomineeName', 'Tên người, hộ, tập thể được biểu dương; ẩn danh nếu người được biểu dương yêu cầu'],
  ['summary', 'Tóm tắt'],
  ['commune, district, province', 'Địa bàn như khi ghi nhận, kèm mã của Cục Thống kê ({code, name}); district trống với địa giới từ 01/07/2025'],
  ['campaign', 'Phong trào thi đua ({slug, name})'],
  ['year', 'Năm của phong trào'],
  ['impact', 'Hiệu quả: householdsEscaped (hộ thoát nghèo), nearPoorHelped, beneficiaryHouseholds, ethnicMinorityHouseholds, jobsCreated, contributionVnd, startedYear'],
  ['photos', 'Ảnh được phép công bố: url, caption, width, height'],
  ['approvedAt', 'Thời điểm công nhận (ISO 8601)'],
  ['url', 'Trang của điển hình'],
];

export default function OpenDataPage() {
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Dữ liệu mở</h1>
      <p>
        Các điển hình đã được công nhận được cung cấp miễn phí để báo chí, các địa phương và người dân sử dụng lại. Dữ liệu chỉ gồm
        thông tin công khai; thông tin liên hệ, địa chỉ cụ thể, hồ sơ, ý kiến thẩm định không bao giờ được cung cấp.
      </p>
      <section>
        <h2 className="text-xl font-semibold">Điều khoản sử dụng</h2>
        <p className="mt-2">
          Dữ liệu được cấp phép theo Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0): bạn được sao chép, phân phối, chỉnh sửa, kể cả
          vì mục đích thương mại, với điều kiện ghi rõ nguồn “Gương sáng — Ủy ban nhân dân huyện Bù Gia Mập” kèm đường dẫn tới điển
          hình. Không được sử dụng để xuyên tạc, bôi nhọ người được biểu dương.
        </p>
      </section>
      <section>
        <h2 className="text-xl font-semibold">Giao diện lập trình (API)</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <code>GET /api/v1/examples</code> — danh sách, trả về <code>{'{ items, total, nextCursor }'}</code>. Tham số: <code>commune</code>,{' '}
            <code>district</code>, <code>province</code>, <code>year</code>, <code>campaign</code>, <code>kind</code>, <code>field</code>,{' '}
            <code>q</code>, <code>sort</code> (relevance, newest, impact), <code>limit</code> (tối đa 100), <code>cursor</code>.
          </li>
          <li>
            Mã địa bàn có thể ghi kèm hệ địa giới: <code>2024:25232</code> (trước 01/07/2025) hoặc <code>2025:25231</code> (từ 01/07/2025).
            Chọn một xã mới sẽ gồm cả các điển hình ghi nhận ở các xã cũ đã nhập vào xã đó.
          </li>
          <li>
            <code>GET /api/v1/examples/[slug]</code> — một điển hình, thêm câu chuyện (<code>story</code>) và khen thưởng.
          </li>
          <li>
            <code>GET /api/v1/communes?q=</code> — tìm xã, phường theo tên (có dấu hoặc không dấu), cả hai hệ địa giới.
          </li>
          <li>
            <code>GET /feed.xml</code> — nguồn tin Atom các điển hình mới, lọc được theo <code>district</code>, <code>commune</code>.
          </li>
        </ul>
        <p className="mt-2">Tham số sai nhận mã 400 với thông báo tiếng Việt: <code>{'{ error: { code, message } }'}</code>.</p>
      </section>
      <section>
        <h2 className="text-xl font-semibold">Từ điển dữ liệu</h2>
        <dl className="mt-2 grid gap-x-4 gap-y-2 sm:grid-cols-[14rem_1fr]">
          {FIELDS.map(([name, meaning]) => (
            <div key={name} className="contents">
              <dt>
                <code>{name}</code>
              </dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
