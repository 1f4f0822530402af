import { campaignEmbedResponse } from '@/lib/embeds/response';

export const dynamic = 'force-dynamic';

/** A campaign's newest examples as a small page without script, for a frame on a district's portal. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return campaignEmbedResponse((await params).slug);
}
