/**
 * Ports Streamlit's e2e_playwright/st_status_test.py (app: st_status.py →
 * test/e2e/app/conformance/feedback.ts): nine status containers, a spinner on the running
 * one, and a header that collapses and expands it. The screenshots become checks of each
 * container's state icon, label and openness.
 *
 * Not ported: the screenshots themselves. Python's `with` block is `status.run(work)`.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../harness";

const app = useTestApp();
const statuses = (page: Page) => page.locator("details.el-status");

describe("st.status, as Streamlit's st_status_test expects", () => {
  it("renders every status container with its state, label and openness", async () => {
    const { page, problems } = await app.open("/conformance/status");
    expect(await statuses(page).count()).toBe(9);
    const seen = await statuses(page).evaluateAll((all) =>
      all.map((d) => [d.querySelector("summary")!.textContent!.trim(), d.querySelector("[role=img]")!.getAttribute("aria-label"), (d as HTMLDetailsElement).open]),
    );
    expect(seen).toEqual([
      ["Running status", "Running", true],
      ["✓Completed status", "Complete", true],
      ["✕Error status", "Error", true],
      ["✓Collapsed", "Complete", false],
      ["✓Changed label", "Complete", false],
      ["✕Without context manager", "Error", true],
      ["✓Collapsed", "Complete", false],
      ["✓Empty state...", "Complete", false],
      ["✕Uncaught exception", "Error", false],
    ]);
    expect(await statuses(page).nth(2).getByRole("alert").textContent()).toContain("Oh no, something went wrong!");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("shows a spinner while running", async () => {
    const { page } = await app.open("/conformance/status");
    const spinner = statuses(page).nth(0).getByRole("img", { name: "Running" });
    expect(await spinner.isVisible()).toBe(true);
    expect(await spinner.evaluate((s) => getComputedStyle(s).animationName)).toBe("el-spin");
    await page.context().close();
  });

  it("collapses and expands when its header is clicked, or by keyboard", async () => {
    const { page } = await app.open("/conformance/status");
    const running = statuses(page).nth(0);
    const content = running.getByText("Doing some work...");
    expect(await content.isVisible()).toBe(true);
    await running.locator("summary").click();
    await expect.poll(() => content.isVisible()).toBe(false);
    await running.locator("summary").click();
    await expect.poll(() => content.isVisible()).toBe(true);
    await running.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => content.isVisible()).toBe(false);
    await page.context().close();
  });
});
