/**
 * `npx tsx scripts/seed-public-demo.ts`: adds the public site's 示例数据 (lib/server/public/demo-data.ts)
 * to DATABASE_URL — invented units with published years, a late publication, an unpublished
 * year and a correction — so that compare, charts and 公开情况 have something to show.
 * Every revision is published (and corrected) through transitionReport as the system.
 * Idempotent: a unit that exists is left alone. Run after `db:seed` (it needs the fiscal years).
 */
import { createPrismaClient } from "../lib/server/prisma-client";
import { seedPublicDemo } from "./db/seed-public-demo-data";
import { runScript } from "./lib/run-script";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("请设置 DATABASE_URL");
  const prisma = createPrismaClient(url, { maxConnections: 2 });
  try {
    const created = await seedPublicDemo(prisma);
    console.log(created.length ? `已写入示例单位：${created.join("、")}` : "示例单位已存在，无需写入");
  } finally {
    await prisma.$disconnect();
  }
}

runScript(main);
