import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderReport } from "@/lib/disclosure/render";
import { fixturePackage } from "@/lib/disclosure/testing/builders";
import type { PublishedReport } from "@/lib/public/types";
import { tablesXlsx } from "./tables-xlsx";

const publishedAt = new Date("2021-05-20T02:30:00Z");

function published(): PublishedReport {
  const pkg = fixturePackage();
  return {
    unit: { code: "430203-zgh", name: "株洲市芦淞区总工会", shortName: "区总工会", region: "芦淞区", category: "工会", demo: false },
    year: 2020,
    kind: "UNIT",
    members: [],
    revision: { number: 1, publishedAt, changeNote: null },
    revisions: [{ number: 1, publishedAt, changeNote: null }],
    latest: true,
    revisionId: "00000000-0000-0000-0000-000000000001",
    pkg,
    report: renderReport(pkg),
    previousFromSystem: false,
    prior: null,
    glossary: null,
    attachments: [],
  } as PublishedReport;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("tables.xlsx", () => {
  it("is the same bytes whenever it is built: the workbook's and the zip entries' dates are the revision's publication", async () => {
    const data = published();
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2030-01-01T00:00:00Z") });
    const first = await tablesXlsx(data);
    vi.setSystemTime(new Date("2031-06-15T13:47:09Z"));
    const second = await tablesXlsx(data);
    expect(Buffer.compare(first, second)).toBe(0);

    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(first);
    const core = await zip.file("docProps/core.xml")!.async("string");
    expect(core).toContain("2021-05-20T02:30:00Z");
    expect(core).not.toContain("2030");
    // Every zip entry's time (DOS time: UTC fields, 2-second steps) is the publication's.
    expect(new Set(Object.values(zip.files).map((f) => f.date.toISOString()))).toEqual(new Set([publishedAt.toISOString()]));
    // …and it still opens as the nine-sheet workbook.
    const read = await new ExcelJS.Workbook().xlsx.load(first as unknown as ArrayBuffer);
    expect(read.worksheets.map((w) => w.name)).toEqual(data.report.tables.map((t) => t.id));
    expect(read.created.toISOString()).toBe(publishedAt.toISOString());
  });
});
