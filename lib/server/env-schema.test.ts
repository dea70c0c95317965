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

  it("treats empty strings as unset", () => {
    expect(() => parseServerEnv({ DATABASE_URL: "" })).toThrow(/DATABASE_URL: 缺少/);
    expect(parseServerEnv({ DATABASE_URL: "postgresql://h/db", NEXTAUTH_URL: "" }).NEXTAUTH_URL).toBeUndefined();
  });
});
