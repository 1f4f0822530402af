'use client';

import { useId } from 'react';
import { CommuneOption } from '@/components/communes/commune-option';
import { communeSource, type CommuneMatch } from '@/components/communes/commune-source';
import { ComboboxField, ComboboxStatus, useHydrated } from '@/components/ui/combobox';
import type { LookupWording } from '@/components/ui/combobox-state';
import { useCombobox } from '@/components/ui/use-combobox';
import { island } from '@/components/layout/island';

const WORDING: LookupWording = {
  noMatch: (query) => `Không có xã, phường nào tên “${query}”.`,
  found: (count) => `${count} xã, phường phù hợp; dùng phím mũi tên lên, xuống để chọn.`,
  failed: 'Chưa tìm được, vui lòng gõ lại hoặc chọn theo danh sách bên dưới.',
};

/**
 * Type-ahead for a commune of either tree, above the filters' area selects. It needs
 * JavaScript to do anything, so it is not in the server HTML at all: without JavaScript the
 * province → district → commune selects remain the way to choose.
 */
function CommuneSearchWhenHydrated({ formId }: { formId: string }) {
  return useHydrated() ? <CommuneFinder formId={formId} /> : null;
}

export const CommuneSearch = island('commune-search', CommuneSearchWhenHydrated);

/** Puts the found commune into the form's commune select; false when the form has none. */
function selectCommune(form: HTMLFormElement, item: CommuneMatch): boolean {
  const commune = form.elements.namedItem('commune');
  if (!(commune instanceof HTMLSelectElement)) return false;
  // The commune names its own province; an older province or district choice could contradict it.
  for (const name of ['province', 'district']) {
    const select = form.elements.namedItem(name);
    if (select instanceof HTMLSelectElement) select.value = '';
  }
  // The select only lists communes under the current choice; the found one may be elsewhere.
  if (!Array.from(commune.options).some((option) => option.value === item.value)) commune.add(new Option(item.name, item.value));
  commune.disabled = false;
  commune.value = item.value;
  return true;
}

function CommuneFinder({ formId }: { formId: string }) {
  const id = useId();
  const box = useCombobox<CommuneMatch>({
    id: `${id}-input`,
    source: communeSource,
    wording: WORDING,
    textAfterChoice: (item) => item.name,
    onChoose(item) {
      const form = document.getElementById(formId);
      if (!(form instanceof HTMLFormElement) || !selectCommune(form, item)) return;
      box.announce(`Đang lọc theo ${item.name}…`, true);
      form.requestSubmit();
    },
  });
  return (
    <div>
      <ComboboxField
        box={box}
        label="Tìm xã, phường"
        listLabel="Kết quả tìm xã, phường"
        placeholder="Ví dụ: Đa Kia, Phú Nghĩa"
        hint="Gõ từ 2 chữ, có dấu hoặc không dấu."
        enterKeyHint="search"
        itemKey={(item) => item.value}
        renderItem={(item, words) => <CommuneOption item={item} words={words} />}
      />
      <ComboboxStatus box={box} />
    </div>
  );
}
