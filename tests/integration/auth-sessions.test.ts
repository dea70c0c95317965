/**
 * Sessions end on the server (issue 13, finding 2): sign-out, a password, role, scope or active
 * change, the fixed lifetime and the idle limit each make the session's cookie useless; and
 * sign-in is throttled per account and per address in PostgreSQL (finding 3), with a database
 * outage reported as such, never as a wrong password (finding 9).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import bcrypt from "bcryptjs";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { buildWorld, type World } from "./support/workspace-world";
import { current } from "./support/workspace-mocks";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/server/db", async () => {
  const { currentDb } = await import("./support/workspace-mocks");
  return { db: () => currentDb() };
});

const { signInWithPassword } = await import("@/lib/server/sign-in/sign-in-with-password");
const { checkAuthSession } = await import("@/lib/server/sessions/check-auth-session");
const { endAuthSession } = await import("@/lib/server/sessions/end-auth-session");
const { changeOwnPassword } = await import("@/lib/server/users/change-own-password");
const { authOptions } = await import("@/lib/server/auth/auth-options");

let db: TestDatabase;
let world: World;
const PASSWORD = "clerk-password-for-tests";

beforeAll(async () => {
  db = await createTestDatabase();
  current.prisma = db.prisma;
  world = await buildWorld(db.prisma);
  const hash = await bcrypt.hash(PASSWORD, 4);
  await db.prisma.user.updateMany({ where: { loginName: { in: ["clerk", "reviewer", "outsider"] } }, data: { passwordHash: hash } });
});
afterAll(() => db.drop());
beforeEach(async () => {
  current.prisma = db.prisma;
  await db.prisma.signInThrottle.deleteMany();
  await db.prisma.user.update({ where: { id: world.reviewer.id }, data: { active: true, role: "REVIEWER" } });
});

async function signIn(loginName: string, password = PASSWORD, address: string | null = "10.0.0.1") {
  return signInWithPassword({ loginName, password, address });
}

async function session(loginName: string) {
  const result = await signIn(loginName);
  if (!result.ok) throw new Error("sign-in failed");
  return { sessionId: result.sessionId, userId: result.actor.id };
}

describe("a session ends on the server", () => {
  it("is live after sign-in and ends at sign-out, for good", async () => {
    const s = await session("clerk");
    expect(await checkAuthSession(s)).toBe(true);
    await endAuthSession({ sessionId: s.sessionId });
    expect(await checkAuthSession(s)).toBe(false);
    // Another user's id with this session id is no session either.
    expect(await checkAuthSession({ ...s, userId: world.reviewer.id })).toBe(false);
  });

  it("ends the user's other sessions on a password change (the one changing it and other users' stay)", async () => {
    const [a, b, other] = [await session("clerk"), await session("clerk"), await session("reviewer")];
    const actor = { ...world.clerk, sessionId: a.sessionId };
    await changeOwnPassword({ actor, currentPassword: PASSWORD, newPassword: "a-much-better-password-9" });
    expect(await checkAuthSession(a)).toBe(true);
    expect(await checkAuthSession(b)).toBe(false);
    expect(await checkAuthSession(other)).toBe(true);
    await db.prisma.user.update({ where: { id: world.clerk.id }, data: { passwordHash: await bcrypt.hash(PASSWORD, 4) } });
  });

  it.each([
    ["a role change", () => db.prisma.user.update({ where: { id: world.reviewer.id }, data: { role: "CLERK" } })],
    ["a removed scope", () => db.prisma.userUnitScope.deleteMany({ where: { userId: world.reviewer.id } })],
    [
      "an added scope",
      async () => {
        const unit = await db.prisma.unit.findFirstOrThrow({ where: { code: "430203-other" } });
        await db.prisma.userUnitScope.create({ data: { userId: world.reviewer.id, unitId: unit.id } });
      },
    ],
    ["deactivation", () => db.prisma.user.update({ where: { id: world.reviewer.id }, data: { active: false } })],
  ])("ends on %s, by the database trigger, whoever wrote it", async (_name, change) => {
    const s = await session("reviewer");
    expect(await checkAuthSession(s)).toBe(true);
    await change();
    expect(await checkAuthSession(s)).toBe(false);
  });

  it("has a fixed lifetime, however active, and an idle limit", async () => {
    const old = await session("outsider");
    await db.prisma.authSession.update({
      where: { id: old.sessionId },
      data: { createdAt: new Date(Date.now() - 8 * 3600_000 - 1000), lastSeenAt: new Date() },
    });
    expect(await checkAuthSession(old)).toBe(false);
    const idle = await session("outsider");
    await db.prisma.authSession.update({ where: { id: idle.sessionId }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    expect(await checkAuthSession(idle)).toBe(false);
    const active = await session("outsider");
    await db.prisma.authSession.update({ where: { id: active.sessionId }, data: { lastSeenAt: new Date(Date.now() - 29 * 60_000) } });
    expect(await checkAuthSession(active)).toBe(true);
    const row = await db.prisma.authSession.findUniqueOrThrow({ where: { id: active.sessionId } });
    expect(Date.now() - row.lastSeenAt.getTime()).toBeLessThan(60_000); // the request counted as activity
  });

  it("next-auth's jwt callback refuses an ended session (so /api/auth/session cannot extend it)", async () => {
    const s = await session("outsider");
    const jwt = authOptions.callbacks!.jwt!;
    const token = { uid: s.userId, sid: s.sessionId, role: "CLERK", unitIds: [], loginName: "outsider" } as never;
    await expect(jwt({ token } as never)).resolves.toBeTruthy();
    await endAuthSession({ sessionId: s.sessionId });
    await expect(jwt({ token } as never)).rejects.toThrow("SESSION_ENDED");
    await expect(jwt({ token: { uid: s.userId } } as never)).rejects.toThrow("SESSION_ENDED"); // a cookie from before sessions were stored
  });
});

describe("sign-in throttling, shared through PostgreSQL", () => {
  it("locks the account after 5 failures: even the right password is refused, with the same answer", async () => {
    for (let i = 0; i < 5; i++) expect((await signIn("clerk", `wrong-${i}`)).ok).toBe(false);
    expect((await signIn("clerk", PASSWORD, "10.9.9.9")).ok).toBe(false);
    expect((await signIn("Clerk ", PASSWORD, "10.9.9.9")).ok).toBe(false); // case and spaces count as the same account
    expect((await signIn("reviewer", PASSWORD)).ok).toBe(true); // the address is not locked by 5
    await db.prisma.signInThrottle.update({ where: { key: "account:clerk" }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await signIn("clerk", PASSWORD)).ok).toBe(true); // the lock is temporary
    expect(await db.prisma.signInThrottle.findUnique({ where: { key: "account:clerk" } })).toBeNull(); // success forgets
  });

  it("counts concurrent failures from several workers exactly, and locks an address trying many accounts", async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => signIn(`nobody-${i % 10}`, "x", "10.6.6.6")));
    const address = await db.prisma.signInThrottle.findUniqueOrThrow({ where: { key: "address:10.6.6.6" } });
    expect(address.failures).toBe(30);
    expect(address.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect((await signIn("reviewer", PASSWORD, "10.6.6.6")).ok).toBe(false);
    expect((await signIn("reviewer", PASSWORD, "10.7.7.7")).ok).toBe(true);
  });

  it("a database outage is an outage (SERVICE_UNAVAILABLE, no driver text), not a wrong password", async () => {
    const down = createPrismaClient("postgres://nobody:x@127.0.0.1:9/none", { maxConnections: 1 });
    current.prisma = down;
    try {
      const provider = authOptions.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<unknown> } };
      const error = await provider.options.authorize({ loginName: "clerk", password: PASSWORD }, { headers: {} }).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toBe("SERVICE_UNAVAILABLE");
    } finally {
      current.prisma = db.prisma;
      await down.$disconnect();
    }
  });
});
