import { test, type Browser, type BrowserContext, type Page } from "@playwright/test";

/**
 * Browser contexts a spec opens itself (a second user, a citizen beside a clerk). Playwright closes
 * only the contexts its fixtures made; these would stay open with their pages for the rest of the
 * run in the shared browser, so each is closed after its test.
 */
export function ownContexts() {
  const open = new Set<BrowserContext>();
  test.afterEach(async () => {
    await Promise.all([...open].map((context) => context.close()));
    open.clear();
  });
  return {
    async newContext(browser: Browser, options?: Parameters<Browser["newContext"]>[0]): Promise<BrowserContext> {
      const context = await browser.newContext(options);
      open.add(context);
      return context;
    },
    async newPage(browser: Browser, options?: Parameters<Browser["newContext"]>[0]): Promise<Page> {
      return (await this.newContext(browser, options)).newPage();
    },
  };
}
