/**
 * What every browser test file needs: one `wrangler dev` serving the test app and one
 * Chromium for the file, a page opened the way a person opens it (and recording anything
 * the console or network complains about), and a wait for the page's text.
 *
 * @example
 * const app = useTestApp();
 * it("shows the value", async () => {
 *   const { page } = await app.open("/conformance/slider");
 *   await see(page, "Value 1: 25");
 * });
 */
import type { Browser, BrowserContextOptions, ConsoleMessage, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";
import { launchBrowser } from "./browser";

export interface Opened {
  page: Page;
  /** console errors and warnings, page errors, failed requests and 4xx/5xx responses so far */
  problems: string[];
}

export interface TestApp {
  readonly server: DevServer;
  readonly browser: Browser;
  /** a fresh browser context on `path`, waited until the first run has drawn */
  open(path: string, options?: BrowserContextOptions): Promise<Opened>;
}

export function useTestApp(): TestApp {
  let server: DevServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startDevServer({ config: "test/e2e/wrangler.toml" }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const app: TestApp = {
    get server() {
      if (!server) throw new Error("the dev server is not started yet (use it inside a test)");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("the browser is not started yet (use it inside a test)");
      return browser;
    },
    async open(path, options = {}) {
      const context = await app.browser.newContext(options);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("console", (m: ConsoleMessage) => (m.type() === "error" || m.type() === "warning") && problems.push(`${m.type()}: ${m.text()}`));
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()}`));
      page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
      await page.goto(`${app.server.url}${path}`);
      await idle(page);
      return { page, problems };
    },
  };
  return app;
}

/** Connected and no run in progress. */
export function idle(page: Page): Promise<void> {
  return page.locator("#app:not(.el-connecting):not(.el-running)").waitFor();
}

/** Wait until exactly this text is on the page (one element's whole text). */
export function see(page: Page, text: string, timeout = 10_000): Promise<void> {
  return page.getByText(text, { exact: true }).first().waitFor({ timeout });
}
