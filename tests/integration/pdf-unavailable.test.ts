/**
 * On a machine without Chromium the PDF is a clear 503 in Chinese through the public API wrapper,
 * not a bare 500 (issue 13). No database needed: the check comes before any printing.
 */
import { describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";

vi.stubEnv("CHROMIUM_PATH", "/nonexistent/chromium");
vi.stubEnv("PDF_CACHE_DIR", path.join(os.tmpdir(), `gongkai-pdf-${randomUUID()}`));
const { renderReportPdf } = await import("@/lib/server/public/render-pdf");
const { publicApi } = await import("@/lib/server/public/public-api");

describe("PDF without Chromium", () => {
  it("answers 503 with a Chinese message", async () => {
    const data = { revisionId: randomUUID(), unit: { code: "x", name: "某单位", demo: false }, year: 2020, revision: { number: 1 } } as never;
    const handler = publicApi(async () => {
      await renderReportPdf(data, "http://127.0.0.1:9");
      return new Response("pdf");
    });
    const response = await handler(new Request("http://localhost/api/v1/units/x/reports/2020/report.pdf"), { params: Promise.resolve({}) });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: expect.stringContaining("PDF 暂时无法生成") });
  });
});
