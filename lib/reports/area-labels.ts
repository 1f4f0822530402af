import type { AdminTree } from '@/lib/domain/vocabulary';

/** Codes repeat across the two trees (old and new Xã Đa Kia are both 25231), so labels say which. */
export function treeNote(tree: AdminTree): string {
  return tree === '2025' ? 'địa giới từ 01/07/2025' : 'địa giới trước 01/07/2025';
}

export function areaOptionLabel(area: { tree: AdminTree; level: number; name: string }): string {
  return area.level === 1 ? `${area.name} (${treeNote(area.tree)})` : area.name;
}
