/**
 * The operations room in Chromium: every element of a long-running page together, in both
 * colour schemes, and what a refresh keeps — the open dialog with what was typed in it, and
 * the view the address bar names.
 */
import { describe, expect, it } from "vitest";
import { idle, see, useTestApp } from "./harness";

const app = useTestApp();

describe("the operations room in Chromium", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`draws its charts, live orders and chat input with no console error, in the ${colorScheme} scheme`, async () => {
      const { page, problems } = await app.open("/operations?view=Customers&days=30", { colorScheme });
      await see(page, "Live orders");
      await page.getByRole("img", { name: /chart/i }).first().waitFor();
      // the area chart, the live line chart and the Vega-Lite histogram (its own chunk; a
      // role=img box named from the spec's title, vega's graphics-document inside it)
      await expect.poll(() => page.getByRole("img", { name: /chart/i }).count()).toBe(3);
      await page.locator('[aria-label="Chart: how many days had each churn rate"] svg').waitFor();
      await page.getByPlaceholder("Ask about the period").waitFor();
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it("opens the view a link names and keeps it in the address bar as the widgets change", async () => {
    const { page } = await app.open("/operations?view=Customers&days=30");
    expect(await page.getByRole("radio", { name: "Customers" }).isChecked()).toBe(true);
    await page.getByText("Money", { exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("Money");
    expect(new URL(page.url()).searchParams.get("days")).toBe("30");
    await page.context().close();
  });

  it("keeps an open dialog, what was typed in it, and the address bar's view across a refresh", async () => {
    const { page } = await app.open("/operations?view=Customers&days=30");
    await page.getByRole("button", { name: "Export…" }).click();
    const dialog = page.getByRole("dialog", { name: "Export the period" });
    await dialog.waitFor();
    await dialog.getByLabel("File name").fill("mine.csv");
    await dialog.getByLabel("File name").press("Enter");
    await idle(page);
    await page.reload();
    await dialog.waitFor();
    expect(await dialog.getByLabel("File name").inputValue()).toBe("mine.csv");
    expect(new URL(page.url()).search).toBe("?view=Customers&days=30");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    await page.context().close();
  });

  it("updates the live orders on their own while nothing is touched", async () => {
    const { page } = await app.open("/operations");
    const metric = page.getByRole("group", { name: "Orders this minute" });
    const first = await metric.textContent();
    await expect.poll(() => metric.textContent(), { timeout: 10_000 }).not.toBe(first);
    await page.context().close();
  });

  it("runs a forecast to a complete status and a toast, then streams an answer into the chat", async () => {
    const { page } = await app.open("/operations");
    await page.getByRole("button", { name: "Run forecast" }).click();
    await see(page, "Forecast complete");
    await page.getByRole("status").filter({ hasText: "The forecast is ready" }).waitFor();
    const input = page.getByPlaceholder("Ask about the period");
    await input.fill("How did we do?");
    await input.press("Enter");
    await page.getByText(/the best day was/).waitFor();
    expect(await page.getByText(/^You asked: "How did we do\?"/).count()).toBe(1);
    await page.context().close();
  });
});
