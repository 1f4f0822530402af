import Link from 'next/link';
import { controlClass } from '@/components/ui/field';
import type { ReportAreaOption } from '@/db/queries/reports';
import { areaOptionLabel } from '@/lib/reports/area-labels';
import type { ReportCampaign } from '@/lib/reports/params';

export interface ReportFormValues {
  campaign: string;
  year: string;
  area: string;
}

/** A plain GET form: works without JavaScript, and its URL is the report's address. */
export function ReportFilterForm({
  campaigns,
  areas,
  values,
  wholeReachLabel,
}: {
  campaigns: ReportCampaign[];
  areas: ReportAreaOption[];
  values: ReportFormValues;
  wholeReachLabel: string;
}) {
  const years = [...new Set(campaigns.flatMap((c) => Array.from({ length: c.endYear - c.startYear + 1 }, (_, i) => c.startYear + i)))].sort((a, b) => b - a);
  // A typed-in area that is not among the options stays selectable, so the form shows what was asked.
  const areaKnown = values.area === '' || areas.some((a) => `${a.tree}:${a.code}` === values.area);
  return (
    <form
      method="get"
      action="/review/reports"
      aria-label="Chọn phạm vi báo cáo"
      className="no-print mt-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div>
        <label htmlFor="report-campaign" className="block text-sm font-medium">
          Phong trào thi đua
        </label>
        <select id="report-campaign" name="campaign" defaultValue={values.campaign} className={controlClass}>
          {campaigns.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.shortName.includes(String(c.startYear)) ? c.shortName : `${c.shortName} (${c.startYear}–${c.endYear})`}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="report-year" className="block text-sm font-medium">
          Năm
        </label>
        <select id="report-year" name="year" defaultValue={values.year} className={controlClass}>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="report-area" className="block text-sm font-medium">
          Địa bàn
        </label>
        <select id="report-area" name="area" defaultValue={values.area} className={controlClass}>
          <option value="">{wholeReachLabel}</option>
          {!areaKnown && <option value={values.area}>{`Mã ${values.area}`}</option>}
          {areas.map((a) => (
            <option key={`${a.tree}:${a.code}`} value={`${a.tree}:${a.code}`}>
              {areaOptionLabel(a)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-2">
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Xem báo cáo
        </button>
        <Link href="/review/reports" className="px-2 py-2 text-sm">
          Mặc định
        </Link>
      </div>
    </form>
  );
}
