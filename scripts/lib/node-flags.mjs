// @ts-check
import { spawnSync } from "node:child_process";

/**
 * Of `flags`, those this Node starts with. A V8 flag is no Node option: a Node whose V8 dropped
 * or renamed one refuses to start ("bad option", exit 9). Tries each once (~40 ms).
 * @param {string[]} flags
 * @returns {string[]}
 */
export function supportedNodeFlags(flags) {
  return flags.filter((f) => spawnSync(process.execPath, [f, "-e", ""], { stdio: "ignore" }).status === 0);
}
