import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { adminUnitRecord, mappingRecord, parseLines, type AdminUnitRecord, type MappingRecord } from '@/lib/domain/admin-units-file';
import type { Db } from './client';
import { adminUnitMappings, adminUnits } from './schema';

export const ADMIN_DATA_DIR = join(process.cwd(), 'db', 'data', 'vn-admin');

export interface AdminData {
  units2024: AdminUnitRecord[];
  units2025: AdminUnitRecord[];
  mappings: MappingRecord[];
}

function readMaybeGzipped(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

export function readAdminData(dir = ADMIN_DATA_DIR): AdminData {
  const file = (base: string) => {
    for (const candidate of [`${base}.json.gz`, `${base}.json`]) {
      try {
        return { name: candidate, text: readMaybeGzipped(join(dir, candidate)) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    throw new Error(`Không tìm thấy tệp ${base}.json(.gz) trong ${dir}`);
  };
  const u24 = file('units-2024');
  const u25 = file('units-2025');
  const map = file('mapping-2025');
  return {
    units2024: parseLines(u24.text, u24.name, adminUnitRecord),
    units2025: parseLines(u25.text, u25.name, adminUnitRecord),
    mappings: parseLines(map.text, map.name, mappingRecord),
  };
}

/** Keeps the provinces given (old and new codes) and everything under them. */
export function selectProvinces(data: AdminData, oldProvinces: string[], newProvinces: string[]): AdminData {
  const keep = (records: AdminUnitRecord[], roots: string[]) => {
    const kept = new Set(roots);
    // Records come parents first, so one pass collects each subtree.
    return records.filter((r) => {
      const inside = kept.has(r.code) ? r.level === 1 : r.parentCode !== null && kept.has(r.parentCode);
      if (inside) kept.add(r.code);
      return inside;
    });
  };
  return {
    units2024: keep(data.units2024, oldProvinces),
    units2025: keep(data.units2025, newProvinces),
    mappings: data.mappings.filter((m) => oldProvinces.includes(m.oldProvinceCode) && newProvinces.includes(m.newProvinceCode)),
  };
}

const BATCH = 1000;

async function insertBatches<T>(items: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += BATCH) await insert(items.slice(i, i + BATCH));
}

/** Upserts both trees and the mapping in one transaction: all or nothing. */
export async function importAdminData(db: Db, data: AdminData): Promise<{ units: number; mappings: number }> {
  const unitRows = [...data.units2024.map((u) => ({ ...u, tree: '2024' as const })), ...data.units2025.map((u) => ({ ...u, tree: '2025' as const }))];
  const mappingRows = data.mappings
    .filter((m): m is MappingRecord & { oldCode: string } => m.oldCode !== null)
    .map((m) => ({ oldCode: m.oldCode, newCode: m.newCode, relation: m.relation, note: m.note }));
  await db.transaction(async (tx) => {
    await insertBatches(unitRows, (batch) =>
      tx
        .insert(adminUnits)
        .values(batch)
        .onConflictDoUpdate({
          target: [adminUnits.tree, adminUnits.code],
          set: {
            name: sql`excluded.name`,
            fullName: sql`excluded.full_name`,
            type: sql`excluded.type`,
            level: sql`excluded.level`,
            parentCode: sql`excluded.parent_code`,
          },
        }),
    );
    await insertBatches(mappingRows, (batch) =>
      tx
        .insert(adminUnitMappings)
        .values(batch)
        .onConflictDoUpdate({
          target: [adminUnitMappings.oldCode, adminUnitMappings.newCode],
          set: { relation: sql`excluded.relation`, note: sql`excluded.note` },
        }),
    );
  });
  return { units: unitRows.length, mappings: mappingRows.length };
}
