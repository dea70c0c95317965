import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * deploy/nginx.conf, as deployed, with only what differs on one machine rewritten: the upstream,
 * the listen address (loopback only, plain HTTP: the TLS port and its certificate are left out),
 * and the cache, temp and log paths under `dir`. The web bench
 * and the cache-purge test run exactly this, so they measure and test the deployed configuration.
 * `extraServers` is appended inside `http { }` (the bench adds its static-file ceiling there).
 */
export function nginxConfigFor(options: { upstreamPort: number; listenPort: number; dir: string; extraServers?: string }): string {
  const { upstreamPort, listenPort, dir } = options;
  let conf = readFileSync(path.join(ROOT, "deploy/nginx.conf"), "utf8")
    .replace("server app:3000;", `server 127.0.0.1:${upstreamPort};`)
    .replace("listen 8080;", `listen 127.0.0.1:${listenPort};`)
    .replaceAll("/var/cache/nginx/gongkai", path.join(dir, "cache"))
    .replaceAll("/tmp/gongkai-nginx", path.join(dir, "nginx"))
    .replace("error_log /dev/stderr warn;", `error_log ${path.join(dir, "error.log")} warn;`)
    .replace(/^user .*;$/m, "")
    // The bench and the purge test speak plain HTTP to the one listen port above.
    .replace(/^\s*(listen 8443 ssl|ssl_[a-z_]+ [^;]*);\n/gm, "");
  if (process.getuid?.() === 0) conf = `user root;\n${conf}`;
  return options.extraServers ? conf.replace(/}\s*$/, `${options.extraServers}}\n`) : conf;
}
