import { nominations } from '../schema';

/** The columns a permission check reads about a nomination (lib/auth/permissions.ts `NominationFacts`). */
export const nominationFactsColumns = {
  id: nominations.id,
  unitId: nominations.unitId,
  status: nominations.status,
  communeTree: nominations.communeTree,
  communeCode: nominations.communeCode,
  currentCommuneCodes: nominations.currentCommuneCodes,
  districtCode: nominations.districtCode,
  provinceCodeOld: nominations.provinceCodeOld,
  provinceCodeNew: nominations.provinceCodeNew,
};
