'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/index';
import { signOut } from '@/lib/accounts/password';
import { isSameOrigin } from '@/lib/auth/action-guard';
import { getAuth } from '@/lib/auth/auth';
import { getCurrentUser } from '@/lib/auth/current-user';
import { requestInfo } from '@/lib/auth/request-info';

export async function signOutAction(): Promise<void> {
  const h = await headers();
  // A forged cross-site form must not be able to sign people out either.
  if (!isSameOrigin(h)) redirect('/');
  const user = await getCurrentUser();
  if (user) await signOut(getDb(), getAuth(), { actor: user, request: requestInfo(h), headers: h });
  redirect('/login?signedOut=1');
}
