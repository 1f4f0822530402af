import { casebookResponse } from '@/lib/casebook/response';

export const dynamic = 'force-dynamic';

/** The campaign's casebook (kỷ yếu) as a PDF, for a year and an area in either administrative tree. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return casebookResponse(request, (await params).slug);
}
