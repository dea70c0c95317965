/**
 * `npm run db:seed`: loads the demo data (units, users, codes, years, the published 2020
 * report and a 2021 draft) into DATABASE_URL, or into the embedded demo database when it
 * is unset. Idempotent; migrations must have been applied (`npm run db:migrate`).
 *
 * Demo sign-ins: clerk / clerk-demo-2020, reviewer / reviewer-demo-2020, admin / admin-demo-2020.
 */
import { pathToFileURL } from "node:url";
import { ensureDatabase } from "./ensure-db";
import { ensureGeneratedClient } from "./generate";
import { seedDatabase } from "./seed-database";
import { loadDotEnv } from "./load-env";
import { runScript } from "../lib/run-script";

// Importable (tests use seedDatabase); runs only as the entry script.
export { seedDatabase };

async function main() {
  loadDotEnv();
  // Loaded after making sure it exists: on a fresh clone the client is not generated yet.
  ensureGeneratedClient();
  const { createPrismaClient } = await import("../../lib/server/prisma-client");
  const database = await ensureDatabase({ purpose: "demo" });
  const prisma = createPrismaClient(database.url, { maxConnections: 2 });
  try {
    const t = Date.now();
    const { created } = await seedDatabase(prisma);
    const took = ((Date.now() - t) / 1000).toFixed(1);
    console.log(created.length ? `已写入示例数据（${took} 秒）：\n  ${created.join("\n  ")}` : "示例数据已存在，无需写入");
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runScript(main);
}
