/**
 * The authorization matrix over HTTP (issue 13): every page, route handler and server action ×
 * anonymous, clerk in / out of scope, reviewer in / out of scope, admin, reading and writing.
 * Each cell asserts its status (or, for a server action, its refusal code) and that the database
 * is unchanged (a hash of every table's rows). The list of targets is checked against the
 * filesystem (app/**\/page.tsx, pages/**, app/**\/route.ts, every export of a "use server" module in
 * lib/server/actions): a target that is not in the matrix fails the test.
 *
 * Writes by an actor who may write are sent so that they fail for a reason that comes after the
 * authorization check (a stale version, a report that already exists, a wrong current password):
 * that proves the check let them through while the database stays as it was.
 */
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import bcrypt from "bcryptjs";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { DEFAULT_GLOSSARY, type GlossaryEntry } from "../lib/public/glossary";
import { signInByCookie, UNIT } from "./support/workspace";

const ROOT = path.resolve(import.meta.dirname, "..");
// React's own encoder of server action arguments, as the browser uses it (Next bundles it untyped).
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};
const ACTORS = ["anonymous", "clerk-in", "clerk-out", "reviewer-in", "reviewer-out", "admin"] as const;
type ActorName = (typeof ACTORS)[number];
const PASSWORD_OUT = "matrix-e2e-password-2026";
const USERS: Record<Exclude<ActorName, "anonymous">, { loginName: string; password: string }> = {
  "clerk-in": { loginName: "clerk", password: "clerk-demo-2020" },
  "clerk-out": { loginName: "matrix-clerk-out", password: PASSWORD_OUT },
  "reviewer-in": { loginName: "reviewer", password: "reviewer-demo-2020" },
  "reviewer-out": { loginName: "matrix-reviewer-out", password: PASSWORD_OUT },
  admin: { loginName: "admin", password: "admin-demo-2020" },
};
const OTHER_UNIT = "e2e-matrix-other";

/** A status, or "login": a redirect to the sign-in page. For actions: "login" or the result's code. */
type Outcome = number | string;
type Expected = Record<ActorName, Outcome>;

const everyone = (o: Outcome): Expected => Object.fromEntries(ACTORS.map((a) => [a, o])) as Expected;
const signedIn = (o: Outcome): Expected => ({ ...everyone(o), anonymous: "login" });
/** The unit's report: its clerk and reviewer and the admin; out of scope is "not found". */
const inScope = (o: Outcome, outOfScope: Outcome = 404): Expected => ({
  anonymous: "login",
  "clerk-in": o,
  "clerk-out": outOfScope,
  "reviewer-in": o,
  "reviewer-out": outOfScope,
  admin: o,
});
const reviewers = (o: Outcome, refused: Outcome = 404): Expected => ({
  anonymous: "login",
  "clerk-in": refused,
  "clerk-out": refused,
  "reviewer-in": o,
  "reviewer-out": o,
  admin: o,
});
const adminOnly = (o: Outcome, refused: Outcome = 404): Expected => ({ ...signedIn(refused), admin: o });

const R = `/workspace/reports/${UNIT.code}/2021`;

/** Pages (GET): the file → the URL it is asked at and what each actor gets. */
const PAGES: Record<string, { path: string; expect: Expected }> = {
  "app/page.tsx": { path: "/", expect: everyone(200) },
  "app/units/page.tsx": { path: "/units", expect: everyone(200) },
  "app/units/[unitCode]/page.tsx": { path: `/units/${UNIT.code}`, expect: everyone(200) },
  "pages/units/[unitCode]/[year]/index.tsx": { path: `/units/${UNIT.code}/2020`, expect: everyone(200) },
  "pages/units/[unitCode]/[year]/r/[revision].tsx": { path: `/units/${UNIT.code}/2020/r/1`, expect: everyone(200) },
  // A department report (部门汇总) exists only for a unit with subordinates: none here, for anyone.
  "pages/units/[unitCode]/[year]/department/index.tsx": { path: `/units/${UNIT.code}/2020/department`, expect: everyone(404) },
  "pages/units/[unitCode]/[year]/department/r/[revision].tsx": { path: `/units/${UNIT.code}/2020/department/r/1`, expect: everyone(404) },
  "app/compare/page.tsx": { path: `/compare?units=${UNIT.code}`, expect: everyone(200) },
  "app/data/page.tsx": { path: "/data", expect: everyone(200) },
  "app/analysis/page.tsx": { path: "/analysis", expect: everyone(200) },
  "app/status/page.tsx": { path: "/status", expect: everyone(200) },
  "app/status/[year]/page.tsx": { path: "/status/2020", expect: everyone(200) },
  "app/login/page.tsx": { path: "/login", expect: everyone(200) },
  "app/workspace/page.tsx": { path: "/workspace", expect: signedIn(200) },
  "app/workspace/password/page.tsx": { path: "/workspace/password", expect: signedIn(200) },
  "app/workspace/inbox/page.tsx": { path: "/workspace/inbox", expect: signedIn(200) },
  "app/workspace/audit/page.tsx": { path: "/workspace/audit", expect: reviewers(200) },
  "app/workspace/review/page.tsx": { path: "/workspace/review", expect: reviewers(200) },
  "app/workspace/review/[unitCode]/[year]/page.tsx": { path: `/workspace/review/${UNIT.code}/2021`, expect: { ...reviewers(200), "reviewer-out": 404 } },
  "app/workspace/reports/[unitCode]/[year]/page.tsx": { path: R, expect: signedIn(307) },
  "app/workspace/reports/[unitCode]/[year]/edit/[part]/page.tsx": { path: `${R}/edit/overview`, expect: inScope(200) },
  "app/workspace/reports/[unitCode]/[year]/preview/page.tsx": { path: `${R}/preview`, expect: inScope(200) },
  // 430203-zgh has no units below it, so it has no department summary: "not found" for everyone.
  "app/workspace/reports/[unitCode]/[year]/department/page.tsx": { path: `${R}/department`, expect: signedIn(404) },
  "app/workspace/admin/page.tsx": { path: "/workspace/admin", expect: adminOnly(200) },
  "app/workspace/admin/units/page.tsx": { path: "/workspace/admin/units", expect: adminOnly(200) },
  "app/workspace/admin/units/[unitCode]/page.tsx": { path: `/workspace/admin/units/${UNIT.code}`, expect: adminOnly(200) },
  "app/workspace/admin/units/import/page.tsx": { path: "/workspace/admin/units/import", expect: adminOnly(200) },
  "app/workspace/admin/users/page.tsx": { path: "/workspace/admin/users", expect: adminOnly(200) },
  "app/workspace/admin/users/[loginName]/page.tsx": { path: "/workspace/admin/users/clerk", expect: adminOnly(200) },
  "app/workspace/admin/years/page.tsx": { path: "/workspace/admin/years", expect: adminOnly(200) },
  "app/workspace/admin/codes/page.tsx": { path: "/workspace/admin/codes", expect: adminOnly(200) },
  "app/workspace/admin/texts/page.tsx": { path: "/workspace/admin/texts", expect: adminOnly(200) },
};

/** Extra reads that must stay refused: the draft year on every public surface. */
const DRAFT_READS: Array<{ path: string; expect: Expected }> = [
  { path: `/units/${UNIT.code}/2021`, expect: everyone(404) },
  { path: `/api/v1/units/${UNIT.code}/reports/2021`, expect: everyone(404) },
  { path: `/api/v1/units/${UNIT.code}/reports/2021/package.json`, expect: everyone(404) },
];

const API = `/api/v1/units/${UNIT.code}/reports/2020`;
interface Ctx {
  reportId: string;
  version: number;
  pkg: unknown;
  /** 2021's settings as they are, and the default glossary as it is: saving them changes nothing. */
  year: { year: number; publicationDeadline: string; entryOpen: string };
  glossary: string;
}
interface RouteCell {
  method: "GET" | "POST";
  path: string;
  expect: Expected;
  multipart?: (ctx: Ctx) => FormData;
}
const GET_ONLY_WRITE = (p: string): RouteCell => ({ method: "POST", path: p, expect: everyone(405) });
const publicRead = (p: string): RouteCell[] => [{ method: "GET", path: p, expect: everyone(200) }, GET_ONLY_WRITE(p)];
/** The department report's addresses: 430203-zgh has no units below it, so "not found" for everyone. */
const departmentRead = (p: string): RouteCell[] => [{ method: "GET", path: p, expect: everyone(404) }, GET_ONLY_WRITE(p)];

/** Route handlers: a read and a write each (a write to a read-only route is 405). */
const ROUTES: Record<string, RouteCell[]> = {
  "app/api/[...path]/route.ts": [
    { method: "GET", path: "/api/nothing-here", expect: everyone(404) },
    { method: "POST", path: "/api/nothing-here", expect: everyone(404) },
  ],
  "app/api/auth/[...nextauth]/route.ts": [
    { method: "GET", path: "/api/auth/session", expect: everyone(200) },
    // Sign-out without next-auth's CSRF token ends nothing (the hash includes every session row).
    { method: "POST", path: "/api/auth/signout", expect: everyone(302) },
  ],
  "app/api/health/route.ts": publicRead("/api/health"),
  "app/api/v1/aggregates/route.ts": publicRead("/api/v1/aggregates?year=2020&measure=three_public&groupBy=unit"),
  "app/api/v1/open-data/[year]/route.ts": publicRead("/api/v1/open-data/2020.zip"),
  "app/api/v1/open-data/[year]/datapackage.json/route.ts": publicRead("/api/v1/open-data/2020/datapackage.json"),
  "app/api/v1/open-data/[year]/line-items.csv/route.ts": publicRead("/api/v1/open-data/2020/line-items.csv"),
  "app/api/v1/openapi.json/route.ts": publicRead("/api/v1/openapi.json"),
  "app/api/v1/reports/route.ts": publicRead("/api/v1/reports?year=2020"),
  "app/api/v1/status/[year]/route.ts": publicRead("/api/v1/status/2020"),
  "app/api/v1/units/route.ts": publicRead("/api/v1/units"),
  "app/api/v1/years/route.ts": publicRead("/api/v1/years"),
  "app/api/v1/units/[unitCode]/route.ts": publicRead(`/api/v1/units/${UNIT.code}`),
  "app/api/v1/units/[unitCode]/reports/[year]/route.ts": publicRead(API),
  "app/api/v1/units/[unitCode]/reports/[year]/package.json/route.ts": publicRead(`${API}/package.json`),
  "app/api/v1/units/[unitCode]/reports/[year]/report.pdf/route.ts": publicRead(`${API}/report.pdf`),
  "app/api/v1/units/[unitCode]/reports/[year]/tables.xlsx/route.ts": publicRead(`${API}/tables.xlsx`),
  "app/api/v1/units/[unitCode]/reports/[year]/tables/[file]/route.ts": publicRead(`${API}/tables/g01.csv`),
  // The seeded 2020 report has no attachment: "not found" for everyone (e2e/attachments.spec.ts downloads one).
  "app/api/v1/units/[unitCode]/reports/[year]/attachments/[kind]/route.ts": [
    { method: "GET", path: `${API}/attachments/stamped`, expect: everyone(404) },
    GET_ONLY_WRITE(`${API}/attachments/stamped`),
  ],
  // The seeded 2021 draft has no attachment: "not found" in scope as out of it; only signed-in people get that far.
  "app/workspace/reports/[unitCode]/[year]/attachments/[kind]/route.ts": [
    { method: "GET", path: `${R}/attachments/stamped`, expect: signedIn(404) },
    { method: "POST", path: `${R}/attachments/stamped`, expect: signedIn(405) },
  ],
  // No department report here (the unit has no subordinates): "not found" for whoever gets that far.
  "app/workspace/reports/[unitCode]/[year]/department/attachments/[kind]/route.ts": [
    { method: "GET", path: `${R}/department/attachments/stamped`, expect: signedIn(404) },
    { method: "POST", path: `${R}/department/attachments/stamped`, expect: signedIn(405) },
  ],
  "app/workspace/reports/[unitCode]/[year]/attachments/route.ts": [
    { method: "GET", path: `${R}/attachments`, expect: signedIn(405) },
    {
      method: "POST",
      path: `${R}/attachments`,
      // A text file named .pdf: whoever may attach gets 415 after the authorization check; a reviewer may not attach.
      expect: { ...inScope(415), "reviewer-in": 404 },
      multipart: (ctx) => {
        const form = new FormData();
        form.set("reportId", ctx.reportId);
        form.set("kind", "STAMPED");
        form.set("file", new File(["这不是 PDF"], "盖章版.pdf", { type: "application/pdf" }));
        return form;
      },
    },
  ],
  "app/api/v1/units/[unitCode]/reports/[year]/department/route.ts": departmentRead(`${API}/department`),
  "app/api/v1/units/[unitCode]/reports/[year]/department/package.json/route.ts": departmentRead(`${API}/department/package.json`),
  "app/api/v1/units/[unitCode]/reports/[year]/department/tables.xlsx/route.ts": departmentRead(`${API}/department/tables.xlsx`),
  "app/api/v1/units/[unitCode]/reports/[year]/department/tables/[file]/route.ts": departmentRead(`${API}/department/tables/g01.csv`),
  "app/api/v1/units/[unitCode]/reports/[year]/department/report.pdf/route.ts": departmentRead(`${API}/department/report.pdf`),
  "app/api/v1/units/[unitCode]/reports/[year]/department/attachments/[kind]/route.ts": departmentRead(`${API}/department/attachments/stamped`),
  "app/workspace/reports/[unitCode]/[year]/export/route.ts": [
    { method: "GET", path: `${R}/export?format=json`, expect: inScope(200) },
    { method: "POST", path: `${R}/export?format=json`, expect: signedIn(405) },
  ],
  "app/workspace/reports/[unitCode]/[year]/import/route.ts": [
    { method: "GET", path: `${R}/import`, expect: signedIn(405) },
    {
      method: "POST",
      path: `${R}/import`,
      // A stale version: whoever may import gets 409 after the authorization check; a reviewer may not import.
      expect: { ...inScope(409), "reviewer-in": 404 },
      multipart: (ctx) => {
        const form = new FormData();
        form.set("reportId", ctx.reportId);
        form.set("version", String(ctx.version + 1000));
        form.set("file", new File([JSON.stringify(ctx.pkg)], "package.json", { type: "application/json" }));
        return form;
      },
    },
  ],
};

interface ActionCell {
  /** The page the action is posted from (any page: the action id is what counts). */
  page: string;
  args: (ctx: Ctx) => unknown[];
  expect: Expected;
}
const file = (name: string, text: string, type: string) => new File([text], name, { type });
const form = (entries: Record<string, string | File>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};
/** The admin area does not exist for anyone else: "not found", as its pages. */
const admin = (adminOutcome: Outcome): Expected => ({ ...signedIn("NOT_FOUND"), admin: adminOutcome });
/**
 * Next gives an id (an HTTP endpoint) only to the actions that client code imports; an export no
 * client uses cannot be called at all. Kept in the matrix so that using it one day puts it to the test.
 */
const NOT_EXPOSED = "no action id in this build";

/** Server actions: "file#export" → how it is called and each actor's result code. */
const ACTIONS: Record<string, ActionCell> = {
  "lib/server/actions/save-draft-action.ts#saveDraftAction": {
    page: `${R}/edit/overview`,
    args: (c) => [{ reportId: c.reportId, version: c.version + 1000, package: c.pkg }],
    expect: { ...inScope("STALE_VERSION", "NOT_FOUND"), "reviewer-in": "NOT_FOUND" },
  },
  "lib/server/actions/start-draft-action.ts#startDraftAction": {
    page: "/workspace",
    args: () => [{ unitCode: UNIT.code, year: 2021, mode: "empty" }],
    expect: everyone(NOT_EXPOSED),
  },
  "lib/server/actions/start-draft-action.ts#startDraftFormAction": {
    page: "/workspace",
    args: () => [null, form({ unitCode: UNIT.code, year: "2021", mode: "empty" })],
    // A reviewer may not start a draft: the unit's year is "not found" for them.
    expect: { ...inScope("ALREADY_EXISTS", "NOT_FOUND"), "reviewer-in": "NOT_FOUND" },
  },
  "lib/server/actions/transition-report-action.ts#transitionReportAction": {
    page: `${R}/edit/overview`,
    args: (c) => [{ reportId: c.reportId, version: c.version + 1000, transition: "submit" }],
    expect: { ...inScope("STALE_VERSION", "NOT_FOUND"), "reviewer-in": "NOT_FOUND" },
  },
  // 430203-zgh has no units below it: no department to build, for anyone who may build one.
  "lib/server/actions/department-actions.ts#buildDepartmentReportAction": {
    page: "/workspace",
    args: () => [{ unitCode: UNIT.code, year: 2021 }],
    expect: signedIn("NOT_FOUND"),
  },
  // The unit's own report is not a department report: its texts are not written here.
  "lib/server/actions/department-actions.ts#saveDepartmentTextsAction": {
    page: "/workspace",
    args: (c) => [{ reportId: c.reportId, version: c.version }],
    expect: signedIn("NOT_FOUND"),
  },
  "lib/server/actions/add-comment-action.ts#addCommentAction": {
    page: `/workspace/review/${UNIT.code}/2021`,
    args: (c) => [{ reportId: c.reportId, section: "overview", body: "权限矩阵测试批注" }],
    // A draft takes no remarks (INVALID_TRANSITION once the role may comment); a clerk may not comment at all.
    expect: { ...inScope("INVALID_TRANSITION", "NOT_FOUND"), "clerk-in": "NOT_FOUND" },
  },
  "lib/server/actions/resolve-comment-action.ts#resolveCommentAction": {
    page: `${R}/edit/overview`,
    args: () => [{ commentId: "00000000-0000-4000-8000-000000000000" }],
    expect: signedIn("NOT_FOUND"),
  },
  "lib/server/actions/change-password-action.ts#changePasswordAction": {
    page: "/workspace/password",
    args: () => [{ currentPassword: "not-the-password", newPassword: "矩阵测试-新密码-足够长-2026", confirmPassword: "矩阵测试-新密码-足够长-2026" }],
    expect: signedIn("WRONG_PASSWORD"),
  },
  "lib/server/actions/admin-settings-actions.ts#saveFiscalYearAction": {
    page: "/workspace/admin/years",
    args: (c) => [c.year],
    expect: admin("OK"),
  },
  "lib/server/actions/admin-settings-actions.ts#importCodeSetAction": {
    page: "/workspace/admin/codes",
    args: () => [form({ year: "2021", file: file("codes.csv", "类型,编码,名称\n", "text/csv") })],
    expect: admin("IMPORT_INVALID"),
  },
  "lib/server/actions/admin-settings-actions.ts#saveGlossaryAction": {
    page: "/workspace/admin/texts",
    args: (c) => [{ glossary: c.glossary }],
    expect: admin("OK"),
  },
  "lib/server/actions/admin-unit-actions.ts#createUnitAction": {
    page: "/workspace/admin/units",
    args: () => [{ code: UNIT.code, name: "重复", shortName: "重复", region: "湖南", category: "工会", parentCode: "" }],
    expect: admin("ALREADY_EXISTS"),
  },
  "lib/server/actions/admin-unit-actions.ts#updateUnitAction": {
    page: "/workspace/admin/units",
    args: () => [{ unitCode: "e2e-no-such-unit", name: "无", shortName: "无", region: "无", category: "无", parentCode: "" }],
    expect: admin("NOT_FOUND"),
  },
  "lib/server/actions/admin-unit-actions.ts#setUnitActiveAction": {
    page: "/workspace/admin/units",
    args: () => [{ unitCode: "e2e-no-such-unit", active: "false" }],
    expect: admin("NOT_FOUND"),
  },
  "lib/server/actions/admin-unit-actions.ts#deleteUnitAction": {
    page: "/workspace/admin/units",
    args: () => [{ unitCode: UNIT.code }],
    expect: admin("HAS_REPORTS"),
  },
  "lib/server/actions/admin-unit-actions.ts#importUnitListAction": {
    page: "/workspace/admin/units/import",
    args: () => [form({ commit: "true", file: file("units.csv", "这不是单位名录\n", "text/csv") })],
    expect: admin("IMPORT_INVALID"),
  },
  "lib/server/actions/admin-user-actions.ts#createUserAction": {
    page: "/workspace/admin/users",
    args: () => [{ loginName: "clerk", displayName: "重复", role: "CLERK", unitCode: "" }],
    expect: admin("ALREADY_EXISTS"),
  },
  "lib/server/actions/admin-user-actions.ts#updateUserAction": {
    page: "/workspace/admin/users",
    args: () => [{ loginName: "e2e-no-such-user", displayName: "无", role: "CLERK" }],
    expect: admin("NOT_FOUND"),
  },
  "lib/server/actions/admin-user-actions.ts#setUserActiveAction": {
    page: "/workspace/admin/users",
    args: () => [{ loginName: "e2e-no-such-user", active: "false" }],
    expect: admin("NOT_FOUND"),
  },
  "lib/server/actions/admin-user-actions.ts#resetUserPasswordAction": {
    page: "/workspace/admin/users",
    args: () => [{ loginName: "e2e-no-such-user" }],
    expect: admin("NOT_FOUND"),
  },
  "lib/server/actions/admin-user-actions.ts#setUserScopeAction": {
    page: "/workspace/admin/users",
    args: () => [{ loginName: "e2e-no-such-user", unitCode: UNIT.code }],
    expect: admin("NOT_FOUND"),
  },
  "lib/server/actions/admin-user-actions.ts#removeUserScopeAction": {
    page: "/workspace/admin/users",
    args: () => [{ loginName: "e2e-no-such-user", unitCode: UNIT.code }],
    expect: admin("NOT_FOUND"),
  },
};

// ---------------------------------------------------------------------------------------------
// The filesystem: what must be in the matrix.

function walk(dir: string, match: (f: string) => boolean): string[] {
  if (!existsSync(path.join(ROOT, dir))) return [];
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...walk(rel, match));
    else if (match(entry.name)) out.push(rel);
  }
  return out;
}

function actionExports(): string[] {
  const out: string[] = [];
  for (const f of walk("lib/server/actions", (n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))) {
    const text = readFileSync(path.join(ROOT, f), "utf8");
    if (!/^["']use server["'];?/m.test(text)) continue;
    for (const m of text.matchAll(/^export (?:const|async function|function) (\w+)/gm)) out.push(`${f}#${m[1]}`);
  }
  return out;
}

const onDisk = {
  pages: [
    ...walk("app", (n) => n === "page.tsx"),
    ...walk("pages", (n) => n.endsWith(".tsx")).filter((f) => !/\/_(app|document)\.tsx$|\/(404|500)\.tsx$/.test(f)),
  ].sort(),
  routes: walk("app", (n) => n === "route.ts").sort(),
  actions: actionExports().sort(),
};

// ---------------------------------------------------------------------------------------------
// The database: a hash of every table's rows.

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Columns that reading legitimately touches: a session's last activity (idle timeout) and the
 * inbox's "seen up to" mark (with the row's updated_at). Everything else of every table is hashed.
 */
const VOLATILE: Record<string, string[]> = { auth_sessions: ["last_seen_at"], users: ["inbox_seen_at", "updated_at"] };

async function databaseHash(): Promise<string> {
  const tables = await sql<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  const parts = tables.map(({ t }) => {
    const drop = (VOLATILE[t] ?? []).map((c) => ` - '${c}'`).join("");
    return `SELECT '${t}' AS t, md5(coalesce(string_agg((to_jsonb(x)${drop})::text, '|' ORDER BY (to_jsonb(x)${drop})::text), '')) AS h FROM "${t}" x`;
  });
  const rows = await sql<{ t: string; h: string }>(parts.join(" UNION ALL "));
  return rows.map((r) => `${r.t}:${r.h}`).join(",");
}

// ---------------------------------------------------------------------------------------------
// HTTP.

function outcomeOf(response: APIResponse): Outcome {
  const status = response.status();
  if ([302, 303, 307, 308].includes(status) && /\/login(\?|$)/.test(response.headers().location ?? "")) return "login";
  return status;
}

/** The action ids of this build: `.next/server/server-reference-manifest.json`, by file and export. */
function actionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename && entry.exportedName) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  }
  return ids;
}

/** Calls a server action as the browser does; its result, or "login" when it redirects there. */
async function callAction(request: APIRequestContext, baseURL: string, page: string, id: string, args: unknown[]): Promise<Outcome> {
  const body = await encodeReply(args);
  const headers: Record<string, string> = { "Next-Action": id, Accept: "text/x-component", Origin: baseURL };
  const response =
    typeof body === "string"
      ? await request.post(page, { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: body, maxRedirects: 0 })
      : await request.post(page, { headers, multipart: body as FormData, maxRedirects: 0 });
  const outcome = outcomeOf(response);
  if (outcome === "login") return outcome;
  const text = await response.text();
  if (/\/login[?"]/.test(response.headers()["x-action-redirect"] ?? "")) return "login";
  if (response.status() !== 200) return `HTTP ${response.status()}: ${text.slice(0, 200)}`;
  // The Flight answer: row 0 names the row of the action's result ("a":"$@1").
  const rows = new Map(
    text
      .split("\n")
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1)]),
  );
  const ref = /"a":"\$@(\w+)"/.exec(rows.get("0") ?? "")?.[1];
  const result = ref ? (JSON.parse(rows.get(ref) ?? "null") as { ok?: boolean; code?: string } | null) : null;
  if (!result) return `unreadable: ${text.slice(0, 200)}`;
  return result.ok ? "OK" : (result.code ?? "?");
}

// ---------------------------------------------------------------------------------------------

test("the matrix lists every page, route handler and server action on disk, and nothing else", () => {
  expect(Object.keys(PAGES).sort()).toEqual(onDisk.pages);
  expect(Object.keys(ROUTES).sort()).toEqual(onDisk.routes);
  expect(Object.keys(ACTIONS).sort()).toEqual(onDisk.actions);
});

// The two outsiders and their unit go again, so the specs after this one see the seeded world.
test.afterAll(async () => {
  await sql("DELETE FROM users WHERE login_name = ANY($1)", [[USERS["clerk-out"].loginName, USERS["reviewer-out"].loginName]]);
  await sql("DELETE FROM units WHERE code = $1", [OTHER_UNIT]);
});

test("every cell: the status or refusal each actor gets, and an unchanged database", async ({ playwright, baseURL }) => {
  test.setTimeout(600_000);
  // Two people out of scope: a clerk and a reviewer of another unit.
  await sql(
    `INSERT INTO units (code, name, short_name, region, category, updated_at)
     VALUES ($1, '示例单位（权限矩阵）', '示例单位', '示例地区', '示例', now()) ON CONFLICT (code) DO NOTHING`,
    [OTHER_UNIT],
  );
  const hash = await bcrypt.hash(PASSWORD_OUT, 4);
  for (const [name, role] of [
    ["clerk-out", "CLERK"],
    ["reviewer-out", "REVIEWER"],
  ] as const) {
    await sql(
      `INSERT INTO users (login_name, display_name, password_hash, role, updated_at) VALUES ($1, '矩阵测试', $2, $3, now())
       ON CONFLICT (login_name) DO NOTHING`,
      [USERS[name].loginName, hash, role],
    );
    await sql(
      `INSERT INTO user_unit_scopes (user_id, unit_id) SELECT u.id, n.id FROM users u, units n
       WHERE u.login_name = $1 AND n.code = $2 ON CONFLICT DO NOTHING`,
      [USERS[name].loginName, OTHER_UNIT],
    );
  }
  const contexts = new Map<ActorName, APIRequestContext>();
  for (const actor of ACTORS) {
    const request = await playwright.request.newContext({ baseURL });
    if (actor !== "anonymous") await signInByCookie({ request }, USERS[actor]);
    contexts.set(actor, request);
  }
  const [draft] = await sql<{ id: string; version: number; package: unknown }>(
    `SELECT r.id, v.version, v.package FROM reports r JOIN revisions v ON v.id = r.current_revision_id
      JOIN units u ON u.id = r.unit_id WHERE u.code = $1 AND r.year = 2021`,
    [UNIT.code],
  );
  const [year] = await sql<{ d: string; open: boolean }>(
    "SELECT to_char(publication_deadline, 'YYYY-MM-DD') AS d, entry_open AS open FROM fiscal_years WHERE year = 2021",
  );
  const [glossaryRow] = await sql<{ value: GlossaryEntry[] }>("SELECT value FROM default_texts WHERE key = 'glossary'");
  const ctx: Ctx = {
    reportId: draft!.id,
    version: draft!.version,
    pkg: draft!.package,
    year: { year: 2021, publicationDeadline: year!.d, entryOpen: String(year!.open) },
    glossary: (glossaryRow?.value ?? DEFAULT_GLOSSARY).map((e) => `${e.term}：${e.definition}`).join("\n"),
  };
  const ids = actionIds();

  let before = await databaseHash();
  const mismatches: string[] = [];
  const changed: string[] = [];
  let cells = 0;
  const check = async (label: string, actor: ActorName, expected: Outcome, run: () => Promise<Outcome>) => {
    cells++;
    const got = await run();
    if (got !== expected) mismatches.push(`${label} × ${actor}: expected ${expected}, got ${got}`);
    const after = await databaseHash();
    if (after !== before) changed.push(`${label} × ${actor}`);
    before = after; // each change is reported once, at the cell that made it
  };

  for (const actor of ACTORS) {
    const request = contexts.get(actor)!;
    for (const [f, page] of Object.entries(PAGES)) {
      await check(`GET ${page.path} (${f})`, actor, page.expect[actor], async () => outcomeOf(await request.get(page.path, { maxRedirects: 0 })));
    }
    for (const read of DRAFT_READS) {
      await check(`GET ${read.path}`, actor, read.expect[actor], async () => outcomeOf(await request.get(read.path, { maxRedirects: 0 })));
    }
    for (const [f, cellsOfRoute] of Object.entries(ROUTES)) {
      for (const cell of cellsOfRoute) {
        await check(`${cell.method} ${cell.path} (${f})`, actor, cell.expect[actor], async () =>
          outcomeOf(
            await request.fetch(cell.path, {
              method: cell.method,
              maxRedirects: 0,
              headers: cell.method === "POST" ? { Origin: baseURL! } : {},
              ...(cell.multipart ? { multipart: cell.multipart(ctx) } : {}),
            }),
          ),
        );
      }
    }
    for (const [key, action] of Object.entries(ACTIONS)) {
      const id = ids.get(key);
      await check(`action ${key}`, actor, action.expect[actor], async () =>
        id ? callAction(request, baseURL!, action.page, id, action.args(ctx)) : "no action id in this build",
      );
    }
  }
  for (const request of contexts.values()) await request.dispose();

  console.log(
    `authorization matrix: ${cells} cells = ${ACTORS.length} actors × (${Object.keys(PAGES).length} pages + ${DRAFT_READS.length} draft reads + ` +
      `${Object.values(ROUTES).flat().length} route reads/writes + ${Object.keys(ACTIONS).length} actions)`,
  );
  expect({ mismatches, changed }).toEqual({ mismatches: [], changed: [] });
});
