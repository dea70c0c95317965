import { existsSync } from "node:fs";
import paths from "./chromium-paths.json" with { type: "json" };

/**
 * How this project launches Debian's Chromium (Playwright may not download its own browser here):
 * used by the e2e config, the server's PDF printer and scripts/screenshot.ts.
 *
 * Debian's `chromium-headless-shell` first when installed: the headless-only build that Playwright
 * itself prefers for headless runs. It prints the same PDFs and runs the e2e's axe checks faster
 * than the full browser in its new headless mode (`npm test` installs it). Otherwise the full
 * `chromium` (the Docker image sets CHROMIUM_PATH to it). The background-networking flags keep
 * Chromium from calling out of a machine with no network.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? (existsSync(paths.headlessShell) ? paths.headlessShell : paths.browser);

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
