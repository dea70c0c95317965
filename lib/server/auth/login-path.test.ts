import { describe, expect, it } from "vitest";
import { loginPath, safeCallbackUrl, sameOriginRedirect } from "./login-path";

describe("safeCallbackUrl (no open redirect)", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeCallbackUrl("/workspace/reports/430203-zgh/2021?x=1#t")).toBe("/workspace/reports/430203-zgh/2021?x=1#t");
  });

  it.each([
    "/\t/evil.example/phish", // issue 13 finding 1: the browser drops the tab → //evil.example
    "/\n/evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/%09/evil.example".replace("%09", "\u0009"),
    " /workspace",
    "",
  ])("refuses %j", (value) => {
    expect(safeCallbackUrl(value)).toBe("/workspace");
  });

  it("a resolved path never has another origin, whatever the input", () => {
    for (const value of ["/./\t/evil", "/..//evil.example", "/a/../../evil"]) {
      const out = safeCallbackUrl(value);
      expect(new URL(out, "https://site.example").origin).toBe("https://site.example");
    }
  });

  it("loginPath encodes only safe targets", () => {
    expect(loginPath("/\t/evil.example/phish")).toBe("/login?callbackUrl=%2Fworkspace");
  });
});

describe("sameOriginRedirect (next-auth's redirect callback)", () => {
  const base = "https://gongkai.example";
  it("follows paths and own-origin URLs only", () => {
    expect(sameOriginRedirect("/workspace", base)).toBe("https://gongkai.example/workspace");
    expect(sameOriginRedirect("https://gongkai.example/units?q=1", base)).toBe("https://gongkai.example/units?q=1");
    expect(sameOriginRedirect("https://evil.example/phish", base)).toBe(base);
    expect(sameOriginRedirect("/\t/evil.example/phish", base)).toBe("https://gongkai.example/");
  });
});
