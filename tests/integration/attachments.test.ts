/**
 * Attachments (issue 16) on real PostgreSQL, through the route handler and the data layer: only a
 * real PDF is taken (a renamed .exe, a text file named .pdf and a damaged PDF are refused with
 * nothing written), 20 MB at most (by Content-Length and while streaming), only by the clerk in
 * scope and only while the revision is a draft (the content check is checkPdfStructure, unit-tested
 * in lib/public/attachments.test.ts); frozen with the revision on publication (direct
 * SQL refused), carried into a correction's draft, public only once published.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { buildWorld, snapshot, type World } from "./support/workspace-world";
import { current } from "./support/workspace-mocks";
import { loadFixture } from "../../scripts/db/seed-data";
import { minimalPdf } from "../support/minimal-pdf";
import type { TPackage } from "../../lib/disclosure/package";
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MESSAGES } from "../../lib/public/attachments";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/server/db", async () => {
  const { currentDb } = await import("./support/workspace-mocks");
  return { db: () => currentDb() };
});
vi.mock("@/lib/server/auth/session", async () => {
  const { current: state } = await import("./support/workspace-mocks");
  return { getActor: async () => state.actor, requireActor: async () => state.actor };
});
// Publication expires the public pages; there is no server to tell here.
vi.mock("@/lib/server/public/revalidate", () => ({ revalidatePublishedReport: async () => {} }));

const { saveDraftRevision } = await import("@/lib/server/reports/save-draft-revision");
const { transitionReport } = await import("@/lib/server/reports/transition-report");
const { getPublishedReport } = await import("@/lib/server/public/get-published-report");
const { reportJson } = await import("@/lib/public/api-json");
const { ZReport } = await import("@/lib/public/api/schemas");
const { listWorkspaceAttachments } = await import("@/lib/server/attachments/get-workspace-attachments");
const uploadRoute = await import("@/app/workspace/reports/[unitCode]/[year]/attachments/route");
const workspaceDownload = await import("@/app/workspace/reports/[unitCode]/[year]/attachments/[kind]/route");
const publicDownload = await import("@/app/api/v1/units/[unitCode]/reports/[year]/attachments/[kind]/route");

let db: TestDatabase;
let world: World;
const fixture2021 = (): TPackage => ({ ...loadFixture(), year: 2021 });
const BASE = "http://localhost/workspace/reports/430203-zgh/2021/attachments";
const params = { params: Promise.resolve({ unitCode: "430203-zgh", year: "2021" }) };

beforeAll(async () => {
  db = await createTestDatabase();
  current.prisma = db.prisma;
  world = await buildWorld(db.prisma);
});
afterAll(() => db.drop());
beforeEach(() => {
  current.actor = world.clerk;
});

function uploadRequest(fields: Record<string, string | File>, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return new NextRequest(BASE, { method: "POST", body: form, headers: { origin: "http://localhost", host: "localhost", ...headers } });
}
const pdfFile = (name = "盖章版.pdf", bytes = minimalPdf()) => new File([bytes as BlobPart], name, { type: "application/pdf" });
async function upload(fields: Record<string, string | File>, headers?: Record<string, string>) {
  const response = await uploadRoute.POST(uploadRequest({ reportId: world.draft.reportId, ...fields }, headers), params);
  return { status: response.status, body: (await response.json()) as { ok: boolean; code?: string; message?: string } };
}
const attachmentRows = () =>
  db.prisma.revisionAttachment.findMany({ orderBy: { kind: "asc" }, select: { revisionId: true, kind: true, fileName: true, sha256: true } });
async function unchanged<T>(step: () => Promise<T>): Promise<T> {
  const before = [await snapshot(db.prisma), await attachmentRows()];
  const result = await step();
  expect([await snapshot(db.prisma), await attachmentRows()]).toEqual(before);
  return result;
}

describe("the content decides, not the name", () => {
  it("refuses a renamed .exe, a text file named .pdf and a damaged PDF, writing nothing; says why in Chinese", async () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, ...new Array(200).fill(0)]);
    for (const file of [
      new File([exe], "盖章版.pdf", { type: "application/pdf" }),
      new File(["这不是PDF，只是文字"], "自评表.pdf", { type: "application/pdf" }),
    ]) {
      const refused = await unchanged(() => upload({ kind: "STAMPED", file }));
      expect(refused).toEqual({ status: 415, body: expect.objectContaining({ ok: false, code: "UNSUPPORTED_FILE", message: ATTACHMENT_MESSAGES.notPdf }) });
    }
    const damaged = new File(["%PDF-1.7\n这只是以PDF开头的文字\n%%EOF"], "坏的.pdf", { type: "application/pdf" });
    expect(await unchanged(() => upload({ kind: "STAMPED", file: damaged }))).toMatchObject({ status: 415, body: { message: ATTACHMENT_MESSAGES.damaged } });
    expect(await unchanged(() => upload({ kind: "STAMPED", file: new File([], "空.pdf") }))).toMatchObject({
      status: 400,
      body: { message: ATTACHMENT_MESSAGES.empty },
    });
    expect(await unchanged(() => upload({ kind: "OTHER", file: pdfFile() }))).toMatchObject({ status: 400, body: { message: ATTACHMENT_MESSAGES.wrongKind } });
  });

  it("takes a real PDF whatever its name, and a second upload of the kind replaces the first (audited)", async () => {
    const first = await upload({ kind: "STAMPED", file: pdfFile("scan.bin") });
    expect(first).toMatchObject({ status: 200, body: { ok: true, attachment: { kind: "STAMPED", fileName: "scan.bin.pdf" } } });
    const second = await upload({ kind: "STAMPED", file: pdfFile("盖章版-定稿.pdf", minimalPdf({ text: "final" })) });
    expect(second.status).toBe(200);
    expect(await upload({ kind: "SELF_EVALUATION", file: pdfFile("绩效自评表.pdf") })).toMatchObject({ status: 200 });
    expect((await attachmentRows()).map((r) => [r.kind, r.fileName])).toEqual([
      ["STAMPED", "盖章版-定稿.pdf"],
      ["SELF_EVALUATION", "绩效自评表.pdf"],
    ]);
    const audit = await db.prisma.auditLog.findMany({ where: { action: "attachment.upload" }, orderBy: { id: "asc" } });
    expect(audit).toHaveLength(3);
    expect(audit[1]!.before).toMatchObject({ kind: "STAMPED", fileName: "scan.bin.pdf" });

    // The reviewer sees them in the workspace and may download them; an outsider is told "not found".
    current.actor = world.reviewer;
    expect((await listWorkspaceAttachments({ actor: world.reviewer, unitCode: "430203-zgh", year: 2021 })).map((a) => a.kind)).toEqual([
      "STAMPED",
      "SELF_EVALUATION",
    ]);
    const download = await workspaceDownload.GET(new NextRequest(`${BASE}/self-evaluation`), {
      params: Promise.resolve({ unitCode: "430203-zgh", year: "2021", kind: "self-evaluation" }),
    });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(minimalPdf());
    current.actor = world.outsider;
    const outside = await workspaceDownload.GET(new NextRequest(`${BASE}/stamped`), {
      params: Promise.resolve({ unitCode: "430203-zgh", year: "2021", kind: "stamped" }),
    });
    expect(outside.status).toBe(404);
  });
});

describe("who and how much", () => {
  it("takes a PDF of just under 20 MB", async () => {
    const near = minimalPdf({ padBytes: ATTACHMENT_MAX_BYTES - 2048 });
    expect(near.byteLength).toBeLessThanOrEqual(ATTACHMENT_MAX_BYTES);
    expect(await upload({ kind: "SELF_EVALUATION", file: pdfFile("绩效自评表.pdf", near) })).toMatchObject({
      status: 200,
      body: { attachment: { byteSize: near.byteLength } },
    });
    expect(await upload({ kind: "SELF_EVALUATION", file: pdfFile("绩效自评表.pdf") })).toMatchObject({ status: 200 });
  });

  it("refuses an upload over 20 MB by its Content-Length before reading it, and while streaming one that does not declare it", async () => {
    // Past the limit plus the multipart envelope the route allows for.
    const big = pdfFile("大.pdf", minimalPdf({ padBytes: ATTACHMENT_MAX_BYTES + 128 * 1024 }));
    const declared = await unchanged(() => upload({ kind: "STAMPED", file: big }));
    expect(declared).toMatchObject({ status: 413, body: { code: "FILE_TOO_LARGE", message: ATTACHMENT_MESSAGES.tooLarge } });

    // A streamed body without Content-Length: cut off once past the limit.
    const form = new FormData();
    form.set("reportId", world.draft.reportId);
    form.set("kind", "STAMPED");
    form.set("file", pdfFile("大.pdf", minimalPdf({ padBytes: 30 * 1024 * 1024 })));
    const encoded = new Response(form);
    const type = encoded.headers.get("content-type")!;
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= bytes.length) return controller.close();
        const chunk = bytes.subarray(sent, sent + 1024 * 1024);
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const streamed = new NextRequest(BASE, {
      method: "POST",
      body,
      headers: { origin: "http://localhost", host: "localhost", "content-type": type },
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1] & { duplex: "half" });
    expect(streamed.headers.get("content-length")).toBeNull();
    const response = await unchanged(() => uploadRoute.POST(streamed, params));
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(bytes.length);
  });

  it("refuses a clerk out of scope and a reviewer (not found), and a cross-site request, writing nothing", async () => {
    for (const actor of [world.outsider, world.reviewer]) {
      current.actor = actor;
      expect(await unchanged(() => upload({ kind: "STAMPED", file: pdfFile() }))).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
      expect(await unchanged(() => upload({ kind: "STAMPED", intent: "delete" }))).toMatchObject({ status: 404 });
    }
    current.actor = world.clerk;
    const crossSite = await unchanged(() => upload({ kind: "STAMPED", file: pdfFile() }, { origin: "https://evil.example", "sec-fetch-site": "cross-site" }));
    expect(crossSite).toMatchObject({ status: 403, body: { code: "FORBIDDEN_ORIGIN" } });
  });
});

describe("frozen with the revision", () => {
  it("is not public while a draft; refused once submitted; published with the revision, then unchangeable even by SQL; carried into a correction", async () => {
    // Still a draft: the public knows nothing of it.
    const draftDownload = await publicDownload.GET(new Request("http://localhost/api/v1/units/430203-zgh/reports/2021/attachments/stamped"), {
      params: Promise.resolve({ unitCode: "430203-zgh", year: "2021", kind: "stamped" }),
    });
    expect(draftDownload.status).toBe(404);
    expect(await getPublishedReport({ unitCode: "430203-zgh", year: 2021 })).toBeNull();

    const { version } = await db.prisma.revision.findUniqueOrThrow({ where: { id: world.draft.revisionId } });
    let v = (await saveDraftRevision({ actor: world.clerk, reportId: world.draft.reportId, version, package: fixture2021() })).version;
    v = (await transitionReport({ transition: "submit", actor: world.clerk, reportId: world.draft.reportId, version: v })).version;
    // Submitted: the clerk may no longer change them (the wrong state is named).
    expect(await unchanged(() => upload({ kind: "STAMPED", file: pdfFile() }))).toMatchObject({
      status: 409,
      body: { code: "READ_ONLY", message: ATTACHMENT_MESSAGES.readOnly },
    });
    expect(await unchanged(() => upload({ kind: "STAMPED", intent: "delete" }))).toMatchObject({
      status: 409,
      body: { message: ATTACHMENT_MESSAGES.readOnly },
    });
    v = (await transitionReport({ transition: "approve", actor: world.reviewer, reportId: world.draft.reportId, version: v })).version;
    v = (
      await transitionReport({
        transition: "publish",
        secrecyReviewed: true,
        headApproved: true,
        actor: world.reviewer,
        reportId: world.draft.reportId,
        version: v,
      })
    ).version;

    const published = await getPublishedReport({ unitCode: "430203-zgh", year: 2021 });
    expect(published!.attachments.map((a) => [a.kind, a.fileName])).toEqual([
      ["STAMPED", "盖章版-定稿.pdf"],
      ["SELF_EVALUATION", "绩效自评表.pdf"],
    ]);
    // The report's JSON lists them, each with its download pinned to the revision.
    expect(ZReport.parse(reportJson(published!)).attachments).toEqual([
      expect.objectContaining({ kind: "stamped", fileName: "盖章版-定稿.pdf", url: "/api/v1/units/430203-zgh/reports/2021/attachments/stamped?revision=1" }),
      expect.objectContaining({ kind: "self-evaluation", label: "绩效自评表（PDF）", fileName: "绩效自评表.pdf" }),
    ]);
    const download = await publicDownload.GET(new Request("http://localhost/api/v1/units/430203-zgh/reports/2021/attachments/stamped"), {
      params: Promise.resolve({ unitCode: "430203-zgh", year: "2021", kind: "stamped" }),
    });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("盖章版-定稿.pdf")}`);
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(minimalPdf({ text: "final" }));

    // Frozen: direct SQL through the app's connection is refused, the rows stay as they were.
    const frozen = await attachmentRows();
    const sql = db.prisma;
    const id = world.draft.revisionId;
    await expect(sql.$executeRawUnsafe(`UPDATE revision_attachments SET file_name = 'x.pdf' WHERE revision_id = $1::uuid`, id)).rejects.toThrow(
      /attachments of published revision/,
    );
    await expect(sql.$executeRawUnsafe(`DELETE FROM revision_attachments WHERE revision_id = $1::uuid`, id)).rejects.toThrow(
      /attachments of published revision/,
    );
    await expect(
      sql.$executeRawUnsafe(
        `INSERT INTO revision_attachments (revision_id, kind, file_name, byte_size, sha256, content) SELECT revision_id, 'STAMPED', 'y.pdf', byte_size, sha256, content FROM revision_attachments WHERE revision_id = $1::uuid AND kind = 'SELF_EVALUATION'`,
        id,
      ),
    ).rejects.toThrow(/attachments of published revision/);
    expect(await attachmentRows()).toEqual(frozen);

    // A correction's draft starts with them; replacing one there leaves the published revision's alone.
    const correction = await transitionReport({
      transition: "correct",
      changeNote: "更正盖章版",
      actor: world.clerk,
      reportId: world.draft.reportId,
      version: v,
    });
    const carried = await db.prisma.revisionAttachment.findMany({ where: { revisionId: correction.revisionId }, orderBy: { kind: "asc" } });
    expect(carried.map((a) => [a.kind, a.fileName, a.sha256])).toEqual(frozen.map((a) => [a.kind, a.fileName, a.sha256]));
    // The size rule holds in the database too, whatever writes the row.
    await expect(
      sql.$executeRawUnsafe(`UPDATE revision_attachments SET byte_size = byte_size + 1 WHERE revision_id = $1::uuid`, correction.revisionId),
    ).rejects.toThrow(/must be 1 byte to 20 MB/);
    expect(await upload({ kind: "STAMPED", file: pdfFile("盖章版-更正.pdf", minimalPdf({ text: "corrected" })) })).toMatchObject({ status: 200 });
    expect(
      await db.prisma.revisionAttachment.findMany({
        where: { revisionId: id },
        orderBy: { kind: "asc" },
        select: { revisionId: true, kind: true, fileName: true, sha256: true },
      }),
    ).toEqual(frozen);
    expect(await upload({ kind: "SELF_EVALUATION", intent: "delete" })).toMatchObject({ status: 200, body: { ok: true } });
    expect((await db.prisma.revisionAttachment.findMany({ where: { revisionId: correction.revisionId } })).map((a) => [a.kind, a.fileName])).toEqual([
      ["STAMPED", "盖章版-更正.pdf"],
    ]);
    // The public still sees revision 1's, until the correction is published.
    expect((await getPublishedReport({ unitCode: "430203-zgh", year: 2021 }))!.attachments.map((a) => a.fileName)).toEqual([
      "盖章版-定稿.pdf",
      "绩效自评表.pdf",
    ]);
  });
});
