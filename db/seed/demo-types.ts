import type { ConsentForm, Field, Gender, Impact, NominationStatus, NomineeKind, PublishMode } from '@/lib/domain/vocabulary';

/** Keys of the demo units created by the seed (see demo-units.ts). */
export type DemoUnitKey =
  'ubnd-huyen' | 'phong-noi-vu' | 'phong-noi-vu-dong-xoai' | 'ubnd-phu-nghia' | 'ubnd-da-kia' | 'hoi-nong-dan' | 'hoi-phu-nu' | 'huyen-doan' | 'nhcsxh';

/** Old-tree (pre-2025) commune codes of Bù Gia Mập district (691, Bình Phước). */
export type BuGiaMapCommune = '25222' | '25225' | '25228' | '25229' | '25231' | '25232' | '25234' | '25267';

export interface DemoPhoto {
  caption: string;
  /** Drawn by the seed as a simple illustration: decides palette and motif. */
  motif: 'field' | 'trees' | 'cattle' | 'house' | 'people' | 'workshop';
  isPublic: boolean;
}

export interface DemoEvent {
  /** Who acted: the unit's demo user or the reviewer. */
  actor: 'unit' | 'reviewer';
  action: 'submit' | 'return' | 'reject' | 'approve' | 'withdraw' | 'unpublish';
  comment?: string;
}

export interface DemoNomination {
  /** Stable key, also the readable slug base. */
  key: string;
  unit: DemoUnitKey;
  communeCode: BuGiaMapCommune;
  year: 2021 | 2022 | 2023 | 2024 | 2025;
  status: NominationStatus;
  nomineeKind: NomineeKind;
  field: Field;
  title: string;
  nomineeName: string;
  gender?: Gender;
  birthYear?: number;
  ethnicity?: string;
  nomineeRole?: string;
  collectiveType?: string;
  collectiveSize?: number;
  modelHowItWorks?: string;
  modelSince?: number;
  summary: string;
  /** Paragraphs separated by a blank line. */
  story: string;
  contactPhone?: string;
  address?: string;
  unitContactPerson?: string;
  impact: Partial<Impact>;
  consent?: {
    given: boolean;
    givenBy: string;
    date: string; // yyyy-mm-dd
    form: ConsentForm;
    publishMode: PublishMode;
  };
  /** Key of another demo nomination whose model this one replicates. */
  replicates?: string;
  photos: DemoPhoto[];
  /** The history after creation, in order; must lead to `status`. */
  events: DemoEvent[];
  commendation?: { form: string; issuer: string; decisionNumber: string; decisionDate: string };
}
