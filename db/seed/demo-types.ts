import type { AdminTree, ConsentForm, Field, Gender, Impact, NominationStatus, NomineeKind, PublishMode } from '@/lib/domain/vocabulary';

/** Keys of the demo units created by the seed (see demo-units.ts). */
export type DemoUnitKey =
  | 'ubnd-huyen'
  | 'phong-noi-vu'
  | 'phong-noi-vu-dong-xoai'
  | 'ubnd-phu-nghia'
  | 'ubnd-da-kia'
  | 'hoi-nong-dan'
  | 'hoi-phu-nu'
  | 'huyen-doan'
  | 'nhcsxh'
  | 'hd-tdkt-da-kia'
  | 'ban-tdkt-dong-nai';

/** Old-tree (pre-2025) commune codes of Bù Gia Mập district (691, Bình Phước). */
export type BuGiaMapCommune = '25222' | '25225' | '25228' | '25229' | '25231' | '25232' | '25234' | '25267';

export interface DemoPhoto {
  caption: string;
  /** Drawn by the seed as a simple illustration: decides palette and motif. */
  motif: 'field' | 'trees' | 'cattle' | 'house' | 'people' | 'workshop';
  isPublic: boolean;
}

/**
 * Who acted: the unit's demo user, the commune-level reviewer, the deciding level's reviewer (the district
 * for the 2021–2025 campaign, the province for 2026–2030) or the admin.
 */
export type DemoActor = 'unit' | 'commune_reviewer' | 'reviewer' | 'admin';

export interface DemoEvent {
  actor: DemoActor;
  action: 'submit' | 'return' | 'reject' | 'approve' | 'withdraw' | 'unpublish' | 'forward' | 'open_notice';
  comment?: string;
}

/** A citizen's opinion on a dossier in public notice, judged or not yet. */
export interface DemoObjection {
  authorName: string;
  contact: string;
  content: string;
  judged?: { status: 'founded' | 'unfounded'; note: string };
}

export interface DemoNomination {
  /** Stable key, also the readable slug base. */
  key: string;
  unit: DemoUnitKey;
  /** The 2026–2030 campaign (new tree, xã/phường → tỉnh); the 2021–2025 one otherwise. */
  campaign?: 'next';
  /** Recorded in the new tree (after 01/07/2025); the seed decides for 2025 records otherwise. */
  communeTree?: AdminTree;
  communeCode: BuGiaMapCommune;
  year: 2021 | 2022 | 2023 | 2024 | 2025 | 2026;
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
  /**
   * The history after creation, in order; must lead to `status`. A deciding reviewer's step on a dossier
   * still at the first level is preceded by the commune reviewer's forward, and an approval by the public
   * notice, as the campaign's process requires (db/seed/demo-history.ts).
   */
  events: DemoEvent[];
  /** Opinions received while in public notice (status in_notice: the notice opened three days ago). */
  objections?: DemoObjection[];
  commendation?: { form: string; issuer: string; decisionNumber: string; decisionDate: string };
}
