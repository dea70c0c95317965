/**
 * Imports that would save wrong data are refused, and nothing is written (issue 13, findings 5,
 * 8 and 10): non-UTF-8 JSON, unknown fields, 60,000 bad rows (issues capped), an upload without a
 * length that goes past the limit; and the unit's public name comes from the units table.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import fixture from "@/fixtures/lusong-trade-union-2020.json";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { buildWorld, snapshot, type World } from "./support/workspace-world";
import { current } from "./support/workspace-mocks";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/server/db", async () => {
  const { currentDb } = await import("./support/workspace-mocks");
  return { db: () => currentDb() };
});
vi.mock("@/lib/server/auth/session", async () => {
  const { current: state } = await import("./support/workspace-mocks");
  return { getActor: async () => state.actor, requireActor: async () => state.actor };
});

const { importRevisionPackage, MAX_IMPORT_ISSUES } = await import("@/lib/server/reports/import-revision-package");
const importRoute = await import("@/app/workspace/reports/[unitCode]/[year]/import/route");
const { AppError } = await import("@/lib/server/errors");

let db: TestDatabase;
let world: World;
const UNIT = "430203-zgh";

beforeAll(async () => {
  db = await createTestDatabase();
  current.prisma = db.prisma;
  world = await buildWorld(db.prisma);
  current.actor = world.clerk;
});
afterAll(() => db.drop());

async function version(): Promise<number> {
  return (await db.prisma.revision.findUniqueOrThrow({ where: { id: world.draft.revisionId } })).version;
}

function draftJson(change: (pkg: Record<string, unknown>) => void = () => {}): Record<string, unknown> {
  const pkg = structuredClone(fixture) as Record<string, unknown>;
  pkg.year = 2021;
  change(pkg);
  return pkg;
}

async function importJson(bytes: Uint8Array) {
  return importRevisionPackage({
    actor: world.clerk,
    reportId: world.draft.reportId,
    version: await version(),
    file: { name: "p.json", size: bytes.length, bytes },
  });
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; issues: string[] }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const app = error as InstanceType<typeof AppError>;
  return { code: app.code, issues: (app.details as { issues: string[] }).issues };
}

describe("imports refuse instead of saving wrong data", () => {
  it("refuses GBK-encoded JSON instead of saving replacement characters", async () => {
    const before = await snapshot(db.prisma);
    const text = JSON.stringify(draftJson());
    // "工会" in GBK is B9 A4 BB E1: invalid as UTF-8.
    const gbk = Buffer.from(text.replace("株洲市芦淞区总工会", "XX"), "utf8");
    const bytes = Buffer.concat([gbk.subarray(0, 20), Buffer.from([0xb9, 0xa4, 0xbb, 0xe1]), gbk.subarray(20)]);
    const { code, issues } = await refusal(importJson(bytes));
    expect(code).toBe("IMPORT_INVALID");
    expect(issues).toEqual([expect.stringContaining("不是 UTF-8 编码")]);
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("names unknown fields instead of dropping them", async () => {
    const before = await snapshot(db.prisma);
    const pkg = draftJson((p) => {
      (p.income as Record<string, unknown>[])[0].fiscall = "100.00";
      p.remarks = "x";
    });
    const { issues } = await refusal(importJson(Buffer.from(JSON.stringify(pkg))));
    // Where, by the catalog's Chinese label; the unknown key quoted as the file spells it.
    expect(issues.map((i) => i.split("：")[0]).sort()).toEqual(["公开02 收入决算表 第1行中的字段「fiscall」", "数据包中的字段「remarks」"]);
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("answers thousands of bad rows with a capped list (60,000 gave 20 MB before)", async () => {
    const pkg = draftJson((p) => {
      p.income = Array.from({ length: 5_000 }, () => ({ code: "x", fiscal: "bad" }));
    });
    const { issues } = await refusal(importJson(Buffer.from(JSON.stringify(pkg))));
    expect(issues).toHaveLength(MAX_IMPORT_ISSUES + 1);
    expect(issues.at(-1)).toMatch(/另有 \d+ 个问题未列出/);
  });

  it("takes the unit block from the units table, not from the clerk's file", async () => {
    const pkg = draftJson((p) => {
      p.unit = { ...(p.unit as object), name: "冒名顶替的单位", shortName: "冒名" };
    });
    const saved = await importJson(Buffer.from(JSON.stringify(pkg)));
    expect(saved.package.unit.name).toBe("株洲市芦淞区总工会");
    const stored = await db.prisma.revision.findUniqueOrThrow({ where: { id: world.draft.revisionId } });
    expect((stored.package as { unit: { name: string; shortName: string } }).unit).toMatchObject({
      name: "株洲市芦淞区总工会",
      shortName: expect.not.stringContaining("冒名"),
    });
  });
});

describe("uploads are bounded while they stream", () => {
  it("refuses a body without Content-Length once it passes the limit, and writes nothing", async () => {
    const before = await snapshot(db.prisma);
    const chunk = new Uint8Array(1024 * 1024).fill(0x41);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length;
        if (sent > 64 * 1024 * 1024)
          controller.close(); // never reached: the reader stops at ~5 MB
        else controller.enqueue(chunk);
      },
    });
    const request = new NextRequest(`http://localhost/workspace/reports/${UNIT}/2021/import`, {
      method: "POST",
      body,
      headers: { "content-type": "multipart/form-data; boundary=x" },
      duplex: "half",
    } as never);
    const response = await importRoute.POST(request, { params: Promise.resolve({ unitCode: UNIT, year: "2021" }) });
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(8 * 1024 * 1024);
    expect(await snapshot(db.prisma)).toEqual(before);
  });
});
