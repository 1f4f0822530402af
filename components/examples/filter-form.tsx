import type { FacetCounts } from '@/db/queries/example-facets';
import type { AreaSelection } from '@/db/queries/example-filters';
import { FIELDS, FIELD_LABELS, NOMINEE_KINDS, NOMINEE_KIND_LABELS } from '@/lib/domain/vocabulary';
import { SORTS, SORT_LABELS, type ExampleFilters } from '@/lib/examples/filters';
import { AutoSubmit } from './auto-submit';

interface Option {
  code: string;
  name: string;
  fullName: string;
}

export interface FilterFormProps {
  filters: ExampleFilters;
  area: AreaSelection;
  facets: FacetCounts;
  options: { provincesNew: Option[]; provincesOld: Option[]; districts: Option[]; communes: Option[]; communeTree: '2024' | '2025' };
  campaigns: { slug: string; shortName: string }[];
  years: number[];
}

const label = 'block text-sm font-medium text-stone-800';
const control = 'mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base';

function withCount(text: string, n: number | undefined) {
  return `${text} (${n ?? 0})`;
}

export function FilterForm({ filters, area, facets, options, campaigns, years }: FilterFormProps) {
  const provinceValue = area.province ? `${area.province.tree}:${area.province.code}` : '';
  const communeValue = area.commune ? `${area.commune.tree}:${area.commune.code}` : '';
  const districtsShown = area.province ? options.districts : options.districts.filter((d) => facets.district.get(d.code));
  return (
    <form id="bo-loc" method="get" action="/examples" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4" role="search" aria-label="Bộ lọc điển hình">
      <div>
        <label htmlFor="q" className={label}>
          Tìm kiếm
        </label>
        <input id="q" name="q" type="search" defaultValue={filters.q ?? ''} maxLength={200} placeholder="Ví dụ: ngân hàng bò, Phú Nghĩa" className={control} />
        <p className="mt-1 text-xs text-stone-600">Gõ có dấu hoặc không dấu đều được.</p>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-stone-900">Địa bàn</legend>
        <div>
          <label htmlFor="province" className={label}>
            Tỉnh, thành phố
          </label>
          <select id="province" name="province" defaultValue={provinceValue} className={control}>
            <option value="">Tất cả</option>
            <optgroup label="Địa giới từ 01/07/2025">
              {options.provincesNew.map((p) => (
                <option key={`n${p.code}`} value={`2025:${p.code}`}>
                  {withCount(p.fullName, facets.province.get(`2025:${p.code}`))}
                </option>
              ))}
            </optgroup>
            <optgroup label="Địa giới trước 01/07/2025">
              {options.provincesOld.map((p) => (
                <option key={`o${p.code}`} value={`2024:${p.code}`}>
                  {withCount(`${p.fullName} (cũ)`, facets.province.get(`2024:${p.code}`))}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        {area.province?.tree !== '2025' && (
          <div>
            <label htmlFor="district" className={label}>
              Quận, huyện (địa giới trước 01/07/2025)
            </label>
            <select id="district" name="district" defaultValue={area.district?.code ?? ''} className={control}>
              <option value="">Tất cả</option>
              {districtsShown.map((d) => (
                <option key={d.code} value={d.code}>
                  {withCount(d.fullName, facets.district.get(d.code))}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor="commune" className={label}>
            {options.communeTree === '2025' ? 'Xã, phường (địa giới từ 01/07/2025)' : 'Xã, phường, thị trấn (địa giới trước 01/07/2025)'}
          </label>
          <select id="commune" name="commune" defaultValue={communeValue} className={control} disabled={options.communes.length === 0 && !area.commune}>
            <option value="">{options.communes.length ? 'Tất cả' : 'Chọn tỉnh hoặc huyện trước'}</option>
            {area.commune && !options.communes.some((c) => c.code === area.commune!.code) && (
              <option value={communeValue}>{area.commune.fullName}</option>
            )}
            {options.communes.map((c) => (
              <option key={c.code} value={`${options.communeTree}:${c.code}`}>
                {withCount(c.fullName, facets.commune.get(`${options.communeTree}:${c.code}`))}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="year" className={label}>
            Năm
          </label>
          <select id="year" name="year" defaultValue={filters.year?.toString() ?? ''} className={control}>
            <option value="">Tất cả</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {withCount(String(y), facets.year.get(y))}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="kind" className={label}>
            Loại
          </label>
          <select id="kind" name="kind" defaultValue={filters.kind ?? ''} className={control}>
            <option value="">Tất cả</option>
            {NOMINEE_KINDS.map((k) => (
              <option key={k} value={k}>
                {withCount(NOMINEE_KIND_LABELS[k], facets.kind.get(k))}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div>
        <label htmlFor="field" className={label}>
          Lĩnh vực
        </label>
        <select id="field" name="field" defaultValue={filters.field ?? ''} className={control}>
          <option value="">Tất cả</option>
          {FIELDS.map((f) => (
            <option key={f} value={f}>
              {withCount(FIELD_LABELS[f], facets.field.get(f))}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="campaign" className={label}>
          Phong trào
        </label>
        <select id="campaign" name="campaign" defaultValue={filters.campaign ?? ''} className={control}>
          <option value="">Tất cả</option>
          {campaigns.map((c) => (
            <option key={c.slug} value={c.slug}>
              {withCount(c.shortName, facets.campaign.get(c.slug))}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="sort" className={label}>
          Sắp xếp
        </label>
        <select id="sort" name="sort" defaultValue={filters.sort ?? ''} className={control}>
          <option value="">Mặc định</option>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Áp dụng
        </button>
        <a href="/examples" className="self-center text-sm">
          Xoá bộ lọc
        </a>
      </div>
      <AutoSubmit formId="bo-loc" />
    </form>
  );
}
