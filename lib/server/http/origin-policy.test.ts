import { describe, expect, it } from "vitest";
import { isAllowedOrigin } from "./origin-policy";

const host = "gongkai.example";
describe("isAllowedOrigin", () => {
  it("allows this site's own origin, and the public URL's", () => {
    expect(isAllowedOrigin({ origin: "https://gongkai.example", secFetchSite: "same-origin", host })).toBe(true);
    expect(isAllowedOrigin({ origin: "https://public.example", secFetchSite: "same-site", host: "app:3000", publicUrl: "https://public.example" })).toBe(true);
  });

  it("refuses another site, a look-alike, and an unreadable Origin", () => {
    expect(isAllowedOrigin({ origin: "https://evil.example", secFetchSite: "cross-site", host })).toBe(false);
    expect(isAllowedOrigin({ origin: "https://gongkai.example.evil.example", secFetchSite: "cross-site", host })).toBe(false);
    expect(isAllowedOrigin({ origin: "null", secFetchSite: "cross-site", host })).toBe(false);
  });

  it("without Origin, trusts Sec-Fetch-Site; with neither it is no browser", () => {
    expect(isAllowedOrigin({ origin: null, secFetchSite: "cross-site", host })).toBe(false);
    expect(isAllowedOrigin({ origin: null, secFetchSite: "same-origin", host })).toBe(true);
    expect(isAllowedOrigin({ origin: null, secFetchSite: null, host })).toBe(true);
  });
});
