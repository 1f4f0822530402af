import Link from 'next/link';
import { controlClass, labelClass } from '@/components/ui/field';
import type { FacetCounts } from '@/db/queries/example-facets';
import type { AreaSelection } from '@/db/queries/example-filters';
import { FIELDS, FIELD_LABELS, NOMINEE_KINDS, NOMINEE_KIND_LABELS } from '@/lib/domain/vocabulary';
import { filtersToQuery, SORTS, SORT_LABELS, type ExampleFilters } from '@/lib/domain/example-filters';
import { ESTIMATED_FACETS_TEXT, withFacetCount } from '@/lib/examples/search-scale-text';
import { countActiveFilters } from './active-filter-count';
import { AreaFieldset, type AreaOptions } from './area-fieldset';
import { AutoSubmit } from './auto-submit';
import { FilterDisclosure } from './filter-disclosure';

interface FilterFormProps {
  filters: ExampleFilters;
  area: AreaSelection;
  facets: FacetCounts;
  options: AreaOptions;
  campaigns: { slug: string; shortName: string }[];
  years: number[];
}

const DETAILS_ID = 'bo-loc-chi-tiet';

export function FilterForm({ filters, area, facets, options, campaigns, years }: FilterFormProps) {
  const activeCount = countActiveFilters(filters);
  const withCount = (text: string, n: number | undefined) => withFacetCount(text, n, facets.estimated);
  return (
    // Keyed by the address: the selects are uncontrolled, so a link to other filters (a chip,
    // "Xoá bộ lọc") must give a fresh form, or it would keep showing the old choices.
    <form
      key={filtersToQuery(filters)}
      id="bo-loc"
      method="get"
      action="/examples"
      className="rounded-lg border border-stone-200 bg-white p-3 sm:p-4"
      role="search"
      aria-label="Bộ lọc điển hình"
    >
      <div>
        {/* The hint shares the label's line: on a phone every line here pushes the results down. */}
        <div className="flex flex-wrap items-baseline justify-between gap-x-2">
          <label htmlFor="q" className={labelClass}>
            Tìm kiếm
          </label>
          <span id="q-goi-y" className="text-xs text-stone-600">
            Gõ có dấu hoặc không dấu đều được
          </span>
        </div>
        <div className="mt-1 flex gap-2">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ''}
            maxLength={200}
            placeholder="Ví dụ: ngân hàng bò"
            aria-describedby="q-goi-y"
            className="block w-full min-w-0 flex-1 rounded-md border border-stone-400 bg-white px-3 py-2 text-base"
          />
          {/* The only button in sight on a phone while the panel below is folded. */}
          <button type="submit" className="shrink-0 rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Tìm
          </button>
        </div>
      </div>
      {/*
        Folded on phones so that results start on the first screen. Wide screens show the
        panel even while closed (no JavaScript needed); where ::details-content is not
        supported, the summary stays so the panel can still be opened.
      */}
      <details id={DETAILS_ID} className="group/loc mt-3 lg:mt-4 lg:details-content:[content-visibility:visible]">
        <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 rounded-md border border-stone-300 bg-stone-50 px-3 py-2 font-semibold text-stone-900 hover:bg-stone-100 lg:group-open/loc:hidden supports-[selector(::details-content)]:lg:hidden [&::-webkit-details-marker]:hidden">
          <span>
            Bộ lọc
            {activeCount > 0 && <span className="font-normal text-brand-800">{` (${activeCount} đang chọn)`}</span>}
          </span>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 shrink-0 text-stone-600 group-open/loc:rotate-180 motion-safe:transition-transform">
            <path d="M5 7.5 10 12.5 15 7.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </summary>
        <div className="space-y-4 pt-4 lg:pt-0">
          {facets.estimated && (
            <p id="uoc-tinh" className="rounded-md bg-stone-100 px-3 py-2 text-xs text-stone-700">
              {ESTIMATED_FACETS_TEXT}
            </p>
          )}
          <AreaFieldset formId="bo-loc" area={area} options={options} counts={facets} anyProvince="Tất cả" className="space-y-3" />
          {/* Side by side only where the panel is wide (sm to lg): in the sidebar and on a phone a half-width select
              cut off "Hộ gia đình (12)" or an estimated "2024 (≈21.050)". */}
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
            <div>
              <label htmlFor="year" className={labelClass}>
                Năm
              </label>
              <select id="year" name="year" defaultValue={filters.year?.toString() ?? ''} className={controlClass}>
                <option value="">Tất cả</option>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {withCount(String(y), facets.year.get(y))}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="kind" className={labelClass}>
                Loại
              </label>
              <select id="kind" name="kind" defaultValue={filters.kind ?? ''} className={controlClass}>
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
            <label htmlFor="field" className={labelClass}>
              Lĩnh vực
            </label>
            <select id="field" name="field" defaultValue={filters.field ?? ''} className={controlClass}>
              <option value="">Tất cả</option>
              {FIELDS.map((f) => (
                <option key={f} value={f}>
                  {withCount(FIELD_LABELS[f], facets.field.get(f))}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="campaign" className={labelClass}>
              Phong trào
            </label>
            <select id="campaign" name="campaign" defaultValue={filters.campaign ?? ''} className={controlClass}>
              <option value="">Tất cả</option>
              {campaigns.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {withCount(c.shortName, facets.campaign.get(c.slug))}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="sort" className={labelClass}>
              Sắp xếp
            </label>
            <select id="sort" name="sort" defaultValue={filters.sort ?? ''} className={controlClass}>
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
            <Link href="/examples" className="self-center text-sm">
              Xoá bộ lọc
            </Link>
          </div>
        </div>
      </details>
      <AutoSubmit formId="bo-loc" />
      <FilterDisclosure detailsId={DETAILS_ID} />
    </form>
  );
}
