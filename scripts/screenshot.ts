/**
 * Looks at a page as a person would: `npx tsx scripts/screenshot.ts <url> <out.png> [width] [--full]`.
 * Debian's Chromium, headless, with the flags this sandbox needs.
 */
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../lib/chromium";

async function main() {
  const [url, out, width = "1280"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  if (!url || !out) {
    console.error("用法：tsx scripts/screenshot.ts <网址> <输出.png> [宽度] [--full]");
    process.exit(2);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, locale: "zh-CN" });
    await page.goto(url, { waitUntil: "networkidle" });
    await page.screenshot({ path: out, fullPage: process.argv.includes("--full") });
    console.log(out);
  } finally {
    await browser.close();
  }
}

void main();
