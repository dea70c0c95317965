import { describe, expect, it } from "vitest";
import { MAX_PAGE_SIZE, offsetOf, pageHref, pageInfo, parsePage } from "./paging";

describe("paging", () => {
  it("caps the page size and falls back on malformed input", () => {
    expect(parsePage(new URLSearchParams("page=3&pageSize=20"))).toEqual({ page: 3, pageSize: 20 });
    expect(parsePage(new URLSearchParams("pageSize=100000")).pageSize).toBe(MAX_PAGE_SIZE);
    expect(parsePage(new URLSearchParams("page=-1&pageSize=abc"), 25)).toEqual({ page: 1, pageSize: 25 });
    expect(parsePage({ page: ["2", "9"], pageSize: "0" })).toEqual({ page: 2, pageSize: 50 });
  });

  it("says how many pages there are and which comes next", () => {
    expect(pageInfo(101, { page: 1, pageSize: 50 })).toEqual({ total: 101, page: 1, pageSize: 50, pages: 3, next: 2 });
    expect(pageInfo(101, { page: 3, pageSize: 50 }).next).toBeNull();
    expect(pageInfo(0, { page: 1, pageSize: 50 })).toMatchObject({ pages: 1, next: null });
    expect(offsetOf({ page: 3, pageSize: 20 })).toBe(40);
  });

  it("links another page keeping the filters", () => {
    expect(pageHref("/units", { q: "总工会", region: "" }, 2)).toBe("/units?q=%E6%80%BB%E5%B7%A5%E4%BC%9A&page=2");
    expect(pageHref("/units", { q: undefined }, 1)).toBe("/units");
  });
});
