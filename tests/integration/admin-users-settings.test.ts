/**
 * Users (one-time password, forced change, roles and scopes), fiscal years, code sets and the
 * default glossary: each admin change writes one audit event with before and after.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { buildWorld, type World } from "./support/workspace-world";
import { current } from "./support/workspace-mocks";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/server/db", async () => {
  const { currentDb } = await import("./support/workspace-mocks");
  return { db: () => currentDb() };
});
vi.mock("@/lib/server/auth/session", async () => {
  const { current: state } = await import("./support/workspace-mocks");
  return { getActor: async () => state.actor, requireActor: async () => state.actor };
});

const { createUser } = await import("@/lib/server/users/create-user");
const { updateUser } = await import("@/lib/server/users/update-user");
const { resetUserPassword } = await import("@/lib/server/users/reset-user-password");
const { setUserActive } = await import("@/lib/server/users/set-user-active");
const { setUserScope } = await import("@/lib/server/users/set-user-scope");
const { listAdminUsers } = await import("@/lib/server/users/list-admin-users");
const { verifyUserCredentials } = await import("@/lib/server/users/verify-user-credentials");
const { getActorById } = await import("@/lib/server/users/get-actor-by-id");
const { changeOwnPassword } = await import("@/lib/server/users/change-own-password");
const { saveFiscalYear } = await import("@/lib/server/years/save-fiscal-year");
const { importCodeSet } = await import("@/lib/server/codes/import-code-set");
const { listRetiredCodeUsage } = await import("@/lib/server/codes/list-retired-code-usage");
const { codeSetFor } = await import("@/lib/server/codes/load-code-sets");
const { saveDefaultGlossary } = await import("@/lib/server/texts/save-default-glossary");
const { getDefaultGlossary } = await import("@/lib/server/texts/get-default-glossary");
const { createReportDraft } = await import("@/lib/server/reports/create-report-draft");
const { saveDraftAction } = await import("@/lib/server/actions/save-draft-action");
const { changePasswordAction } = await import("@/lib/server/actions/change-password-action");

let db: TestDatabase;
let world: World;

beforeAll(async () => {
  db = await createTestDatabase();
  current.prisma = db.prisma;
  world = await buildWorld(db.prisma);
});
afterAll(() => db.drop());

const lastAudit = (action: string) => db.prisma.auditLog.findFirstOrThrow({ where: { action }, orderBy: { id: "desc" } });

describe("users", () => {
  it("a new user signs in with the one-time password, can do nothing but change it, then works normally", async () => {
    const { oneTimePassword } = await createUser({
      actor: world.admin,
      input: { loginName: "new-clerk", displayName: "新填报人", role: "CLERK", unitCode: "430203-zgh", includeSubtree: false },
    });
    expect(oneTimePassword).toMatch(/^[A-Za-z2-9]{14}$/);
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { loginName: "new-clerk" } });
    expect(stored.passwordHash).not.toContain(oneTimePassword);
    const signedIn = await verifyUserCredentials({ loginName: "new-clerk", password: oneTimePassword });
    const actor = (await getActorById({ userId: signedIn!.id }))!;
    expect(actor.mustChangePassword).toBe(true);

    current.actor = actor;
    const report = await db.prisma.report.findFirstOrThrow({ where: { year: 2021 }, include: { currentRevision: true } });
    const refused = await saveDraftAction({ reportId: report.id, version: report.currentRevision!.version, package: report.currentRevision!.package });
    expect(refused).toMatchObject({ ok: false, code: "PASSWORD_CHANGE_REQUIRED" });

    const changed = await changePasswordAction({ currentPassword: oneTimePassword, newPassword: "a-new-password-1", confirmPassword: "a-new-password-1" });
    expect(changed).toMatchObject({ ok: true });
    expect((await getActorById({ userId: actor.id }))!.mustChangePassword).toBe(false);
    expect(await verifyUserCredentials({ loginName: "new-clerk", password: oneTimePassword })).toBeNull();

    const entry = await lastAudit("user.create");
    expect(entry).toMatchObject({ actorId: world.admin.id, after: { loginName: "new-clerk", role: "CLERK", scopes: ["430203-zgh"] } });
    expect(JSON.stringify(entry.after)).not.toContain(oneTimePassword);
  });

  it("reset password gives a new one-time password and forces a change again", async () => {
    const { oneTimePassword } = await resetUserPassword({ actor: world.admin, loginName: "new-clerk" });
    const signedIn = await verifyUserCredentials({ loginName: "new-clerk", password: oneTimePassword });
    expect((await getActorById({ userId: signedIn!.id }))!.mustChangePassword).toBe(true);
    await changeOwnPassword({ actor: (await getActorById({ userId: signedIn!.id }))!, currentPassword: oneTimePassword, newPassword: "another-password-2" });
  });

  it("role and scope changes are audited before and after and apply at once", async () => {
    await updateUser({ actor: world.admin, input: { loginName: "new-clerk", displayName: "新审核人", role: "REVIEWER" } });
    expect(await lastAudit("user.update")).toMatchObject({
      before: { role: "CLERK", displayName: "新填报人" },
      after: { role: "REVIEWER", displayName: "新审核人" },
    });
    await setUserScope({ actor: world.admin, loginName: "new-clerk", unitCode: "430203-zgh", scope: { includeSubtree: true } });
    expect(await lastAudit("user.scope.set")).toMatchObject({ before: { scopes: ["430203-zgh"] }, after: { scopes: ["430203-zgh（含下级）"] } });
    await setUserScope({ actor: world.admin, loginName: "new-clerk", unitCode: "430203-zgh", scope: null });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { loginName: "new-clerk" } });
    expect((await getActorById({ userId: user.id }))!.unitIds).toEqual([]);
  });

  it("a deactivated user can no longer sign in or act, and an admin cannot deactivate themselves", async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { loginName: "new-clerk" } });
    await setUserActive({ actor: world.admin, loginName: "new-clerk", active: false });
    expect(await getActorById({ userId: user.id })).toBeNull();
    expect(await verifyUserCredentials({ loginName: "new-clerk", password: "another-password-2" })).toBeNull();
    await expect(setUserActive({ actor: world.admin, loginName: "admin", active: false })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("the list is searchable and paged", async () => {
    const page = await listAdminUsers({ actor: world.admin, query: { q: "new", pageSize: "1000" } });
    expect(page.pageSize).toBe(50);
    expect(page.rows.map((u) => u.loginName)).toEqual(["new-clerk"]);
  });
});

describe("years, code sets, glossary", () => {
  it("a closed year takes no new draft; the deadline change is audited", async () => {
    await saveFiscalYear({ actor: world.admin, input: { year: 2022, publicationDeadline: "2023-10-31", entryOpen: false } });
    expect(await lastAudit("fiscalYear.update")).toMatchObject({
      year: 2022,
      unitId: null,
      before: { publicationDeadline: "2023-09-30", entryOpen: true },
      after: { publicationDeadline: "2023-10-31", entryOpen: false },
    });
    await expect(createReportDraft({ actor: world.clerk, unitCode: "430203-zgh", year: 2022, mode: "empty" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await saveFiscalYear({ actor: world.admin, input: { year: 2023, publicationDeadline: "2024-09-30", entryOpen: true } });
    expect(await db.prisma.fiscalYear.findUnique({ where: { year: 2023 } })).not.toBeNull();
  });

  it("a year's code list retires the codes it leaves out, and lists the reports that still use them", async () => {
    // The 2021 draft of the seed uses 2020's codes; copy the published 2020 figures into it.
    const published = await db.prisma.report.findFirstOrThrow({ where: { year: 2020 }, include: { publishedRevision: true } });
    const pkg = { ...(published.publishedRevision!.package as Record<string, unknown>), year: 2021 } as Record<string, unknown>;
    const draft = await db.prisma.report.findFirstOrThrow({ where: { year: 2021 }, include: { currentRevision: true } });
    current.actor = world.clerk;
    expect(await saveDraftAction({ reportId: draft.id, version: draft.currentRevision!.version, package: pkg })).toMatchObject({ ok: true });

    const codes = await db.prisma.classificationCode.findMany({ where: { validFrom: 2020 } });
    const retired = (pkg.generalBudgetExpenditure as { code: string }[])[0].code;
    const rows = [["类型", "编码", "名称"], ...codes.filter((c) => c.code !== retired).map((c) => [c.kind === "FUNCTIONAL" ? "功能" : "经济", c.code, c.name])];
    const bytes = new TextEncoder().encode(rows.map((r) => r.join(",")).join("\n"));
    const summary = await importCodeSet({ actor: world.admin, year: 2021, file: { name: "codes-2021.csv", size: bytes.length, bytes } });
    expect(summary).toEqual({ added: 0, renamed: 0, retired: 1, unchanged: codes.length - 1 });
    expect((await codeSetFor(db.prisma, 2021))!.functional.has(retired)).toBe(false);
    expect((await codeSetFor(db.prisma, 2020))!.functional.has(retired)).toBe(true);
    const usage = await listRetiredCodeUsage({ actor: world.admin, year: 2021 });
    expect(usage.rows).toEqual([{ unitCode: "430203-zgh", unitName: expect.any(String), year: 2021, status: "DRAFT", codes: [retired] }]);
    expect(await lastAudit("codeSet.import")).toMatchObject({ year: 2021, after: { year: 2021, retired: 1, retiredCodes: [retired] } });
  });

  it("the default glossary is the reference one until an admin saves another", async () => {
    expect((await getDefaultGlossary(db.prisma)).edited).toBe(false);
    await saveDefaultGlossary({ actor: world.admin, entries: [{ term: "财政拨款收入", definition: "新的解释。" }] });
    expect(await getDefaultGlossary(db.prisma)).toEqual({ edited: true, entries: [{ term: "财政拨款收入", definition: "新的解释。" }] });
    const entry = await lastAudit("defaultText.update");
    expect((entry.before as unknown[]).length).toBe(8);
    expect(entry.after).toEqual([{ term: "财政拨款收入", definition: "新的解释。" }]);
  });

  it("a draft started after that is offered the admin's glossary; drafts started before keep the standard text", async () => {
    const { getReportForEditing } = await import("@/lib/server/reports/get-report-for-editing");
    const { getPublishedReport } = await import("@/lib/server/public/get-published-report");
    await createReportDraft({ actor: world.clerk, unitCode: "430203-zgh", year: 2023, mode: "empty" });
    const fresh = await getReportForEditing({ actor: world.clerk, unitCode: "430203-zgh", year: 2023 });
    expect(fresh.glossary).toEqual([{ term: "财政拨款收入", definition: "新的解释。" }]);
    const revision = await db.prisma.revision.findUniqueOrThrow({ where: { id: fresh.revision.id } });
    expect(revision.glossary).toEqual([{ term: "财政拨款收入", definition: "新的解释。" }]);
    // The seed's 2021 draft and the published 2020 report were started before: the standard text.
    expect((await getReportForEditing({ actor: world.clerk, unitCode: "430203-zgh", year: 2021 })).glossary).toBeNull();
    expect((await getPublishedReport({ unitCode: "430203-zgh", year: 2020 }))?.glossary).toBeNull();
  });
});
