/**
 * Paging for every list (pages and API): `page` from 1, `pageSize` capped, so no request can ask
 * for a whole province. Pure; the data functions take a Page and return a PageInfo. The pages
 * (parsePage) serve at most MAX_PAGE_SIZE rows whatever is asked; the API refuses a larger
 * pageSize with a 400 (./api/paging.ts), so it never answers fewer rows than it was asked for.
 */
import { z } from "zod";

export interface Page {
  page: number;
  pageSize: number;
}

export interface PageInfo extends Page {
  total: number;
  pages: number;
  /** The next page's number, or null on the last page. */
  next: number | null;
}

/** The most rows any list returns at once, pages and API alike (docs/decisions/004). */
export const MAX_PAGE_SIZE = 100;

const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** `?page=&pageSize=` from a URL or page searchParams; missing or malformed values fall back, too large ones are capped. */
export function parsePage(params: URLSearchParams | Record<string, unknown>, defaultSize = 50): Page {
  const get = (key: string) => (params instanceof URLSearchParams ? params.get(key) : firstValue(params[key]));
  const int = z.coerce.number().int().min(1);
  const page = int.max(1_000_000).safeParse(get("page") ?? undefined);
  const size = int.safeParse(get("pageSize") ?? undefined);
  return { page: page.success ? page.data : 1, pageSize: Math.min(size.success ? size.data : defaultSize, MAX_PAGE_SIZE) };
}

export function pageInfo(total: number, { page, pageSize }: Page): PageInfo {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return { total, page, pageSize, pages, next: page < pages ? page + 1 : null };
}

/** A Page as a data function accepts it: page from 1, size within 1…max. */
export function capPage({ page, pageSize }: Page, max = MAX_PAGE_SIZE): Page {
  return { page: Math.max(1, Math.floor(page) || 1), pageSize: Math.min(Math.max(1, Math.floor(pageSize) || 1), max) };
}

export const offsetOf = ({ page, pageSize }: Page) => (page - 1) * pageSize;

/** The same list's URL at another page, other parameters kept. */
export function pageHref(path: string, params: Record<string, string | number | undefined>, page: number): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...params, page: page > 1 ? page : undefined })) if (v !== undefined && String(v) !== "") search.set(k, String(v));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
