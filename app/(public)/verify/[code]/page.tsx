import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound, permanentRedirect } from 'next/navigation';
import { VerifiedCommendationView } from '@/components/verify/verified-commendation';
import { getDb } from '@/db/index';
import { requestInfo } from '@/lib/auth/request-info';
import { verifyPath } from '@/lib/domain/verify-code';
import { lookUpVerifyCode } from '@/lib/verify/lookup';
import { verifyMisses } from '@/lib/verify/miss-limit';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Xác minh khen thưởng', robots: { index: false, follow: true } };

/** Public: anyone holding a paper certificate's code checks it here. Unknown codes get not-found.tsx. */
export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const address = requestInfo(await headers()).ipAddress;
  const outcome = await lookUpVerifyCode(getDb(), verifyMisses, { raw, address });
  if (outcome.kind === 'canonical') permanentRedirect(verifyPath(outcome.code));
  if (outcome.kind !== 'found') notFound();
  return <VerifiedCommendationView code={outcome.code} commendation={outcome.commendation} />;
}
