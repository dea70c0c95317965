import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv } from "./env-schema";

describe("parseServerEnv", () => {
  it("accepts a minimal development environment and fills defaults", () => {
    const env = parseServerEnv({ DATABASE_URL: "postgres://u@localhost:5432/gongkai" });
    expect(env).toMatchObject({ NODE_ENV: "development", DATABASE_POOL_MAX: 10 });
  });

  it("lists every bad variable in one error", () => {
    let error: unknown;
    try {
      parseServerEnv({ NODE_ENV: "production", DATABASE_URL: "mysql://x", NEXTAUTH_URL: "not a url", DATABASE_POOL_MAX: "x" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const names = (error as EnvError).problems.map((p) => p.split(":")[0]);
    expect(names.sort()).toEqual(["DATABASE_POOL_MAX", "DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL"]);
  });

  it("checks every variable the app reads, and derives where the server reaches itself", () => {
    expect(() => parseServerEnv({ DATABASE_URL: "postgres://h/db", GONGKAI_PAGE_CACHE_MB: "lots" })).toThrow(/GONGKAI_PAGE_CACHE_MB/);
    expect(() => parseServerEnv({ DATABASE_URL: "postgres://h/db", INTERNAL_BASE_URL: "127.0.0.1:3000" })).toThrow(/INTERNAL_BASE_URL/);
    expect(() => parseServerEnv({ DATABASE_URL: "postgres://h/db", PROXY_PURGE_FILE: "purge" })).toThrow(/PROXY_PURGE_FILE: 必须是绝对路径/);
    expect(parseServerEnv({ DATABASE_URL: "postgres://h/db", PORT: "3103" }).INTERNAL_BASE_URL).toBe("http://127.0.0.1:3103");
  });

  it("treats empty strings as unset", () => {
    expect(() => parseServerEnv({ DATABASE_URL: "" })).toThrow(/DATABASE_URL: 缺少/);
    expect(parseServerEnv({ DATABASE_URL: "postgresql://h/db", NEXTAUTH_URL: "" }).NEXTAUTH_URL).toBeUndefined();
  });
});
