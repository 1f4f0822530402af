// Identifier shapes, checked before any query so that a malformed one is simply "not found".

/** A UUID as PostgreSQL prints it (any version; case-insensitive). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A public slug: lower-case ASCII letters, digits and hyphens, as slugify makes them. */
export const SLUG_PATTERN = /^[a-z0-9-]{1,120}$/;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}
