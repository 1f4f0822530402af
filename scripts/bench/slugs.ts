import { slugify } from '../../lib/domain/fold';

/**
 * allocateSlug (db/queries/nominations-write.ts) without a query per row: the base slug when
 * free, else the smallest free "-N" from 2 up. Starts from every slug already stored.
 */
export class SlugAllocator {
  private readonly used: Set<string>;
  private readonly nextSuffix = new Map<string, number>();

  constructor(existing: Iterable<string>) {
    this.used = new Set(existing);
  }

  next(title: string): string {
    const base = slugify(title);
    let slug = base;
    if (this.used.has(base)) {
      // Suffixes below the remembered one are all taken, so the first free one above is the smallest.
      let n = this.nextSuffix.get(base) ?? 2;
      while (this.used.has(`${base}-${n}`)) n++;
      this.nextSuffix.set(base, n + 1);
      slug = `${base}-${n}`;
    }
    this.used.add(slug);
    return slug;
  }
}
