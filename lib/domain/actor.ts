import type { AdminTree, Role } from '@/lib/domain/vocabulary';

/** The signed-in person as every permission check sees them. Plain data, safe to pass to the client. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  unitId: number | null;
  unitName: string | null;
  scope: { tree: AdminTree; code: string } | null;
  /** A level's lead assigns its dossiers to reviewers. */
  reviewLead?: boolean;
}
