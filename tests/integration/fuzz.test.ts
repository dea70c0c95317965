/**
 * Fuzzing with fast-check (issue 13) on a real database: the package import (JSON and XLSX, through
 * the import route handler as the browser calls it) and every /api/v1 path and query parameter
 * (ENDPOINTS lists them). Whatever comes in: never a 5xx, a JSON answer with a Chinese message,
 * and a refused import writes nothing (an accepted one is whole: its line items are the package's).
 *
 * The run counts are printed; they are fixed (seeded), so a failure reproduces.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fixture from "@/fixtures/lusong-trade-union-2020.json";
import { ENDPOINTS } from "@/lib/public/api/endpoints";
import { arbitraryPackage } from "@/lib/workbook/package.arbitrary";
import { writeWorkbook } from "@/lib/workbook/write-workbook";
import type { TPackage } from "@/lib/disclosure/package";
import { seedPublicDemo } from "../../scripts/db/seed-public-demo-data";
import { withClient } from "../../scripts/db/pg-admin";
import { apiGet } from "./support/api-routes";
import { current } from "./support/workspace-mocks";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { buildWorld, type World } from "./support/workspace-world";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/server/db", async () => {
  const { currentDb } = await import("./support/workspace-mocks");
  return { db: () => currentDb() };
});
vi.mock("@/lib/server/auth/session", async () => {
  const { current: state } = await import("./support/workspace-mocks");
  return { getActor: async () => state.actor, requireActor: async () => state.actor };
});

const importRoute = await import("@/app/workspace/reports/[unitCode]/[year]/import/route");
const { packageToLineItems } = await import("@/lib/server/reports/package-rows");

const UNIT = "430203-zgh";
const CHINESE = /[\u4e00-\u9fff]/;
const SEED = 13_2026;
const counts: Record<string, number> = {};

let db: TestDatabase;
let world: World;

beforeAll(async () => {
  db = await createTestDatabase();
  current.prisma = db.prisma;
  world = await buildWorld(db.prisma);
  await seedPublicDemo(db.prisma);
  current.actor = world.clerk;
}, 120_000);

afterAll(async () => {
  console.log(
    `fuzz cases: ${Object.entries(counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}; total ${Object.values(counts).reduce((a, b) => a + b, 0)}`,
  );
  await db.drop();
});

/**
 * One hash of everything an import could write: every report row, every revision's version and
 * time (a write to a revision bumps both), the draft's package, the line items and the audit log.
 */
async function writeState(): Promise<string> {
  return withClient(db.url, async (c) => {
    const { rows } = await c.query<{ h: string }>(
      `SELECT
        (SELECT md5(coalesce(string_agg(to_jsonb(r)::text, '|' ORDER BY r.id), '')) FROM reports r) ||
        (SELECT md5(coalesce(string_agg(v.id || ':' || v.version || ':' || v.updated_at, '|' ORDER BY v.id), '')) FROM revisions v) ||
        (SELECT md5(package::text) FROM revisions WHERE id = $1) ||
        (SELECT count(*) || ':' || coalesce(sum(amount), 0) FROM line_items) ||
        (SELECT count(*)::text FROM audit_log) AS h`,
      [world.draft.revisionId],
    );
    return rows[0]!.h;
  });
}

async function draftVersion(): Promise<number> {
  return (await db.prisma.revision.findUniqueOrThrow({ where: { id: world.draft.revisionId } })).version;
}

interface Upload {
  name: string;
  bytes: Uint8Array;
}

/** POSTs a file to the import route as the editor does; checks the answer and that a refusal wrote nothing. */
async function importChecked(upload: Upload): Promise<void> {
  const before = await writeState();
  const form = new FormData();
  form.set("reportId", world.draft.reportId);
  form.set("version", String(await draftVersion()));
  form.set("file", new File([upload.bytes as Uint8Array<ArrayBuffer>], upload.name));
  const request = new NextRequest(`http://localhost/workspace/reports/${UNIT}/2021/import`, { method: "POST", body: form });
  const response = await importRoute.POST(request, { params: Promise.resolve({ unitCode: UNIT, year: "2021" }) });
  expect(response.status, upload.name).toBeLessThan(500);
  expect(response.headers.get("content-type")).toContain("application/json");
  const body = (await response.json()) as { ok: boolean; message?: string; version?: number; package?: TPackage };
  if (response.status === 200) {
    // Accepted: whole — the stored revision is the answer's, with its line items.
    expect(body.ok).toBe(true);
    const stored = await db.prisma.revision.findUniqueOrThrow({ where: { id: world.draft.revisionId }, include: { _count: { select: { lineItems: true } } } });
    expect(stored.version).toBe(body.version);
    expect(stored._count.lineItems).toBe(packageToLineItems(body.package!).length);
  } else {
    expect(body.ok).toBe(false);
    expect(body.message).toMatch(CHINESE);
    expect(await writeState()).toBe(before);
  }
}

// ---------------------------------------------------------------------------------------------
// The package as JSON.

const base = { ...structuredClone(fixture), year: 2021 } as Record<string, unknown>;

/** Every path into the fixture (objects and arrays), to aim a mutation at. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}
const PATHS = paths(base).filter((p) => p.length > 0);

function mutate(path: (string | number)[], value: unknown, remove: boolean): Record<string, unknown> {
  const copy = structuredClone(base);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

const weirdText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom(
    "",
    " ",
    "NaN",
    "Infinity",
    "-0",
    "1e309",
    "0x10",
    "１２３",
    "12,345.67",
    "1.005",
    "-",
    "null",
    "<script>alert(1)</script>",
    "\u0000",
    "💰",
    "9".repeat(40),
  ),
);
const weirdValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  weirdText,
  fc.double(),
  fc.bigInt().map((b) => Number(b)),
);

const jsonUpload: fc.Arbitrary<Upload> = fc
  .oneof(
    // One field replaced, removed or added.
    fc.tuple(fc.constantFrom(...PATHS), weirdValue, fc.boolean()).map(([p, v, remove]) => JSON.stringify(mutate(p, v, remove))),
    fc.tuple(fc.string({ maxLength: 12 }), weirdValue).map(([k, v]) => JSON.stringify({ ...base, [k]: v })),
    // Packages of the right form with any content (most fail the checks, some pass).
    arbitraryPackage.map((p) => JSON.stringify({ ...p, year: 2021 })),
    // Not a package at all.
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    // The text cut or spliced.
    fc.tuple(fc.nat(), fc.string({ maxLength: 5 })).map(([at, s]) => {
      const text = JSON.stringify(base);
      const i = at % text.length;
      return text.slice(0, i) + s + text.slice(i + (at % 3));
    }),
  )
  .map((text) => ({ name: "package.json", bytes: new TextEncoder().encode(text) }));

const byteUpload: fc.Arbitrary<Upload> = fc
  .tuple(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom("a.json", "a.xlsx", "a.JSON", "a.csv", "a", ".xlsx", "表.xlsx"))
  .map(([bytes, name]) => ({ name, bytes }));

describe("fuzz: package JSON import", () => {
  it("answers every mutated, random or broken package with a Chinese message or a whole save", async () => {
    const runs = 150;
    await fc.assert(fc.asyncProperty(fc.oneof(jsonUpload, jsonUpload, byteUpload), importChecked), { numRuns: runs, seed: SEED });
    counts["JSON import"] = runs;
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// The package as XLSX.

describe("fuzz: XLSX import", () => {
  let template: Buffer;
  beforeAll(async () => {
    template = await writeWorkbook(base as unknown as TPackage);
  });

  it("answers cells of any kind in any place with a Chinese message or a whole save", async () => {
    const cellValue = fc.oneof(
      weirdText,
      fc.double({ noNaN: false }),
      fc.integer(),
      fc.boolean(),
      fc.date({ noInvalidDate: true }),
      fc.constant(null),
      fc.constantFrom({ formula: "1/0" }, { formula: "A1+B1" }, { formula: "SUM(A1:A3)", result: 7 }, { error: "#REF!" }, { richText: [{ text: "富文本" }] }),
    );
    const edit = fc.tuple(fc.nat(20), fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 12 }), cellValue);
    const runs = 40;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(template as unknown as ArrayBuffer);
        for (const [sheetIndex, row, col, value] of edits) {
          const sheet = workbook.worksheets[sheetIndex % workbook.worksheets.length]!;
          sheet.getCell(row, col).value = value as ExcelJS.CellValue;
        }
        const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
        await importChecked({ name: "tables.xlsx", bytes });
      }),
      { numRuns: runs, seed: SEED },
    );
    counts["XLSX cells"] = runs;
  }, 120_000);

  it("answers a damaged workbook (bytes flipped, cut or appended) with a Chinese message", async () => {
    const runs = 100;
    const damage = fc.oneof(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => (b: Uint8Array) => {
        const c = b.slice();
        for (const [at, v] of flips) c[at % c.length] = v;
        return c;
      }),
      fc.nat().map((n) => (b: Uint8Array) => b.slice(0, n % b.length)),
      fc.uint8Array({ minLength: 1, maxLength: 512 }).map((tail) => (b: Uint8Array) => new Uint8Array([...b, ...tail])),
    );
    await fc.assert(
      fc.asyncProperty(damage, async (f) => importChecked({ name: "tables.xlsx", bytes: f(new Uint8Array(template)) })),
      { numRuns: runs, seed: SEED },
    );
    counts["XLSX bytes"] = runs;
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Every /api/v1 parameter.

/** A path segment as a client sends it: URLs resolve "." and ".." and drop empty segments before any route sees them. */
const paramValue = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "2020",
    "2021",
    "1999",
    "0000",
    "-1",
    "20200",
    "2020.0",
    " 2020",
    "430203-zgh",
    "demo-s1",
    "..",
    "../..",
    "%",
    "%25",
    "null",
    "undefined",
    "[]",
    "{}",
    "0",
    "1e3",
    "9".repeat(30),
  ),
  fc.integer().map(String),
);
const segmentValue = paramValue.filter((v) => v !== "" && v !== "." && v !== "..");

describe("fuzz: /api/v1 parameters", () => {
  for (const endpoint of ENDPOINTS.filter((e) => !e.path.endsWith("report.pdf"))) {
    const queryKeys = [...Object.keys(endpoint.query?.shape ?? {}), "x"];
    it(`GET ${endpoint.path}: no 5xx, errors as JSON { error: { code, message } } in Chinese`, async () => {
      const runs = 150;
      const pathParams = fc.record(Object.fromEntries(Object.keys(endpoint.pathParams ?? {}).map((k) => [k, segmentValue])));
      const query = fc.dictionary(fc.constantFrom(...queryKeys), paramValue, { maxKeys: 4 });
      await fc.assert(
        fc.asyncProperty(pathParams, query, async (params, q) => {
          const path = endpoint.path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent((params as Record<string, string>)[k]!));
          const search = new URLSearchParams(q).toString();
          const response = await apiGet(search ? `${path}?${search}` : path);
          expect(response.status, `${path}?${search}`).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.headers.get("content-type")).toContain("application/json");
            const body = (await response.json()) as { error?: { code?: string; message?: string } };
            expect(body.error?.code).toMatch(/^[A-Z_]+$/);
            expect(body.error?.message).toMatch(CHINESE);
          } else {
            await response.arrayBuffer();
          }
        }),
        { numRuns: runs, seed: SEED },
      );
      counts[`API ${endpoint.path}`] = runs;
    }, 60_000);
  }
});
