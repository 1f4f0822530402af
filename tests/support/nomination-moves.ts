import type { TestDatabase } from './database';

/** Moves a nomination to another district's commune, with the area columns that commune derives. */
export async function moveToAnotherDistrict(database: TestDatabase, id: string): Promise<void> {
  await database.exec(`UPDATE nominations n SET commune_tree = o.commune_tree, commune_code = o.commune_code,
      district_code = o.district_code, province_code_old = o.province_code_old, province_code_new = o.province_code_new,
      current_commune_codes = o.current_commune_codes
    FROM (SELECT * FROM nominations WHERE district_code IS DISTINCT FROM (SELECT district_code FROM nominations WHERE id = '${id}') LIMIT 1) o
    WHERE n.id = '${id}'`);
}
