/**
 * The server's environment, validated once (see ./env.ts). Pure and without `server-only`
 * so it can be unit-tested; the app imports `env()` from ./env.ts instead.
 * Every variable is documented in .env.example.
 */
import { z } from "zod";

const ZPostgresUrl = z
  .string({ error: "缺少。示例：postgres://user:password@localhost:5432/gongkai" })
  .trim()
  .regex(/^postgres(ql)?:\/\/\S+$/, { error: "必须是 postgres:// 或 postgresql:// 开头的连接地址" });

export const ZServerEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"], { error: "只能是 development、test 或 production" }).default("development"),
  DATABASE_URL: ZPostgresUrl,
  /** Connections per server process (node-postgres pool size). */
  DATABASE_POOL_MAX: z.coerce.number({ error: "必须是整数" }).int({ error: "必须是整数" }).min(1).max(200).default(10),
  /** Signs session cookies; required in production. */
  NEXTAUTH_SECRET: z.string().min(32, { error: "至少 32 个字符（可用 openssl rand -base64 32 生成）" }).optional(),
  /** Public base URL of the site, e.g. https://gongkai.example.gov.cn; next-auth infers it in development. */
  NEXTAUTH_URL: z.url({ error: "必须是完整的网址，例如 https://gongkai.example.gov.cn" }).optional(),
  /** The port Next listens on (standalone server and start-server.mjs). */
  PORT: z.coerce.number({ error: "必须是端口号" }).int({ error: "必须是端口号" }).min(1).max(65535).optional(),
  /** Where the server reaches itself to print PDFs; never taken from a request. Default http://127.0.0.1:$PORT. */
  INTERNAL_BASE_URL: z.url({ error: "必须是完整的网址，例如 http://127.0.0.1:3000" }).optional(),
  CHROMIUM_PATH: z.string().startsWith("/", { error: "必须是绝对路径" }).optional(),
  PDF_CACHE_DIR: z.string().min(1).optional(),
  PROXY_CACHE_DIR: z.string().startsWith("/", { error: "必须是绝对路径" }).optional(),
  PROXY_PURGE_FILE: z.string().startsWith("/", { error: "必须是绝对路径" }).optional(),
  GONGKAI_CACHE_DIR: z.string().min(1).optional(),
  GONGKAI_PAGE_CACHE_MB: z.coerce.number({ error: "必须是数字（MB）" }).int({ error: "必须是整数（MB）" }).min(1).max(65536).optional(),
  WEB_CONCURRENCY: z.coerce.number({ error: "必须是整数" }).int({ error: "必须是整数" }).min(1).max(256).optional(),
});

export type TServerEnv = z.infer<typeof ZServerEnv> & { INTERNAL_BASE_URL: string };

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`环境变量配置有误（参见 .env.example）：\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses `source` (normally process.env), reporting every bad variable at once. */
export function parseServerEnv(source: Record<string, string | undefined>): TServerEnv {
  // Empty strings (e.g. `NEXTAUTH_URL=` in a .env file) mean "not set".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = ZServerEnv.safeParse(cleaned);
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".") || "(env)"}: ${issue.message}`);
  // Checked by hand rather than with a refinement, which zod skips while other fields fail.
  if (cleaned.NODE_ENV === "production" && !cleaned.NEXTAUTH_SECRET) {
    problems.push("NEXTAUTH_SECRET: 生产环境必须设置（至少 32 个字符）");
  }
  if (problems.length > 0 || !result.success) throw new EnvError(problems);
  return { ...result.data, INTERNAL_BASE_URL: result.data.INTERNAL_BASE_URL ?? `http://127.0.0.1:${result.data.PORT ?? 3000}` };
}
