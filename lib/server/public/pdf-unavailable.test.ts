import { describe, expect, it } from "vitest";
import { PdfUnavailableError, assertChromium, pdfUnavailableResponse } from "./pdf-unavailable";

describe("PDF without Chromium", () => {
  it("a missing browser is a PdfUnavailableError, a present one passes", () => {
    expect(() => assertChromium("/nonexistent/chromium")).toThrow(PdfUnavailableError);
    expect(() => assertChromium(process.execPath)).not.toThrow();
  });

  it("answers 503 with a Chinese page that links to the print view, escaped and not cached", async () => {
    const r = pdfUnavailableResponse({ title: "某<单位>2020年度部门决算", printPath: "/units/x/2020/r/1" });
    expect(r.status).toBe(503);
    expect(r.headers.get("content-type")).toContain("text/html");
    expect(r.headers.get("cache-control")).toBe("no-store");
    const html = await r.text();
    expect(html).toContain("PDF 暂时无法生成");
    expect(html).toContain('<a href="/units/x/2020/r/1">打开报告的打印版页面</a>');
    expect(html).toContain("某&lt;单位&gt;2020年度部门决算");
  });
});
