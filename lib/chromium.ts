/**
 * How this project launches Debian's Chromium (Playwright may not download its own browser here):
 * used by the e2e config, the server's PDF printer and scripts/screenshot.ts. The background-
 * networking flags keep Chromium from calling out of a machine with no network.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

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
