import { describe, expect, it } from "vitest";
import { minimalPdf } from "../../tests/support/minimal-pdf";
import { attachmentKindOfSlug, ATTACHMENT_SLUGS, checkPdfStructure, cleanFileName, formatFileSize, publicAttachmentPath, workspaceAttachmentPath } from "./attachments";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("checkPdfStructure: the content decides", () => {
  it("takes a well-formed PDF, also with junk before the header and after %%EOF", () => {
    const pdf = minimalPdf();
    expect(checkPdfStructure(pdf)).toBe("ok");
    const junk = new Uint8Array([...bytes("junk\n"), ...pdf, ...bytes("\n\n")]);
    expect(checkPdfStructure(junk)).toBe("ok");
  });

  it("refuses a program, a text file and an image as not a PDF", () => {
    expect(checkPdfStructure(new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]))).toBe("not-pdf");
    expect(checkPdfStructure(bytes("这是一个文本文件，名字叫 报告.pdf"))).toBe("not-pdf");
    expect(checkPdfStructure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("not-pdf");
    expect(checkPdfStructure(new Uint8Array())).toBe("not-pdf");
    // The header must be in the first 1024 bytes.
    expect(checkPdfStructure(new Uint8Array([...new Uint8Array(2000), ...minimalPdf()]))).toBe("not-pdf");
  });

  it("calls a file with the header but not the structure damaged: cut off, no startxref, a wrong offset, no catalog", () => {
    const pdf = minimalPdf();
    expect(checkPdfStructure(bytes("%PDF-1.7\n只是以 PDF 开头的文字\n%%EOF"))).toBe("damaged");
    expect(checkPdfStructure(pdf.subarray(0, pdf.length - 40))).toBe("damaged");
    const text = new TextDecoder("latin1").decode(pdf);
    expect(checkPdfStructure(bytes(text.replace(/startxref\n\d+/, "startxref\n12")))).toBe("damaged");
    expect(checkPdfStructure(bytes(text.replace("/Root", "/Roo_")))).toBe("damaged");
  });
});

describe("names", () => {
  it("keeps a file name without path or control characters, and ends it in .pdf", () => {
    expect(cleanFileName("C:\\扫描\\盖章版.PDF", "STAMPED")).toBe("盖章版.PDF");
    expect(cleanFileName("../../etc/x\u0000y", "SELF_EVALUATION")).toBe("xy.pdf");
    expect(cleanFileName("  ", "SELF_EVALUATION")).toBe("绩效自评表.pdf");
  });

  it("maps kinds to URL slugs and back; sizes read as people read them", () => {
    expect(attachmentKindOfSlug(ATTACHMENT_SLUGS.SELF_EVALUATION)).toBe("SELF_EVALUATION");
    expect(attachmentKindOfSlug("STAMPED")).toBeNull();
    expect(publicAttachmentPath("430203-zgh", 2021, "STAMPED", 2)).toBe("/api/v1/units/430203-zgh/reports/2021/attachments/stamped?revision=2");
    expect(publicAttachmentPath("D100", 2021, "SELF_EVALUATION", undefined, "DEPARTMENT")).toBe("/api/v1/units/D100/reports/2021/department/attachments/self-evaluation");
    expect(workspaceAttachmentPath("D100", 2021, "STAMPED", "DEPARTMENT")).toBe("/workspace/reports/D100/2021/department/attachments/stamped");
    expect(workspaceAttachmentPath("D100", 2021, "STAMPED")).toBe("/workspace/reports/D100/2021/attachments/stamped");
    expect(formatFileSize(1536 * 1024)).toBe("1.5 MB");
    expect(formatFileSize(300)).toBe("1 KB");
  });
});
