/**
 * The workspace's integration world: a seeded database (unit 430203-zgh with its clerk and
 * reviewer, 2020 published, 2021 draft) plus a second unit with its own clerk — the outsider.
 * The DAL's `db()` and the session are pointed at this database and at a chosen actor by
 * vi.mock in each test file (see the mocks there); this module only builds the data.
 */
import type { Actor } from "../../../lib/rules/actor";
import type { PrismaClient } from "../../../lib/server/prisma-client";
import { seedDatabase } from "../../../scripts/db/seed-database";

export interface World {
  clerk: Actor;
  reviewer: Actor;
  outsider: Actor;
  admin: Actor;
  draft: { reportId: string; revisionId: string };
}

async function actor(prisma: PrismaClient, loginName: string): Promise<Actor> {
  const user = await prisma.user.findUniqueOrThrow({ where: { loginName }, include: { scopes: true } });
  return { id: user.id, loginName, displayName: user.displayName, role: user.role, unitIds: user.scopes.map((s) => s.unitId) };
}

export async function buildWorld(prisma: PrismaClient): Promise<World> {
  await seedDatabase(prisma);
  const other = await prisma.unit.create({
    data: { code: "430203-other", name: "株洲市芦淞区某局", shortName: "某局", region: "湖南省株洲市芦淞区", category: "行政单位" },
  });
  await prisma.user.create({
    data: {
      loginName: "outsider",
      displayName: "某局填报人",
      role: "CLERK",
      passwordHash: "x",
      scopes: { create: { unitId: other.id } },
    },
  });
  const report = await prisma.report.findFirstOrThrow({ where: { year: 2021, unit: { code: "430203-zgh" } } });
  return {
    clerk: await actor(prisma, "clerk"),
    reviewer: await actor(prisma, "reviewer"),
    outsider: await actor(prisma, "outsider"),
    admin: await actor(prisma, "admin"),
    draft: { reportId: report.id, revisionId: report.currentRevisionId! },
  };
}

/** Everything a write could touch, to prove that a refused call changed nothing. */
export async function snapshot(prisma: PrismaClient) {
  const [reports, revisions, lineItems, audit] = await Promise.all([
    prisma.report.findMany({ orderBy: { id: "asc" } }),
    prisma.revision.findMany({ orderBy: { id: "asc" } }),
    prisma.lineItem.count(),
    prisma.auditLog.count(),
  ]);
  return { reports, revisions, lineItems, audit };
}
