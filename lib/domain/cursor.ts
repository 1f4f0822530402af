import { z } from 'zod';

// Opaque to clients: keyset position for date and impact orders, an offset for relevance.
const cursorSchema = z.union([
  z.object({ k: z.union([z.string().max(40), z.number().int()]).nullable(), id: z.string().uuid() }).strict(),
  z.object({ o: z.number().int().min(0).max(10_000) }).strict(),
]);
export type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** null when the cursor is malformed. */
export function decodeCursor(text: string): Cursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
