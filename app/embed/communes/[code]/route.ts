import { communeEmbedResponse } from '@/lib/embeds/response';

export const dynamic = 'force-dynamic';

/** A commune's newest examples as a small page without script, for a frame on the commune's portal. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  return communeEmbedResponse((await params).code);
}
