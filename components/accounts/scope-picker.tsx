'use client';

import { useState } from 'react';
import { CommunePicker } from '@/components/nominations/commune-picker';
import { useHydrated } from '@/components/ui/combobox';
import { FieldError, controlClass, labelClass } from '@/components/ui/field';
import type { ScopeChoices } from '@/db/queries/admin-units';
import type { AdminTree } from '@/lib/domain/vocabulary';

export interface ScopeValue {
  tree: AdminTree;
  code: string;
  /** The unit's full name, for a commune shown in the commune picker. */
  label: string;
}

interface ScopePickerProps {
  choices: ScopeChoices;
  defaultValue: ScopeValue | null;
  error?: string;
}

const COMMUNE = 'commune';

/**
 * A reviewer's scope, picked on the administrative map of either tree: a province (from or before 01/07/2025),
 * an old district under its province, or a commune through the commune finder. Posts scopeArea ("tree:code" or
 * "commune") and, for a commune, communeTree and communeCode; without script the commune codes are typed.
 */
export function ScopePicker({ choices, defaultValue, error }: ScopePickerProps) {
  const hydrated = useHydrated();
  const initialArea = defaultValue ? (defaultValue.code.length === 5 ? COMMUNE : `${defaultValue.tree}:${defaultValue.code}`) : '';
  const [area, setArea] = useState(initialArea);
  const commune = defaultValue && defaultValue.code.length === 5 ? defaultValue : null;
  const errorId = error ? 'scopeArea-error' : undefined;
  return (
    <fieldset className="space-y-3 rounded-md border border-stone-200 p-3">
      <legend className="px-1 text-sm font-semibold">Địa bàn thẩm định</legend>
      <p id="scopeArea-hint" className="text-sm text-stone-600">
        Cán bộ thẩm định xét hồ sơ của các xã trong địa bàn này, ở cấp xét duyệt ứng với loại địa bàn (xã, huyện hoặc tỉnh) của từng phong trào.
      </p>
      <div>
        <label htmlFor="scopeArea" className={labelClass}>
          Địa bàn
        </label>
        <select
          id="scopeArea"
          name="scopeArea"
          value={area}
          onChange={(e) => setArea(e.target.value)}
          className={controlClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={['scopeArea-hint', errorId].filter(Boolean).join(' ')}
        >
          <option value="">— Chọn địa bàn —</option>
          <option value={COMMUNE}>Một xã, phường (tìm ở ô bên dưới)</option>
          <optgroup label="Tỉnh, thành phố từ 01/07/2025">
            {choices.provincesNew.map((p) => (
              <option key={`n${p.code}`} value={`2025:${p.code}`}>
                {p.fullName}
              </option>
            ))}
          </optgroup>
          <optgroup label="Tỉnh, thành phố trước 01/07/2025">
            {choices.provincesOld.map((p) => (
              <option key={`o${p.code}`} value={`2024:${p.code}`}>
                {p.fullName} (cũ)
              </option>
            ))}
          </optgroup>
          {choices.districtsByProvince.map(({ province, districts }) => (
            <optgroup key={`d${province.code}`} label={`Quận, huyện thuộc ${province.fullName} (trước 01/07/2025)`}>
              {districts.map((d) => (
                <option key={d.code} value={`2024:${d.code}`}>
                  {d.fullName}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldError id="scopeArea-error" error={error} />
      </div>
      {/* Without script the commune fields are always there; they count only when "Một xã, phường" is chosen. */}
      {(area === COMMUNE || !hydrated) && <CommunePicker label="Xã, phường được thẩm định" defaultValue={commune} />}
    </fieldset>
  );
}
