/**
 * Drafts on real PostgreSQL: start from last year, a stale save is refused, an import with any
 * error writes nothing, submission needs zero blocking errors and makes the draft read-only,
 * every save is audited, an anonymous caller is sent to sign in.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import ExcelJS from "exceljs";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { buildWorld, snapshot, type World } from "./support/workspace-world";
import { current } from "./support/workspace-mocks";
import { loadFixture } from "../../scripts/db/seed-data";
import { NOT_A_PACKAGE, type TPackage } from "../../lib/disclosure/package";
import JSZip from "jszip";
import { CORRUPT_XLSX, NOT_A_WORKBOOK, NOT_THE_TEMPLATE } from "../../lib/workbook/read-workbook";
import { writeWorkbook } from "../../lib/workbook/write-workbook";
import { IMPORT_EMPTY_FILE } from "../../lib/workspace/schemas";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ referer: "http://localhost/workspace/reports/x/2021/edit/income" }) }));
vi.mock("@/lib/server/db", async () => {
  const { currentDb } = await import("./support/workspace-mocks");
  return { db: () => currentDb() };
});
vi.mock("@/lib/server/auth/session", async () => {
  const { current: state } = await import("./support/workspace-mocks");
  return { getActor: async () => state.actor, requireActor: async () => state.actor };
});

const { saveDraftRevision } = await import("@/lib/server/reports/save-draft-revision");
const { transitionReport } = await import("@/lib/server/reports/transition-report");
const { importRevisionPackage } = await import("@/lib/server/reports/import-revision-package");
const { NOT_JSON, NOT_UTF8 } = await import("@/lib/server/import/read-package-file");
const { createReportDraft } = await import("@/lib/server/reports/create-report-draft");
const { saveDraftAction } = await import("@/lib/server/actions/save-draft-action");
const exportRoute = await import("@/app/workspace/reports/[unitCode]/[year]/export/route");
const { proxy } = await import("@/proxy");

let db: TestDatabase;
let world: World;
const fixture2021 = (): TPackage => ({ ...loadFixture(), year: 2021 });

beforeAll(async () => {
  db = await createTestDatabase();
  current.prisma = db.prisma;
  world = await buildWorld(db.prisma);
});
afterAll(() => db.drop());
beforeEach(() => {
  current.actor = world.clerk;
});

async function revision() {
  return db.prisma.revision.findUniqueOrThrow({ where: { id: world.draft.revisionId } });
}

describe("saving", () => {
  it("refuses a stale save and keeps the first writer's package", async () => {
    const { version } = await revision();
    const first = { ...fixture2021(), reasons: { grandTotalChange: "第一个窗口" } };
    const second = { ...fixture2021(), reasons: { grandTotalChange: "第二个窗口" } };
    await expect(saveDraftRevision({ actor: world.clerk, reportId: world.draft.reportId, version, package: first })).resolves.toMatchObject({
      version: version + 1,
    });
    const stale = await saveDraftAction({ reportId: world.draft.reportId, version, package: second });
    expect(stale).toMatchObject({ ok: false, code: "STALE_VERSION" });
    if (!stale.ok) expect(stale.message).toContain("您的输入仍保留在页面上");
    const stored = await revision();
    expect(stored.version).toBe(version + 1);
    expect((stored.package as TPackage).reasons.grandTotalChange).toBe("第一个窗口");
  });

  it("writes line items and an audit entry with before and after in the same transaction", async () => {
    const { version } = await revision();
    const pkg = fixture2021();
    pkg.income[0] = { ...pkg.income[0], fiscal: "14800.00" };
    await saveDraftRevision({ actor: world.clerk, reportId: world.draft.reportId, version, package: pkg });
    const item = await db.prisma.lineItem.findFirstOrThrow({
      where: { revisionId: world.draft.revisionId, section: "income", code: pkg.income[0].code, field: "fiscal" },
    });
    expect(item.amount.toString()).toBe("14800");
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "revision.save", targetId: world.draft.revisionId }, orderBy: { id: "desc" } });
    expect(entry.actorId).toBe(world.clerk.id);
    expect(entry.after).toMatchObject({ version: version + 1, income: expect.any(Array) });
    expect(entry.before).toMatchObject({ version });
  });

  it("refuses a malformed package with its JSON paths, changing nothing", async () => {
    const { version } = await revision();
    const before = await snapshot(db.prisma);
    const bad = { ...fixture2021(), income: [{ ...fixture2021().income[0], fiscal: "12.345" }] };
    const result = await saveDraftAction({ reportId: world.draft.reportId, version, package: bad });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", details: { issues: [{ path: "income[0].fiscal", message: "金额最多两位小数" }] } });
    expect(await snapshot(db.prisma)).toEqual(before);
  });
});

describe("import", () => {
  async function importFile(name: string, bytes: Uint8Array, size = bytes.length) {
    const { version } = await revision();
    return importRevisionPackage({ actor: world.clerk, reportId: world.draft.reportId, version, file: { name, size, bytes } });
  }

  it("an XLSX with errors writes nothing and lists them by sheet, row and column", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeWorkbook(fixture2021())) as unknown as ArrayBuffer);
    book.getWorksheet("公开02收入")!.getCell("C3").value = "一百";
    book.getWorksheet("公开05一般公共预算")!.getCell("A4").value = "20A";
    const before = await snapshot(db.prisma);
    const error = await importFile("t.xlsx", new Uint8Array(await book.xlsx.writeBuffer())).catch((e) => e);
    expect(error).toMatchObject({ code: "IMPORT_INVALID" });
    expect(error.details.issues).toEqual(
      expect.arrayContaining([
        expect.stringContaining("工作表「公开02收入」 第3行 C列"),
        expect.stringContaining("工作表「公开05一般公共预算」 第4行 A列：科目编码只能包含数字"),
      ]),
    );
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("each kind of bad file is told its own Chinese message, naming fields by the catalog's labels, writing nothing", async () => {
    const before = await snapshot(db.prisma);
    const issuesOf = async (name: string, bytes: Uint8Array): Promise<string[]> => {
      const error = await importFile(name, bytes).catch((e) => e);
      expect(error, name).toMatchObject({ code: "IMPORT_INVALID" });
      return error.details.issues;
    };
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    expect(await issuesOf("random.xlsx", random)).toEqual([CORRUPT_XLSX]);
    expect(await issuesOf("random.json", random)).toEqual([NOT_UTF8]);
    const zip = new JSZip();
    zip.file("notes.txt", "不是工作簿");
    expect(await issuesOf("archive.xlsx", await zip.generateAsync({ type: "uint8array" }))).toEqual([NOT_A_WORKBOOK]);
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").getCell("A1").value = "收入";
    expect(await issuesOf("other.xlsx", new Uint8Array(await other.xlsx.writeBuffer()))).toEqual([NOT_THE_TEMPLATE]);
    expect(await issuesOf("p.json", new TextEncoder().encode("{ not json"))).toEqual([NOT_JSON]);
    // A package missing its blocks: each named in Chinese, with the fields it should hold; no English key.
    const bare = await issuesOf("bare.json", new TextEncoder().encode(JSON.stringify({ format: "budget-disclosure/1", year: 2021 })));
    expect(bare).toContain("概况：整块缺少，应有单位编码、单位名称、单位简称、地区、单位类别");
    expect(bare).toContain("公开02 收入决算表：缺少整张表（没有数据时也应为空列表 []）");
    for (const line of bare) expect(line.replace("[]", "")).not.toMatch(/[A-Za-z]/);
    // A field missing from an otherwise whole package, and a misspelt one.
    const pkg = structuredClone(fixture2021()) as unknown as Record<string, Record<string, unknown>>;
    delete pkg.balances.closingCarryover;
    expect(await issuesOf("missing.json", new TextEncoder().encode(JSON.stringify(pkg)))).toEqual(["公开01 收入支出决算总表 年末结转和结余：缺少必填字段"]);
    const misspelt = structuredClone(fixture2021()) as unknown as { income: Record<string, unknown>[] };
    misspelt.income[0].fiscl = "1.00";
    expect(await issuesOf("misspelt.json", new TextEncoder().encode(JSON.stringify(misspelt)))).toEqual([
      "公开02 收入决算表 第1行中的字段「fiscl」：平台不认识这个字段（拼写错误？），为免遗漏数据未导入任何内容",
    ]);
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("refuses other types, files over 5 MB and another unit's or year's package, writing nothing", async () => {
    const before = await snapshot(db.prisma);
    await expect(importFile("a.csv", new TextEncoder().encode("a,b"))).rejects.toMatchObject({ code: "UNSUPPORTED_FILE" });
    // Each case has its own Chinese message: a damaged .xlsx, an empty file, a JSON that is not a package.
    await expect(importFile("fake.xlsx", new TextEncoder().encode("not a zip"))).rejects.toMatchObject({
      code: "IMPORT_INVALID",
      details: { issues: [CORRUPT_XLSX] },
    });
    await expect(importFile("broken.xlsx", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toMatchObject({
      code: "IMPORT_INVALID",
      details: { issues: [CORRUPT_XLSX] },
    });
    await expect(importFile("empty.json", new Uint8Array(0))).rejects.toMatchObject({ code: "INVALID_INPUT", message: IMPORT_EMPTY_FILE });
    await expect(importFile("empty.xlsx", new Uint8Array(0))).rejects.toMatchObject({ code: "INVALID_INPUT", message: IMPORT_EMPTY_FILE });
    await expect(importFile("o.json", new TextEncoder().encode("{}"))).rejects.toMatchObject({ code: "IMPORT_INVALID", details: { issues: [NOT_A_PACKAGE] } });
    await expect(importFile("big.json", new Uint8Array(10), 5 * 1024 * 1024 + 1)).rejects.toMatchObject({ code: "FILE_TOO_LARGE" });
    await expect(importFile("p.json", new TextEncoder().encode("{ not json"))).rejects.toMatchObject({ code: "IMPORT_INVALID" });
    await expect(importFile("2020.json", new TextEncoder().encode(JSON.stringify(loadFixture())))).rejects.toMatchObject({ code: "IMPORT_INVALID" });
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("a valid XLSX replaces the draft; exporting it gives the same package", async () => {
    const saved = await importFile("ok.xlsx", new Uint8Array(await writeWorkbook(fixture2021())));
    expect(saved.package).toEqual(fixture2021());
    const response = await exportRoute.GET(new NextRequest("http://localhost/workspace/reports/430203-zgh/2021/export?format=json"), {
      params: Promise.resolve({ unitCode: "430203-zgh", year: "2021" }),
    });
    expect(JSON.parse(await response.text())).toEqual(fixture2021());
  });
});

describe("a report with nothing to disclose", () => {
  it("all-zero income and expenditure: submission refused with R10 saying why, nothing changed", async () => {
    const { version } = await revision();
    const blank = fixture2021();
    blank.income = [];
    blank.expenditure = [];
    blank.generalBudgetExpenditure = [];
    blank.basicExpenditure = { personnel: [], public: [] };
    blank.fiscal = { income: zeroFunds(), openingCarryover: zeroFunds(), closingCarryover: zeroFunds() };
    blank.balances = { nonFiscalBalanceUsed: "0.00", openingCarryover: "0.00", surplusDistribution: "0.00", closingCarryover: "0.00" };
    const saved = await saveDraftRevision({ actor: world.clerk, reportId: world.draft.reportId, version, package: blank });
    const before = await snapshot(db.prisma);
    const error = await transitionReport({ transition: "submit", actor: world.clerk, reportId: world.draft.reportId, version: saved.version }).catch((e) => e);
    expect(error).toMatchObject({ code: "BLOCKING_ERRORS" });
    expect(JSON.stringify(error.details)).toContain("本年收入合计和本年支出合计都为0");
    expect(await snapshot(db.prisma)).toEqual(before);
    expect((await revision()).status).toBe("DRAFT");
  });
});

const zeroFunds = () => ({ generalBudget: "0.00", governmentFund: "0.00", stateCapital: "0.00" });

describe("submission", () => {
  it("is refused with blocking errors, then succeeds and makes the draft read-only", async () => {
    let { version } = await revision();
    const broken = fixture2021();
    broken.balances = { ...broken.balances, closingCarryover: "1.00" }; // 公开01 no longer balances
    ({ version } = await saveDraftRevision({ actor: world.clerk, reportId: world.draft.reportId, version, package: broken }));
    await expect(transitionReport({ transition: "submit", actor: world.clerk, reportId: world.draft.reportId, version })).rejects.toMatchObject({
      code: "BLOCKING_ERRORS",
    });
    expect((await revision()).status).toBe("DRAFT");

    ({ version } = await saveDraftRevision({ actor: world.clerk, reportId: world.draft.reportId, version, package: fixture2021() }));
    await expect(transitionReport({ transition: "submit", actor: world.clerk, reportId: world.draft.reportId, version })).resolves.toMatchObject({
      status: "SUBMITTED",
    });
    const report = await db.prisma.report.findUniqueOrThrow({ where: { id: world.draft.reportId }, include: { currentRevision: true } });
    expect(report.status).toBe("SUBMITTED");
    expect(report.currentRevision).toMatchObject({ status: "SUBMITTED", submittedById: world.clerk.id });
    await expect(saveDraftRevision({ actor: world.clerk, reportId: world.draft.reportId, version: version + 1, package: fixture2021() })).rejects.toMatchObject(
      { code: "READ_ONLY" },
    );
    await expect(transitionReport({ transition: "submit", actor: world.clerk, reportId: world.draft.reportId, version: version + 1 })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
    });
  });
});

describe("starting a year", () => {
  it("copies overview and recurring texts from last year, figures empty, and refuses a second start", async () => {
    const { reportId } = await createReportDraft({ actor: world.clerk, unitCode: "430203-zgh", year: 2022, mode: "previous" });
    const report = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId }, include: { currentRevision: true } });
    const pkg = report.currentRevision!.package as TPackage;
    expect(pkg.overview.duties).toEqual(loadFixture().overview.duties);
    expect(pkg.income).toEqual([]);
    expect(pkg.year).toBe(2022);
    await expect(createReportDraft({ actor: world.clerk, unitCode: "430203-zgh", year: 2022, mode: "empty" })).rejects.toMatchObject({
      code: "ALREADY_EXISTS",
    });
  });
});

describe("anonymous", () => {
  beforeEach(() => {
    current.actor = null;
  });

  it("a server action redirects to the sign-in page, back to where the call came from", async () => {
    const error = await saveDraftAction({ reportId: world.draft.reportId, version: 1, package: {} }).catch((e) => e);
    expect(String(error.digest)).toContain("NEXT_REDIRECT");
    expect(String(error.digest)).toContain("/login?callbackUrl=%2Fworkspace%2Freports%2Fx%2F2021%2Fedit%2Fincome");
  });

  it("a route redirects to the sign-in page", async () => {
    const response = await exportRoute.GET(new NextRequest("http://localhost/workspace/reports/430203-zgh/2021/export?format=json"), {
      params: Promise.resolve({ unitCode: "430203-zgh", year: "2021" }),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://localhost/login?callbackUrl=%2Fworkspace%2Freports%2F430203-zgh%2F2021%2Fexport%3Fformat%3Djson");
  });

  it("the proxy sends a visitor without a session cookie to sign in", async () => {
    const response = await proxy(new NextRequest("http://localhost/workspace/reports/430203-zgh/2021/edit/income"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost/login?callbackUrl=%2Fworkspace%2Freports%2F430203-zgh%2F2021%2Fedit%2Fincome");
  });
});
