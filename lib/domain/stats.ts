import type { AdminTree, Field, NomineeKind } from '@/lib/domain/vocabulary';
import type { ImpactFigureKey } from './vocabulary';
import type { SupportForm } from './example-support';

// The statistics' plain result objects, shared by the query and the components that draw them.

interface PlaceRef {
  code: string;
  name: string;
}

/** Communes in the chart and the short table; `communes=all` lists up to the second number. */
export const COMMUNE_TOP = 20;
export const COMMUNE_ALL_LIMIT = 2000;
export const MODEL_TOP = 10;

export interface CampaignRef {
  slug: string;
  name: string;
  shortName: string;
  startYear: number;
  endYear: number;
}

type UnitPlace = PlaceRef & { tree: AdminTree };

export interface CommuneCount {
  commune: UnitPlace;
  district: PlaceRef | null;
  province: PlaceRef | null;
  /** The post-2025 communes an old commune became part of (for communes recorded in the old tree). */
  nowPartOf: PlaceRef[];
  count: number;
}

export interface ReplicatedModel {
  id: string;
  slug: string;
  title: string;
  origin: UnitPlace;
  replications: number;
  communes: (UnitPlace & { count: number })[];
}

export interface SupportTotal {
  form: SupportForm;
  /** How many support rows, and over how many examples. */
  count: number;
  examples: number;
  amountVnd: number;
}

export interface ExampleStats {
  total: number;
  communeCount: number;
  byYear: { year: number; count: number }[];
  byKind: { kind: NomineeKind; count: number }[];
  byField: { field: Field; count: number }[];
  /** Most examples first; the top COMMUNE_TOP, or all (up to COMMUNE_ALL_LIMIT) when asked. */
  byCommune: CommuneCount[];
  /** Sum of each figure, and how many examples reported it. */
  impact: Record<ImpactFigureKey, { total: number; reporting: number }>;
  replicated: { models: ReplicatedModel[]; modelCount: number };
  /** Support the selected examples received, by form, in SUPPORT_FORMS order; forms with none left out. */
  supportByForm: SupportTotal[];
}
