/** Only a path on this site: "//evil.example" or "/\\evil" would leave it. */
export function safeReturnPath(next: string | undefined | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next === '/' || next.startsWith('/login')) return null;
  return next;
}
