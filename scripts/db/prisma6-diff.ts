/**
 * Migration SQL from two Prisma schemas, via Prisma 6's `migrate diff` (see prisma6.config.ts).
 * Prisma 6 insists on a datasource `url`, which Prisma 7 forbids in the schema, so it reads
 * temporary copies with a placeholder url added.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { REPO_ROOT } from "./paths";

const run = promisify(execFile);

/** Adds a placeholder `url` to the datasource block (never used: the adapter connects). */
export function schemaForPrisma6(schema: string): string {
  const withUrl = schema.replace(/(datasource\s+\w+\s*\{)/, `$1\n  url = "postgresql://unused@localhost/unused"`);
  if (withUrl === schema) throw new Error("schema.prisma 中没有 datasource 块");
  return withUrl;
}

export interface DiffOptions {
  /** Path of the old schema, or "empty" for a database with no tables. */
  from: string | "empty";
  /** Path of the new schema. */
  to: string;
  /** Any reachable PostgreSQL (Prisma 6's adapter connects; nothing is changed). */
  url: string;
}

export async function diffSchemas({ from, to, url }: DiffOptions): Promise<string> {
  const work = mkdtempSync(path.join(tmpdir(), "gongkai-prisma6-"));
  try {
    const copy = (file: string, name: string) => {
      const target = path.join(work, name);
      writeFileSync(target, schemaForPrisma6(readFileSync(file, "utf8")));
      return target;
    };
    const fromArgs = from === "empty" ? ["--from-empty"] : ["--from-schema-datamodel", copy(from, "from.prisma")];
    const args = [
      path.join(REPO_ROOT, "node_modules/prisma6/build/index.js"),
      "migrate",
      "diff",
      "--config",
      path.join(REPO_ROOT, "prisma6.config.ts"),
      ...fromArgs,
      "--to-schema-datamodel",
      copy(to, "to.prisma"),
      "--script",
    ];
    const { stdout } = await run(process.execPath, args, {
      cwd: REPO_ROOT,
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        GONGKAI_PRISMA6_URL: url,
        // Prisma 6 checks these engine files exist but, with engine "js", never runs them.
        PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
        PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
        CHECKPOINT_DISABLE: "1",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    }).catch((error: { stderr?: string; message: string }) => {
      throw new Error(`prisma6 migrate diff 失败：${error.stderr || error.message}`);
    });
    return stdout;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** True when the diff contains no statement (Prisma prints a comment for an empty migration). */
export function isEmptyDiff(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}
