import "@/lib/server/server-only";
import { ADMIN_PAGE_SIZE_MAX, ZPageQuery } from "@/lib/admin/schemas";

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/** skip/take for a page request; the size is capped whatever the caller asks. */
export function pageWindow(query: unknown): { q?: string; page: number; pageSize: number; skip: number; take: number } {
  const { q, page, pageSize } = ZPageQuery.parse(query ?? {});
  const size = Math.min(pageSize, ADMIN_PAGE_SIZE_MAX);
  return { q: q || undefined, page, pageSize: size, skip: (page - 1) * size, take: size };
}

export function toPage<T>(rows: T[], total: number, window: { page: number; pageSize: number }): Page<T> {
  return { rows, total, page: window.page, pageSize: window.pageSize, pageCount: Math.max(1, Math.ceil(total / window.pageSize)) };
}
