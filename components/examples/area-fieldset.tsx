import { controlClass, labelClass } from '@/components/ui/field';
import type { FacetCounts } from '@/db/queries/example-facets';
import { withFacetCount } from '@/lib/examples/search-scale-text';
import type { AreaSelection } from '@/db/queries/example-filters';
import type { AdminTree } from '@/lib/domain/vocabulary';
import { CommuneSearch } from './commune-search';

/** Above this many, the district list waits for a province. */
const MAX_DISTRICTS_UNNARROWED = 30;

interface AreaOption {
  code: string;
  fullName: string;
}

export interface AreaOptions {
  provincesNew: AreaOption[];
  provincesOld: AreaOption[];
  /** Old-tree districts: all of them, or those of the chosen old province. */
  districts: AreaOption[];
  /** The communes under the chosen province or district, in `communeTree`. */
  communes: AreaOption[];
  communeTree: AdminTree;
}

interface AreaFieldsetProps {
  /** The GET form the selects and the commune finder belong to. */
  formId: string;
  area: AreaSelection;
  options: AreaOptions;
  /** Examples per choice, shown after each name; without them the names stand alone. */
  counts?: Pick<FacetCounts, 'province' | 'district' | 'commune' | 'estimated'>;
  /** What the empty province choice means on this page ("Tất cả", "Cả nước"). */
  anyProvince: string;
  /** The fieldset's layout: a column in a side panel, a grid across a wide form. */
  className: string;
  legendClassName?: string;
}

/** What an empty commune select asks for: old communes are listed per district, new ones per province. */
const communePrompt = (area: AreaSelection) => (area.province?.tree === '2024' ? 'Chọn quận, huyện trước' : 'Chọn tỉnh hoặc huyện trước');

const valueOf = (unit: { tree: AdminTree; code: string } | null) => (unit ? `${unit.tree}:${unit.code}` : '');

/**
 * Province → district → commune in either administrative tree, plus the commune finder: the
 * "Địa bàn" part of the list filters and of the stats filters. Plain selects in a GET form, so
 * it works without JavaScript; AutoSubmit applies a change at once where script runs.
 */
export function AreaFieldset({ formId, area, options, counts, anyProvince, className, legendClassName = '' }: AreaFieldsetProps) {
  const named = (name: string, n: number | undefined) => (counts ? withFacetCount(name, n, counts.estimated) : name);
  const narrowed = Boolean(area.province || area.district);
  // Nationwide there are 696 old districts: unnarrowed, only those with examples are candidates,
  // and only a short list of them is offered before a province is chosen.
  const candidates = narrowed || !counts ? options.districts : options.districts.filter((d) => counts.district.get(d.code));
  const districtsShown = narrowed || candidates.length <= MAX_DISTRICTS_UNNARROWED ? candidates : [];
  const chosenCommune = area.commune;
  const communeValue = valueOf(chosenCommune);
  return (
    <fieldset className={className}>
      <legend className={`text-sm font-semibold text-stone-900 ${legendClassName}`}>Địa bàn</legend>
      <CommuneSearch formId={formId} />
      <div>
        <label htmlFor="province" className={labelClass}>
          Tỉnh, thành phố
        </label>
        <select id="province" name="province" defaultValue={valueOf(area.province)} className={controlClass}>
          <option value="">{anyProvince}</option>
          <optgroup label="Địa giới từ 01/07/2025">
            {options.provincesNew.map((p) => (
              <option key={`n${p.code}`} value={`2025:${p.code}`}>
                {named(p.fullName, counts?.province.get(`2025:${p.code}`))}
              </option>
            ))}
          </optgroup>
          <optgroup label="Địa giới trước 01/07/2025">
            {options.provincesOld.map((p) => (
              <option key={`o${p.code}`} value={`2024:${p.code}`}>
                {named(`${p.fullName} (cũ)`, counts?.province.get(`2024:${p.code}`))}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      {/* Districts exist only in the old tree. */}
      {area.province?.tree !== '2025' && (
        <div>
          <label htmlFor="district" className={labelClass}>
            Quận, huyện (trước 01/07/2025)
          </label>
          <select id="district" name="district" defaultValue={area.district?.code ?? ''} className={controlClass}>
            <option value="">{districtsShown.length ? 'Tất cả' : 'Chọn tỉnh, TP (cũ) trước'}</option>
            {districtsShown.map((d) => (
              <option key={d.code} value={d.code}>
                {named(d.fullName, counts?.district.get(d.code))}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="commune" className={labelClass}>
          {options.communeTree === '2025' ? 'Xã, phường (từ 01/07/2025)' : 'Xã, phường, thị trấn (trước 01/07/2025)'}
        </label>
        <select id="commune" name="commune" defaultValue={communeValue} className={controlClass} disabled={options.communes.length === 0 && !chosenCommune}>
          <option value="">{options.communes.length ? 'Tất cả' : communePrompt(area)}</option>
          {/* A commune reached by the finder may lie outside the current choice: keep it selectable. */}
          {chosenCommune && !options.communes.some((c) => c.code === chosenCommune.code) && <option value={communeValue}>{chosenCommune.fullName}</option>}
          {options.communes.map((c) => (
            <option key={c.code} value={`${options.communeTree}:${c.code}`}>
              {named(c.fullName, counts?.commune.get(`${options.communeTree}:${c.code}`))}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
