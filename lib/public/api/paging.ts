/**
 * Paging of every /api/v1 list: `page` (1-based) and `pageSize` (at most MAX_PAGE_SIZE, the one
 * cap of lib/public/paging.ts; more is a 400, never a silently shorter page) in the query,
 * `{ page, pageSize, total, next }` in the answer, `next` being the URL of the following page
 * (null on the last). Pure: shared by the routes, the OpenAPI document and the pages.
 */
import { z } from "zod";
import { MAX_PAGE_SIZE } from "@/lib/public/paging";

export { MAX_PAGE_SIZE };
export const DEFAULT_PAGE_SIZE = 50;

const positive = (name: string, max?: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, `${name} 应为正整数`)
    .transform(Number)
    .refine((n) => n >= 1, `${name} 应为正整数`)
    .refine((n) => max === undefined || n <= max, `${name} 最大为 ${max}`);

/** The query fields of a paged list; spread into a list's query schema. */
export const ZPageQuery = z.object({
  page: positive("page").optional().default(1).describe("页码，从 1 开始"),
  pageSize: positive("pageSize", MAX_PAGE_SIZE).optional().default(DEFAULT_PAGE_SIZE).describe(`每页条数，默认 ${DEFAULT_PAGE_SIZE}，最大 ${MAX_PAGE_SIZE}`),
});

export const ZPageMeta = z.object({
  page: z.int().min(1).describe("当前页码"),
  pageSize: z.int().min(1).max(MAX_PAGE_SIZE).describe("每页条数"),
  total: z.int().min(0).describe("符合条件的总条数"),
  next: z.string().nullable().describe("下一页的地址；最后一页为 null"),
});
export type TPageMeta = z.infer<typeof ZPageMeta>;

/** The paging metadata of one page of `total` rows, `next` keeping the request's other parameters. */
export function pageMeta(requestUrl: string, page: number, pageSize: number, total: number): TPageMeta {
  let next: string | null = null;
  if (page * pageSize < total) {
    const url = new URL(requestUrl);
    url.searchParams.set("page", String(page + 1));
    next = `${url.pathname}${url.search}`;
  }
  return { page, pageSize, total, next };
}
