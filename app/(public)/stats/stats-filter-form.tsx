import Link from 'next/link';
import { AreaFieldset, type AreaOptions } from '@/components/examples/area-fieldset';
import { AutoSubmit } from '@/components/examples/auto-submit';
import { controlClass, labelClass } from '@/components/ui/field';
import type { AreaSelection } from '@/db/queries/example-filters';
import { statsQuery, type StatsParams } from '@/lib/stats/params';

export interface StatsFilterFormProps {
  params: StatsParams;
  campaigns: { slug: string; shortName: string; startYear: number; endYear: number }[];
  /** The campaign whose years the year pickers offer. */
  campaign: { slug: string; startYear: number; endYear: number } | null;
  area: AreaSelection;
  options: AreaOptions;
}

const FORM_ID = 'bo-loc-thong-ke';

/** Works as a plain GET form; with JavaScript a changed choice applies at once, as on the list page. */
export function StatsFilterForm({ params, campaigns, campaign, area, options }: StatsFilterFormProps) {
  const years = campaign ? Array.from({ length: campaign.endYear - campaign.startYear + 1 }, (_, i) => campaign.startYear + i) : [];
  return (
    // Keyed by the address, as the list's filters are: "Đặt lại" must not keep the old choices.
    <form
      key={statsQuery(params)}
      id={FORM_ID}
      method="get"
      action="/stats"
      role="search"
      aria-label="Chọn phạm vi thống kê"
      className="rounded-lg border border-stone-200 bg-white p-3 sm:p-4"
    >
      {/* Three columns, not four: the area labels name their tree and need the width on one line. */}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <div className="sm:col-span-2 lg:col-span-1">
          <label htmlFor="campaign" className={labelClass}>
            Phong trào thi đua
          </label>
          <select id="campaign" name="campaign" defaultValue={campaign?.slug ?? ''} className={controlClass}>
            {campaigns.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.shortName}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className={labelClass}>
            Từ năm
          </label>
          <select id="from" name="from" defaultValue={params.from?.toString() ?? ''} className={controlClass}>
            <option value="">{campaign ? `Năm đầu (${campaign.startYear})` : 'Năm đầu'}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="to" className={labelClass}>
            Đến năm
          </label>
          <select id="to" name="to" defaultValue={params.to?.toString() ?? ''} className={controlClass}>
            <option value="">{campaign ? `Năm cuối (${campaign.endYear})` : 'Năm cuối'}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      <AreaFieldset
        formId={FORM_ID}
        area={area}
        options={options}
        anyProvince="Cả nước"
        className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
        legendClassName="mb-2"
      />
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Xem thống kê
        </button>
        <Link href="/stats" className="text-sm">
          Đặt lại (phong trào gần nhất có điển hình, cả nước)
        </Link>
      </div>
      <AutoSubmit formId={FORM_ID} />
    </form>
  );
}
