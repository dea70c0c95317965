import "@/lib/server/server-only";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { publishedReportPath } from "@/lib/public/report-paths";
import { reportTitle } from "@/lib/public/report-metadata";
import type { PublishedReport } from "@/lib/public/types";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/lib/chromium";
import { reportOutline, tocPageNumbers } from "@/lib/public/report-outline";
import { pdfPageTexts } from "./pdf-page-texts";
import { assertChromium } from "./pdf-unavailable";


const inFlight = new Map<string, Promise<Buffer>>();

function cacheDir(): string {
  return process.env.PDF_CACHE_DIR ?? path.join(process.cwd(), ".data", "pdf-cache");
}

/** A CSS string literal of any text (a unit name may hold quotes or backslashes). */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, " ")}"`;

/**
 * The running header (unit, year) and footer (第 n 页，共 m 页) as CSS page-margin boxes rather
 * than Chromium's header/footer templates: templates print on every page, the cover included,
 * while `@page :first` leaves the cover bare as the official document has it. The margin boxes
 * name the TrueType font themselves (they do not inherit from the body).
 */
function pageStyle(data: PublishedReport): string {
  const margin = "font-family:'WenQuanYi Micro Hei','AR PL UMing CN',sans-serif;font-size:8px;color:#555";
  return `@page { size: A4; margin: 18mm 14mm;
  @top-center { content: ${cssString(reportTitle(data, { demo: true }))}; ${margin} }
  @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; ${margin} } }
@page :first { @top-center { content: none } @bottom-center { content: none } }`;
}

const PDF_OPTIONS = { format: "A4", preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false } as const;

/**
 * Prints the page twice: the first print tells on which page each heading landed (read back with
 * pdf.js), those numbers go into the 目录's empty slots, and the second print is the document.
 * The slots have a fixed width (print-front.module.css), so filling them moves nothing.
 */
async function print(url: string, data: PublishedReport): Promise<Buffer> {
  assertChromium(CHROMIUM_PATH);
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ locale: "zh-CN" });
    const response = await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    if (!response?.ok()) throw new Error(`打印页面返回 ${response?.status()}`);
    await page.emulateMedia({ media: "print" });
    await page.addStyleTag({ content: pageStyle(data) });
    const first = await page.pdf(PDF_OPTIONS);
    const outline = reportOutline({ unitName: data.unit.name, year: data.year, tables: data.report.tables, sections: data.report.narrative });
    const pages = tocPageNumbers(await pdfPageTexts(first), outline);
    await page.evaluate((numbers) => {
      for (const slot of document.querySelectorAll<HTMLElement>("[data-toc-page]")) {
        slot.textContent = numbers[slot.dataset.tocPage ?? ""] ?? "";
      }
    }, Object.fromEntries([...pages].map(([id, n]) => [id, n === null ? "" : String(n)])));
    return Buffer.from(await page.pdf(PDF_OPTIONS));
  } finally {
    await browser.close();
  }
}

/**
 * The report as an A4 PDF, printed by Chromium from the revision's own page (print stylesheet:
 * cover and 目录 first, no site header, nav or charts; rows never split across pages). Published revisions never change,
 * so the file is made once per revision id and kept on disk; concurrent requests share one print.
 * `baseUrl` is where this server can reach itself (INTERNAL_BASE_URL, else the request's origin).
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
      // The revision's own page, of the unit report or of the department report.
      const pdf = await print(new URL(publishedReportPath(data.kind, data.unit.code, data.year, data.revision.number), baseUrl).toString(), data);
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
