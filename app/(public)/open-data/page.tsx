import type { Metadata } from 'next';
import Link from 'next/link';
import { DATA_DICTIONARY, EXPORT_FILE_BASENAME, OPEN_DATA_LICENCE } from '@/lib/examples/export';

// Rendered per request (the page cache keeps it): a prerendered page has no nonce on its scripts, which the
// Content-Security-Policy then refuses.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Dữ liệu mở' };

const EXAMPLE_FILTER = '?district=691&year=2024&kind=model';

export default function OpenDataPage() {
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Dữ liệu mở</h1>
      <p>
        Các điển hình đã được công nhận được cung cấp miễn phí để báo chí, các địa phương và người dân sử dụng lại. Dữ liệu chỉ gồm thông tin công khai; thông
        tin liên hệ, địa chỉ cụ thể, hồ sơ, ý kiến thẩm định không bao giờ được cung cấp.
      </p>
      <section aria-labelledby="tai-du-lieu">
        <h2 id="tai-du-lieu" className="text-xl font-semibold">
          Tải toàn bộ dữ liệu
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <a href="/api/v1/examples.csv" download={`${EXPORT_FILE_BASENAME}.csv`}>
              Tải tệp CSV
            </a>{' '}
            (<code>/api/v1/examples.csv</code>) — mã hóa UTF-8 có BOM, mở trực tiếp được bằng Excel, LibreOffice; mỗi điển hình một dòng.
          </li>
          <li>
            <a href="/api/v1/examples.json" download={`${EXPORT_FILE_BASENAME}.json`}>
              Tải tệp JSON
            </a>{' '}
            (<code>/api/v1/examples.json</code>) — <code>{'{ licence, generatedAt, items }'}</code>; mỗi phần tử của <code>items</code> có đúng các trường của
            một phần tử <code>GET /api/v1/examples</code>, riêng <code>photos</code> gồm mọi ảnh được phép công bố.
          </li>
        </ul>
        <p className="mt-2">
          Mọi bộ lọc của trang <Link href="/examples">Điển hình</Link> đều dùng được trên hai tệp (<code>commune</code>, <code>district</code>,{' '}
          <code>province</code>, <code>year</code>, <code>campaign</code>, <code>kind</code>, <code>field</code>, <code>q</code>), ví dụ các mô hình ở huyện Bù
          Gia Mập năm 2024:{' '}
          <a href={`/api/v1/examples.csv${EXAMPLE_FILTER}`}>
            <code>/api/v1/examples.csv{EXAMPLE_FILTER}</code>
          </a>
          . Tệp gồm toàn bộ kết quả (không phân trang), xếp theo thời điểm công nhận mới nhất, hoặc theo số hộ thoát nghèo với <code>sort=impact</code>.
        </p>
      </section>
      <section aria-labelledby="giay-phep">
        <h2 id="giay-phep" className="text-xl font-semibold">
          Giấy phép và điều khoản sử dụng
        </h2>
        <p className="mt-2">
          Dữ liệu được cấp phép theo{' '}
          <a href={OPEN_DATA_LICENCE.url} rel="license">
            {OPEN_DATA_LICENCE.nameVi} ({OPEN_DATA_LICENCE.shortName})
          </a>
          : bạn được sao chép, phân phối, chỉnh sửa, kể cả vì mục đích thương mại, với điều kiện ghi rõ nguồn “{OPEN_DATA_LICENCE.attribution}” kèm đường dẫn
          tới điển hình (trường <code>url</code>) hoặc tới trang này. Không được sử dụng để xuyên tạc, bôi nhọ người được biểu dương.
        </p>
      </section>
      <section>
        <h2 className="text-xl font-semibold">Giao diện lập trình (API)</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <code>GET /api/v1/examples</code> — danh sách, trả về <code>{'{ items, total, totalExact, nextCursor }'}</code>. Khi một tìm kiếm (<code>q</code>)
            khớp hơn 10.000 điển hình (hoặc hơn 1.000 khi có thêm điều kiện lọc khác: năm, địa bàn, loại, lĩnh vực, phong trào), hệ thống chỉ đếm tới mức đó:{' '}
            <code>total</code> là 10.000 (hoặc 1.000), <code>totalExact</code> là <code>false</code>, và cách sắp xếp <code>relevance</code> chỉ phân trang
            trong chừng ấy kết quả đầu. Khi quá nhiều lượt tìm kiếm cùng lúc, máy chủ trả <code>503</code> kèm <code>Retry-After</code>. Tham số:{' '}
            <code>commune</code>, <code>district</code>, <code>province</code>, <code>year</code>, <code>campaign</code>, <code>kind</code>, <code>field</code>,{' '}
            <code>q</code>, <code>sort</code> (relevance, newest, impact), <code>limit</code> (tối đa 100), <code>cursor</code>.
          </li>
          <li>
            Mã địa bàn có thể ghi kèm hệ địa giới: <code>2024:25232</code> (trước 01/07/2025) hoặc <code>2025:25231</code> (từ 01/07/2025). Chọn một xã mới sẽ
            gồm cả các điển hình ghi nhận ở các xã cũ đã nhập vào xã đó.
          </li>
          <li>
            <code>GET /api/v1/examples/[slug]</code> — một điển hình, thêm câu chuyện (<code>story</code>) và khen thưởng (<code>commendations[]</code>): hình
            thức (<code>form</code>), cơ quan ban hành (<code>issuer</code>), số quyết định (<code>decisionNumber</code>), ngày quyết định (
            <code>decisionDate</code>, dạng YYYY-MM-DD) và <code>verifyUrl</code> — địa chỉ trang xác minh công khai của khen thưởng, cũng là nội dung mã QR in
            trên phụ lục giấy khen và trên phiếu thông tin.
          </li>
          <li>
            <code>GET /examples/[slug]/fact-sheet.pdf</code> — phiếu thông tin A4 của một điển hình (PDF), kèm mã QR dẫn tới trang điển hình.
          </li>
          <li>
            <code>GET /api/v1/communes?q=</code> — tìm xã, phường theo tên (có dấu hoặc không dấu), cả hai hệ địa giới.
          </li>
          <li>
            <code>GET /feed.xml</code> — nguồn tin Atom các điển hình mới, lọc được theo <code>district</code>, <code>commune</code>.
          </li>
        </ul>
        <p className="mt-2">
          Tham số sai nhận mã 400 với thông báo tiếng Việt: <code>{'{ error: { code, message } }'}</code>.
        </p>
      </section>
      <section aria-labelledby="tu-dien">
        <h2 id="tu-dien" className="text-xl font-semibold">
          Từ điển dữ liệu
        </h2>
        <p className="mt-2">
          Cột của tệp CSV và trường tương ứng trong JSON (cũng là trường của API). Ô trống trong CSV (<code>null</code> trong JSON) là chưa có số liệu.
        </p>
        {/* Focusable so that keyboard users can scroll the wide table on a phone. */}
        <div role="region" aria-labelledby="tu-dien" tabIndex={0} className="mt-2 relative overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <thead className="bg-stone-50 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Cột CSV
                </th>
                <th scope="col" className="px-3 py-2">
                  Trường JSON
                </th>
                <th scope="col" className="px-3 py-2">
                  Kiểu
                </th>
                <th scope="col" className="px-3 py-2">
                  Ý nghĩa
                </th>
                <th scope="col" className="px-3 py-2">
                  Ví dụ
                </th>
              </tr>
            </thead>
            <tbody>
              {DATA_DICTIONARY.map((entry) => (
                <tr key={entry.json} className="border-t border-stone-100 align-top">
                  <td className="px-3 py-2">{entry.csv ? <code>{entry.csv}</code> : '—'}</td>
                  <td className="px-3 py-2">
                    <code>{entry.json}</code>
                  </td>
                  <td className="px-3 py-2">{entry.type}</td>
                  <td className="px-3 py-2">{entry.meaning}</td>
                  <td className="px-3 py-2 break-all">
                    <code>{entry.example}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
