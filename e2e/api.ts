import type { APIResponse } from '@playwright/test';
import type { ApiItem } from '../lib/examples/api-shape';

/** `GET /api/v1/examples`, as the route builds it. */
export interface ExamplesPage {
  items: ApiItem[];
  total: number;
  nextCursor: string | null;
}

/** `GET /api/v1/examples.json`: the whole registry in one document. */
export interface ExamplesExport {
  licence: string;
  generatedAt: string;
  items: ApiItem[];
}

/** Every 4xx of the public API (`apiError` in lib/http.ts). */
export interface ApiErrorBody {
  error: { code: string; message: string };
}

/** The JSON body of one of our own routes, typed as that route declares it (the routes' tests check the shape). */
export async function readJson<T>(response: APIResponse | Promise<APIResponse>): Promise<T> {
  return (await (await response).json()) as T;
}
