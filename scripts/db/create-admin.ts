/**
 * `npm run admin:create -- <登录名> <姓名>`: adds an admin to DATABASE_URL (or to the embedded demo
 * database when it is unset) and prints a one-time password, which the admin must change at first
 * sign-in. A new deployment's first admin comes from here (docker compose: `docker compose run
 * --rm migrate npm run admin:create -- …`), as does a way back in when every admin password is lost.
 */
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { ZCreateUser } from "../../lib/admin/schemas";
import { ensureDatabase } from "./ensure-db";
import { ensureGeneratedClient } from "./generate";
import { loadDotEnv } from "./load-env";
import { runScript } from "../lib/run-script";

const ZArguments = ZCreateUser.pick({ loginName: true, displayName: true });

/** The two positional arguments, checked by the same schema as the admin's 新建用户 form. */
export function parseCreateAdminArguments(argv: readonly string[]): z.infer<typeof ZArguments> {
  const [loginName, displayName, ...rest] = argv;
  if (!loginName || !displayName || rest.length > 0) throw new Error("用法：npm run admin:create -- <登录名> <姓名>");
  const parsed = ZArguments.safeParse({ loginName, displayName });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("；"));
  return parsed.data;
}

async function main() {
  loadDotEnv();
  const input = parseCreateAdminArguments(process.argv.slice(2));
  ensureGeneratedClient();
  const database = await ensureDatabase({ purpose: "demo" });
  process.env.DATABASE_URL = database.url;
  // Imported once DATABASE_URL is final: the data layer reads its environment on first use.
  const { createAdminFromShell } = await import("../../lib/server/users/create-user");
  const { db } = await import("../../lib/server/db");
  try {
    const created = await createAdminFromShell(input);
    console.log(`已新建管理员 ${created.loginName}。一次性密码（只显示这一次，首次登录后须修改）：\n  ${created.oneTimePassword}`);
  } finally {
    await db().$disconnect();
    await database.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runScript(main);
}
