import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";

let server: DevServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync("test-results", { recursive: true });
  // the test app: the demo pages plus /inputs (a text input with no maxChars, for a refusal)
  [server, browser] = await Promise.all([startDevServer({ config: "test/e2e/wrangler.toml" }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a page and counts the frames its socket sends (pings excluded). */
async function openCounting(path: string, colorScheme: "light" | "dark" = "light") {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  const sent: string[] = [];
  page.on("websocket", (ws) => ws.on("framesent", (f) => f.payload !== "ping" && sent.push(String(f.payload))));
  await page.goto(`${server.url}${path}`);
  await page.locator("#app:not(.el-connecting):not(.el-running)").waitFor();
  return { page, sent };
}

describe("forms and pages in Chromium", () => {
  it("buffers a form's widgets in the browser and sends them in one submit", async () => {
    const { page, sent } = await openCounting("/dashboard");
    await page.getByRole("tab", { name: "Forecast" }).click();
    await page.getByRole("slider", { name: "Forecast horizon (days)" }).fill("45");
    await page.getByRole("combobox", { name: "Confidence interval" }).selectOption("95%");
    await page.getByRole("checkbox", { name: "Include weekends" }).uncheck();
    await page.getByRole("textbox", { name: "Target metric" }).fill("churn");
    expect(sent).toEqual([]); // nothing leaves the browser while the form is edited

    await page.getByRole("textbox", { name: "Target metric" }).press("Enter"); // Enter submits
    await expect
      .poll(() => page.getByText("Forecast complete: 45 days, 95% CI, weekdays only.").count())
      .toBe(1);
    expect(sent.map((f) => JSON.parse(f).t)).toEqual(["submit"]);
  });

  it("navigates between pages from the sidebar, with the address bar and Back", async () => {
    const { page } = await openCounting("/");
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: /Dashboard/ }).click();
    await page.getByRole("heading", { name: "Forge Intelligence Hub" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/dashboard");
    await page.goBack();
    await page.getByRole("heading", { name: "Understanding Streamlit's Re-Run Model" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
  });

  it("puts a value the server refused back, and says why", async () => {
    const { page } = await openCounting("/inputs");
    const name = page.getByRole("textbox", { name: "Name" });
    await name.focus();
    // pasted past the server's cap on any text (an emptied number input no longer reaches the
    // server: the browser shows the number again itself)
    await page.keyboard.insertText("x".repeat(100_001));
    await name.press("Enter");
    await expect.poll(() => page.getByText(/The server refused a message: .*text longer than 100000 characters/).count()).toBe(1);
    await expect.poll(() => name.inputValue()).toBe("");
  });

  it("follows a dark colour scheme", async () => {
    const { page } = await openCounting("/dashboard", "dark");
    await page.getByRole("img", { name: /Line chart/ }).waitFor();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe("rgb(255, 255, 255)");
    await page.screenshot({ path: "test-results/dashboard-dark.png", fullPage: true });
  });
});
