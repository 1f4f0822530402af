import type { SearchParams } from '../domain/example-filters';

/** A query as Next hands it to a page: each name once, its values in order as an array when it came more than once. */
export function searchParamsOf(query: string): SearchParams {
  const params: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(query)) {
    const before = params[name];
    params[name] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
  }
  return params;
}
