import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";

const SHOTS = "test-results";
let server: DevServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [server, browser] = await Promise.all([startDevServer(), launchBrowser()]);
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const slider = (page: Page) => page.getByRole("slider", { name: "Set temperature (°C)" });
const fahrenheit = (page: Page) => page.getByRole("group", { name: "Temperature in Fahrenheit" });

async function open(page: Page, path = "/") {
  await page.goto(`${server.url}${path}`);
  await page.locator("#app:not(.el-connecting):not(.el-running)").waitFor();
}

describe("the re-run model demo in Chromium", () => {
  let page: Page;

  it("moves the temperature slider and shows the new metric and alert", async () => {
    page = await context.newPage();
    await open(page);
    await expect.poll(() => fahrenheit(page).textContent()).toContain("71.6 °F");
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Comfortable temperature range." }).count()).toBe(1);

    await slider(page).fill("40");
    await expect.poll(() => fahrenheit(page).textContent()).toContain("104.0 °F");
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("That's dangerously hot.");

    // keyboard works too: Home jumps to the minimum
    await slider(page).focus();
    await page.keyboard.press("Home");
    await expect.poll(() => fahrenheit(page).textContent()).toContain("-4.0 °F");
    await expect.poll(() => page.getByText("Below freezing — roads may be icy.").count()).toBe(1);
    await slider(page).fill("40");
    await expect.poll(() => fahrenheit(page).textContent()).toContain("104.0 °F");
    await page.screenshot({ path: `${SHOTS}/rerun-model.png`, fullPage: true });
  });

  it("keeps the value when the page is refreshed", async () => {
    await page.reload();
    await page.locator("#app:not(.el-connecting)").waitFor();
    await expect.poll(() => slider(page).inputValue()).toBe("40");
    await expect.poll(() => fahrenheit(page).textContent()).toContain("104.0 °F");
  });

  it("gives a second tab its own session", async () => {
    const other = await context.newPage();
    await open(other);
    await expect.poll(() => slider(other).inputValue()).toBe("22");
    await expect.poll(() => fahrenheit(other).textContent()).toContain("71.6 °F");
    expect(await slider(page).inputValue()).toBe("40");
    await other.close();
  });

  it("resumes the session after the dev server restarts", async () => {
    await server.stop();
    await expect.poll(() => page.locator("#app.el-disconnected").count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Connection lost — reconnecting…" }).count()).toBe(1);
    server = await startDevServer({ port: server.port, stateDir: server.stateDir });
    await expect.poll(() => page.locator("#app.el-disconnected").count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => slider(page).inputValue()).toBe("40");
    await expect.poll(() => fahrenheit(page).textContent()).toContain("104.0 °F");
  });
});

describe("the professional dashboard in Chromium", () => {
  it("refuses to forecast without a target metric, then forecasts", async () => {
    const page = await context.newPage();
    await open(page, "/dashboard");
    expect(await page.title()).toBe("Forge Intelligence Hub");
    await page.getByRole("radiogroup", { name: "Analysis Mode" }).waitFor();
    await expect.poll(() => page.getByRole("group", { name: "Revenue" }).textContent()).toMatch(/\$/);
    await page.getByRole("img", { name: /Line chart/ }).waitFor();
    await page.screenshot({ path: `${SHOTS}/dashboard.png`, fullPage: true });

    await page.getByRole("tab", { name: "Forecast" }).click();
    await page.getByRole("button", { name: "Run Forecast" }).click();
    await expect
      .poll(() => page.getByText("Target metric is required before running the forecast.").count())
      .toBe(1);

    await page.getByRole("textbox", { name: "Target metric" }).fill("daily_revenue");
    await page.getByRole("button", { name: "Run Forecast" }).click();
    await expect
      .poll(() => page.getByText("Forecast complete: 30 days, 80% CI, weekends included.").count())
      .toBe(1);
    await page.screenshot({ path: `${SHOTS}/dashboard-forecast.png`, fullPage: true });
  });
});
