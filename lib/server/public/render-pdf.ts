import "@/lib/server/server-only";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { reportPath } from "@/lib/public/report-paths";
import type { PublishedReport } from "./types";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/lib/chromium";
import { ApiError } from "./api-error";


const inFlight = new Map<string, Promise<Buffer>>();

function cacheDir(): string {
  return process.env.PDF_CACHE_DIR ?? path.join(process.cwd(), ".data", "pdf-cache");
}

async function print(url: string, data: PublishedReport): Promise<Buffer> {
  // A machine without Chromium cannot print: say so (503), rather than a bare 500.
  if (!existsSync(CHROMIUM_PATH)) throw new ApiError(503, "PDF 暂时无法生成（服务器未安装打印用的浏览器），请先下载 XLSX 或 CSV，或稍后再试");
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ locale: "zh-CN" });
    const response = await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    if (!response?.ok()) throw new Error(`打印页面返回 ${response?.status()}`);
    await page.emulateMedia({ media: "print" });
    const demo = data.unit.demo ? "（示例数据）" : "";
    return Buffer.from(
      await page.pdf({
        format: "A4",
        printBackground: true,
        margin: { top: "18mm", bottom: "18mm", left: "14mm", right: "14mm" },
        displayHeaderFooter: true,
        headerTemplate: `<div style="font-size:8px;width:100%;text-align:center;color:#555">${data.unit.name.replace(/</g, "&lt;")}${data.year}年度部门决算${demo}</div>`,
        footerTemplate: '<div style="font-size:8px;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      }),
    );
  } finally {
    await browser.close();
  }
}

/**
 * The report as an A4 PDF, printed by Chromium from the revision's own page (print stylesheet:
 * no header, nav or charts; rows never split across pages). Published revisions never change,
 * so the file is made once per revision id and kept on disk; concurrent requests share one print.
 * `baseUrl` is where this server can reach itself (INTERNAL_BASE_URL, by default its own port).
 */
export async function renderReportPdf(data: PublishedReport, baseUrl: string): Promise<Buffer> {
  const file = path.join(cacheDir(), `${data.revisionId}.pdf`);
  try {
    return await readFile(file);
  } catch {
    // not cached yet
  }
  let job = inFlight.get(data.revisionId);
  if (!job) {
    job = (async () => {
      const pdf = await print(new URL(reportPath(data.unit.code, data.year, data.revision.number), baseUrl).toString(), data);
      try {
        await mkdir(cacheDir(), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        await writeFile(tmp, pdf);
        await rename(tmp, file); // atomic: a reader never sees half a file
      } catch (error) {
        console.error("PDF 缓存写入失败（仍返回 PDF）", error); // a read-only cache must not break downloads
      }
      return pdf;
    })().finally(() => inFlight.delete(data.revisionId));
    inFlight.set(data.revisionId, job);
  }
  return job;
}
