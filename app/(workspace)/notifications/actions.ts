'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/index';
import { markAllRead } from '@/db/queries/notifications';
import { guardAction } from '@/lib/auth/action-guard';

/** Everyone may clear their own list; the query is keyed on the caller, never on a form field. */
export async function markAllReadAction(): Promise<void> {
  const guard = await guardAction('mark_notifications_read', () => true);
  if (!guard.ok) return;
  await markAllRead(getDb(), guard.user.id);
  revalidatePath('/notifications');
}
