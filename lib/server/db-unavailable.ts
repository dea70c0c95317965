/**
 * Whether an error means "the database cannot be reached" (down, restarting, refusing
 * connections, pool exhausted) rather than a bug: those are answered 503 "服务暂时不可用", never
 * as a wrong password or a generic 500. Pure: walks the error's cause chain.
 */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EPIPE", "EHOSTUNREACH"]);
// PostgreSQL: 08 connection exceptions, 57P01-57P03 shutdown / cannot connect now, 53300 too many connections.
const SQLSTATE = /^(08...|57P0[123]|53300)$/;
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const MESSAGES =
  /Connection terminated|connection (refused|ended|closed)|Can't reach database|timeout exceeded when trying to connect|terminating connection due to administrator command|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && typeof e === "object" && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const { code, message, originalCode } = e as { code?: unknown; message?: unknown; originalCode?: unknown };
    if (typeof code === "string" && (NETWORK_CODES.has(code) || SQLSTATE.test(code) || PRISMA_CODES.has(code))) return true;
    if (typeof originalCode === "string" && SQLSTATE.test(originalCode)) return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
  }
  return false;
}
