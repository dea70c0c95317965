import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * axe's serious and critical violations on the page as it stands, one line each (page, rule, first nodes).
 *
 * Legacy mode runs axe in the page itself instead of in each frame and then again in a new blank
 * page (our pages have no cross-origin frames, which is what the default mode is for), and only
 * violations carry their nodes back. Measured on four workspace and public pages (a scratch script
 * run against the production build): 16.3 s in the default mode in the full Chromium, 6.8 s this way
 * in the headless shell; the same violations found.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${page.url()} ${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}
