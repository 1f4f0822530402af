import { AutoSubmit } from '@/components/examples/auto-submit';
import { CommuneSearch } from '@/components/examples/commune-search';
import { MAX_DISTRICTS_UNNARROWED } from '@/components/examples/filter-form';
import type { AreaSelection } from '@/db/queries/example-filters';
import type { StatsParams } from '@/lib/stats/params';

interface Option {
  code: string;
  fullName: string;
}

export interface StatsFilterFormProps {
  params: StatsParams;
  campaigns: { slug: string; shortName: string; startYear: number; endYear: number }[];
  /** The campaign whose years the year pickers offer. */
  campaign: { slug: string; startYear: number; endYear: number } | null;
  area: AreaSelection;
  options: { provincesNew: Option[]; provincesOld: Option[]; districts: Option[]; communes: Option[]; communeTree: '2024' | '2025' };
}

const FORM_ID = 'bo-loc-thong-ke';
const label = 'block text-sm font-medium text-stone-800';
const control = 'mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base';

/** Works as a plain GET form; with JavaScript a changed choice applies at once, as on the list page. */
export function StatsFilterForm({ params, campaigns, campaign, area, options }: StatsFilterFormProps) {
  const years = campaign ? Array.from({ length: campaign.endYear - campaign.startYear + 1 }, (_, i) => campaign.startYear + i) : [];
  const provinceValue = area.province ? `${area.province.tree}:${area.province.code}` : '';
  const communeValue = area.commune ? `${area.commune.tree}:${area.commune.code}` : '';
  // Nationwide there are 696 old districts: they are offered once a province narrows them down.
  const districtsShown = area.province || area.district || options.districts.length <= MAX_DISTRICTS_UNNARROWED ? options.districts : [];
  return (
    <form
      id={FORM_ID}
      method="get"
      action="/stats"
      role="search"
      aria-label="Chọn phạm vi thống kê"
      className="rounded-lg border border-stone-200 bg-white p-3 sm:p-4"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="campaign" className={label}>
            Phong trào thi đua
          </label>
          <select id="campaign" name="campaign" defaultValue={campaign?.slug ?? ''} className={control}>
            {campaigns.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.shortName}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className={label}>
            Từ năm
          </label>
          <select id="from" name="from" defaultValue={params.from?.toString() ?? ''} className={control}>
            <option value="">{campaign ? `Năm đầu (${campaign.startYear})` : 'Năm đầu'}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="to" className={label}>
            Đến năm
          </label>
          <select id="to" name="to" defaultValue={params.to?.toString() ?? ''} className={control}>
            <option value="">{campaign ? `Năm cuối (${campaign.endYear})` : 'Năm cuối'}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-2 text-sm font-semibold text-stone-900">Địa bàn</legend>
        <CommuneSearch formId={FORM_ID} />
        <div>
          <label htmlFor="province" className={label}>
            Tỉnh, thành phố
          </label>
          <select id="province" name="province" defaultValue={provinceValue} className={control}>
            <option value="">Cả nước</option>
            <optgroup label="Địa giới từ 01/07/2025">
              {options.provincesNew.map((p) => (
                <option key={`n${p.code}`} value={`2025:${p.code}`}>
                  {p.fullName}
                </option>
              ))}
            </optgroup>
            <optgroup label="Địa giới trước 01/07/2025">
              {options.provincesOld.map((p) => (
                <option key={`o${p.code}`} value={`2024:${p.code}`}>
                  {`${p.fullName} (cũ)`}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        {area.province?.tree !== '2025' && (
          <div>
            <label htmlFor="district" className={label}>
              Quận, huyện (trước 01/07/2025)
            </label>
            <select id="district" name="district" defaultValue={area.district?.code ?? ''} className={control}>
              <option value="">{districtsShown.length ? 'Tất cả' : 'Chọn tỉnh, thành phố (cũ) trước'}</option>
              {districtsShown.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.fullName}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor="commune" className={label}>
            {options.communeTree === '2025' ? 'Xã, phường (từ 01/07/2025)' : 'Xã, phường, thị trấn (trước 01/07/2025)'}
          </label>
          <select id="commune" name="commune" defaultValue={communeValue} className={control} disabled={options.communes.length === 0 && !area.commune}>
            <option value="">{options.communes.length ? 'Tất cả' : 'Chọn tỉnh hoặc huyện trước'}</option>
            {area.commune && !options.communes.some((c) => c.code === area.commune!.code) && <option value={communeValue}>{area.commune.fullName}</option>}
            {options.communes.map((c) => (
              <option key={c.code} value={`${options.communeTree}:${c.code}`}>
                {c.fullName}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Xem thống kê
        </button>
        <a href="/stats" className="text-sm">
          Đặt lại (phong trào mới nhất, cả nước)
        </a>
      </div>
      <AutoSubmit formId={FORM_ID} />
    </form>
  );
}
