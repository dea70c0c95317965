import "@/lib/server/server-only";
import { existsSync } from "node:fs";
import { escapeHtml } from "@/lib/public/html-escape";

/** Thrown when this server cannot make PDFs (no Chromium at CHROMIUM_PATH). */
export class PdfUnavailableError extends Error {
  constructor(executable: string) {
    super(`找不到 Chromium（${executable}），无法生成 PDF`);
  }
}

/** Checked before every print: a missing browser is a 503 the reader can act on, not a bare 500. */
export function assertChromium(executable: string): void {
  if (!existsSync(executable)) throw new PdfUnavailableError(executable);
}

/**
 * The answer when the PDF cannot be made: a short Chinese page that says so and links to the
 * report's own page, whose print stylesheet gives the same document through the browser's
 * 打印 → 另存为 PDF. Not cached: the server may get its browser back.
 */
export function pdfUnavailableResponse(args: { title: string; printPath: string }): Response {
  const title = escapeHtml(args.title);
  const href = escapeHtml(args.printPath);
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>PDF 暂时无法生成 · ${title}</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.7;color:#1f2328}a{color:#0b57a4}</style></head>
<body><h1>PDF 暂时无法生成</h1>
<p>本服务器目前没有可用的 Chromium 浏览器，无法生成《${title}》的 PDF 文件。</p>
<p><a href="${href}">打开报告的打印版页面</a>，用浏览器的“打印”（Ctrl+P 或 ⌘P）选择“另存为 PDF”，即可得到同样内容的文件。</p>
<p>也可以稍后再试，或下载 Excel、CSV 和 JSON 数据。</p></body></html>`;
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "3600" } });
}
