import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";
import { launchBrowser } from "./browser";

let server: DevServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDevServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openTab(): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}/caching`);
  await page.getByRole("heading", { name: "Forge Analytics Dashboard" }).waitFor();
  return page;
}

const computedAt = async (page: Page) => {
  const text = await page.getByText(/^Data computed at /).textContent();
  return /Data computed at (\S+)/.exec(text ?? "")?.[1];
};

describe("the caching demo in Chromium", () => {
  it("loads once, then serves a second session the same cached result at once", async () => {
    const first = await openTab();
    await first.getByRole("button", { name: "Run Analysis" }).click();
    await first.getByRole("status").filter({ hasText: "Running loadSalesData(…)" }).waitFor();
    await first.getByText("Analysis #1 complete. Loaded 1000 records.").waitFor({ timeout: 10_000 });
    // the header row and ten data rows (the table code is its own chunk: wait for it)
    await first.getByRole("grid").getByRole("row").nth(10).waitFor();
    expect(await first.getByRole("grid").getByRole("row").count()).toBe(11);
    // As in the seed (and Streamlit), the metric is drawn above the button, before this
    // run's increment: it shows the count so far.
    await expect.poll(() => first.getByRole("group", { name: "Analyses Run" }).textContent()).toContain("0");
    const stamp = await computedAt(first);
    expect(stamp).toMatch(/^\d{4}-\d\d-\d\dT/);
    await first.screenshot({ path: "test-results/caching.png", fullPage: true });

    const second = await openTab();
    const started = Date.now();
    await second.getByRole("button", { name: "Run Analysis" }).click();
    await second.getByText("Analysis #1 complete. Loaded 1000 records.").waitFor();
    expect(Date.now() - started).toBeLessThan(1500); // no 2-second load: it came from the cache
    expect(await computedAt(second)).toBe(stamp);
    expect(await second.getByText("Connection status: connected via ForgeCloud").count()).toBe(1);
  });

  it("recomputes after Refresh data clears the cache", async () => {
    const page = await openTab();
    await page.getByRole("button", { name: "Run Analysis" }).click();
    await page.getByText("Analysis #1 complete.").waitFor({ timeout: 10_000 });
    const before = await computedAt(page);
    await page.getByRole("button", { name: "Refresh data" }).click();
    await page.getByText("Cache cleared: the next analysis loads fresh data.").waitFor();
    await page.getByRole("button", { name: "Run Analysis" }).click();
    await page.getByText("Analysis #2 complete.").waitFor({ timeout: 10_000 });
    expect(await computedAt(page)).not.toBe(before);
  });
});
