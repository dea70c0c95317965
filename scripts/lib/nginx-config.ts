import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface NginxConfigOptions {
  upstreamPort: number;
  /** The plain-HTTP port (8080 as deployed), on loopback. */
  listenPort: number;
  dir: string;
  /** The TLS port (8443 as deployed), on loopback, with cert.pem and key.pem from `certDir`; left out when absent. */
  tls?: { port: number; certDir: string };
  extraServers?: string;
}

/**
 * deploy/nginx.conf, as deployed, with only what differs on one machine rewritten: the upstream,
 * the listen addresses (loopback only; the TLS port and its certificate are left out unless `tls`
 * is given), and the cache, temp and log paths under `dir`. The web bench, the cache-purge test and
 * the TLS e2e run exactly this, so they measure and test the deployed configuration.
 * `extraServers` is appended inside `http { }` (the bench adds its static-file ceiling there).
 */
export function nginxConfigFor(options: NginxConfigOptions): string {
  const { upstreamPort, listenPort, dir, tls } = options;
  let conf = readFileSync(path.join(ROOT, "deploy/nginx.conf"), "utf8")
    .replace("server app:3000;", `server 127.0.0.1:${upstreamPort};`)
    .replace("listen 8080;", `listen 127.0.0.1:${listenPort};`)
    .replaceAll("/var/cache/nginx/gongkai", path.join(dir, "cache"))
    .replaceAll("/tmp/gongkai-nginx", path.join(dir, "nginx"))
    .replace("error_log /dev/stderr warn;", `error_log ${path.join(dir, "error.log")} warn;`)
    .replace(/^user .*;$/m, "");
  conf = tls
    ? conf.replace("listen 8443 ssl;", `listen 127.0.0.1:${tls.port} ssl;`).replaceAll("/etc/nginx/tls", tls.certDir)
    : // Without TLS everything speaks plain HTTP to the one listen port above.
      conf.replace(/^\s*(listen 8443 ssl|ssl_[a-z_]+ [^;]*);\n/gm, "");
  if (process.getuid?.() === 0) conf = `user root;\n${conf}`;
  return options.extraServers ? conf.replace(/}\s*$/, `${options.extraServers}}\n`) : conf;
}
