import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";
import { launchBrowser } from "./browser";

let server: DevServer;
let browser: Browser;

beforeAll(async () => {
  // as `npm run dev` runs it: embedded Postgres (PGlite), the proxy stand-in, wrangler
  [server, browser] = await Promise.all([startDevServer({ withDatabase: true }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the audit trail in Chromium, with npm run dev's embedded Postgres", () => {
  it("records a forecast run and shows it in this session's activity, stored in Postgres", async () => {
    const health = (await (await fetch(`${server.url}/_stcore/health/detail`)).json()) as { audit: { database: string } };
    expect(health.audit.database).toBe("reachable");

    const page = await browser.newPage();
    await page.goto(`${server.url}/audit`);
    await page.getByRole("heading", { name: "Audit trail" }).waitFor();
    await page.getByRole("textbox", { name: "Target metric" }).fill("daily_revenue");
    await page.getByRole("combobox", { name: "Confidence interval" }).selectOption("95%");
    await page.getByRole("button", { name: "Run Forecast" }).click();
    await page.getByText("Forecast complete: 30 days, 95% CI, weekends included.").waitFor();
    const row = page.getByRole("row").filter({ hasText: "target_metric: daily_revenue" });
    expect(await row.textContent()).toContain("run_forecast");

    // delivery happens in the background; the next run shows the row as stored
    await expect
      .poll(async () => {
        await page.reload();
        await page.getByRole("heading", { name: "This session's recent activity" }).waitFor();
        return page.getByRole("row").filter({ hasText: "daily_revenue" }).textContent();
      }, { timeout: 15_000 })
      .toContain("in Postgres");
    await page.screenshot({ path: "test-results/audit.png", fullPage: true });
  });
});
