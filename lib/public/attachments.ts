/**
 * The PDFs attached to a report revision (issue 16): which kinds there are, how they are named in
 * Chinese and in URLs, the size limit, and the first cheap test of "is this a PDF" by content.
 * Pure: the editor, the review page, the public page and the data layer share it.
 */
import type { TReportKind } from "@/lib/rules/department";
import { apiReportPath } from "./report-paths";

export const ATTACHMENT_KINDS = ["STAMPED", "SELF_EVALUATION"] as const;
export type TAttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_LABELS: Record<TAttachmentKind, string> = {
  STAMPED: "盖章版报告（PDF）",
  SELF_EVALUATION: "绩效自评表（PDF）",
};

/** URL segment of each kind: …/attachments/stamped, …/attachments/self-evaluation. */
export const ATTACHMENT_SLUGS = { STAMPED: "stamped", SELF_EVALUATION: "self-evaluation" } as const satisfies Record<TAttachmentKind, string>;

export function attachmentKindOfSlug(slug: string): TAttachmentKind | null {
  return ATTACHMENT_KINDS.find((k) => ATTACHMENT_SLUGS[k] === slug) ?? null;
}

export function attachmentKindOf(value: unknown): TAttachmentKind | null {
  return ATTACHMENT_KINDS.find((k) => k === value) ?? null;
}

/** 20 MB: a scanned, stamped report of some forty pages. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

export const ATTACHMENT_MESSAGES = {
  noFile: "请选择要上传的 PDF 文件",
  empty: "所选文件是空的（0 字节），请检查后重新选择",
  tooLarge: "文件超过 20 MB，不能上传：请压缩或降低扫描分辨率后再上传",
  notPdf: "所选文件不是 PDF（按文件内容判断，与文件名无关）：请上传 PDF 格式的文件",
  damaged: "所选文件以 PDF 文件头开头，但结构不完整，无法作为 PDF 打开（文件可能已损坏或未传完）：请重新导出后再上传",
  wrongKind: "附件类型无效：只能上传盖章版报告或绩效自评表",
  readOnly: "该报告已提交、已审核或已公开，附件不能再修改；如需修改，请先撤回或在公开后发起更正",
} as const;

/** Where the PDF header `%PDF-` starts (ISO 32000-1 §7.5.2 lets readers accept up to 1024 bytes of junk before it); -1 if absent. */
export function pdfHeaderOffset(bytes: Uint8Array): number {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return i;
  }
  return -1;
}

const latin1 = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes);

/**
 * Whether the bytes are a PDF, judged by content alone (never the name or the browser's type):
 * "not-pdf" without the `%PDF-` header; "damaged" when the header is there but the file does not
 * end as a PDF must (`startxref` n `%%EOF`, with n pointing at the cross-reference table or
 * stream) or names no document catalog (/Root). This is the structure every reader starts from;
 * a renamed program or text file, and a PDF cut off in transfer, fail it.
 *
 * Why not a full parse with pdf.js: importing its Node build (core-js polyfills) made every later
 * large query of the same process ten times slower (a 20 MB insert: 2.5 s → 35 s, measured).
 */
export function checkPdfStructure(bytes: Uint8Array): "ok" | "not-pdf" | "damaged" {
  const header = pdfHeaderOffset(bytes);
  if (header < 0) return "not-pdf";
  if (!/^%PDF-\d\.\d/.test(latin1(bytes.subarray(header, header + 8)))) return "not-pdf";
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 2048)));
  const matches = [...tail.matchAll(/startxref\s+(\d+)\s+%%EOF/g)];
  const last = matches.at(-1);
  if (!last) return "damaged";
  const offset = Number(last[1]);
  // Offsets count from the file's start, or from the header when junk precedes it.
  const pointsAtXref = [offset, offset + header].some((at) => {
    if (at <= header || at >= bytes.length) return false;
    const text = latin1(bytes.subarray(at, at + 32));
    return /^xref\b/.test(text) || /^\d+\s+\d+\s+obj\b/.test(text);
  });
  if (!pointsAtXref) return "damaged";
  return containsAscii(bytes, "/Root") ? "ok" : "damaged";
}

/** True when `needle` (ASCII) occurs in `bytes`; scans the bytes without decoding 20 MB into a string. */
function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const codes = Array.from(needle, (c) => c.charCodeAt(0));
  const first = codes[0]!;
  for (let i = bytes.indexOf(first); i >= 0 && i + codes.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < codes.length && bytes[i + j] === codes[j]) j++;
    if (j === codes.length) return true;
  }
  return false;
}

/** A stored file name made safe to show and to send back: no path, no control characters, at most 120 characters. */
export function cleanFileName(name: string, kind: TAttachmentKind): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(-120);
  const fallback = kind === "STAMPED" ? "盖章版报告.pdf" : "绩效自评表.pdf";
  if (!clean) return fallback;
  return /\.pdf$/i.test(clean) ? clean : `${clean}.pdf`;
}

/** Sizes as people read them: 1.2 MB, 350 KB. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** What every listing shows of an attachment (never its content). */
export interface AttachmentInfo {
  kind: TAttachmentKind;
  fileName: string;
  byteSize: number;
  sha256: string;
  uploadedAt: Date;
}

/** The public download of a published revision's attachment, of the unit report or (reportKind DEPARTMENT) the department report. */
export function publicAttachmentPath(unitCode: string, year: number, kind: TAttachmentKind, revision?: number, reportKind: TReportKind = "UNIT"): string {
  const base = `${apiReportPath(unitCode, year, reportKind)}/attachments/${ATTACHMENT_SLUGS[kind]}`;
  return revision === undefined ? base : `${base}?revision=${revision}`;
}

/** The workspace's download of the current revision's attachment (clerk, reviewer, admin in scope). */
export function workspaceAttachmentPath(unitCode: string, year: number, kind: TAttachmentKind, reportKind: TReportKind = "UNIT"): string {
  return `/workspace/reports/${encodeURIComponent(unitCode)}/${year}${reportKind === "DEPARTMENT" ? "/department" : ""}/attachments/${ATTACHMENT_SLUGS[kind]}`;
}
