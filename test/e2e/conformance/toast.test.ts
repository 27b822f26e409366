/**
 * Ports Streamlit's e2e_playwright/st_toast_test.py (app: st_toast.py →
 * test/e2e/app/conformance/feedback.ts): three toasts, newest first; a long one clamped
 * with "view more" / "view less"; each with a Close button. Plus what a person relies on:
 * a toast goes by itself after its time, a button's toast comes once per click, and the
 * stack fits a narrow window in light and dark.
 *
 * Not ported: the screenshots; `st.chat_input` (edgelit has none); the material icon
 * (`:material/cabin:` — edgelit's icons are emoji; the port uses 💾); pressing "r" to
 * rerun (edgelit has no such shortcut: opening the page runs it).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { see, useTestApp } from "../harness";

const app = useTestApp();
const toasts = (page: Page) => page.locator(".el-toast");

describe("st.toast, as Streamlit's st_toast_test expects", () => {
  it("renders the default toast with its icon, newest first", async () => {
    const { page, problems } = await app.open("/conformance/toast");
    await expect.poll(() => toasts(page).count()).toBe(3);
    await toasts(page).nth(2).hover();
    expect(await toasts(page).nth(2).textContent()).toContain("🐶This is a default toast message");
    expect(await toasts(page).nth(0).textContent()).toContain("💾Your edited image was saved!");
    expect(await page.getByRole("status").filter({ hasText: "This is a default toast message" }).getAttribute("aria-live")).toBe("polite");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("clamps a long toast with view more, and shows it whole with view less", async () => {
    const { page } = await app.open("/conformance/toast");
    const long = toasts(page).filter({ hasText: "Random toast message" });
    await long.hover();
    const clamped = (await long.locator(".el-markdown").boundingBox())!.height;
    const more = page.getByRole("button", { name: "view more" });
    expect(await more.count()).toBe(1);
    await more.click();
    await page.getByRole("button", { name: "view less" }).waitFor();
    const whole = (await long.locator(".el-markdown").boundingBox())!.height;
    expect(whole).toBeGreaterThanOrEqual(clamped);
    expect(await long.textContent()).toContain("going way past the 3 line limit");
    await page.context().close();
  });

  it("closes with its Close button, by keyboard too", async () => {
    const { page } = await app.open("/conformance/toast");
    await expect.poll(() => toasts(page).count()).toBe(3);
    const saved = toasts(page).filter({ hasText: "Your edited image was saved!" });
    await saved.getByRole("button", { name: "Close" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => saved.count()).toBe(0);
    await page.context().close();
  });

  it("goes by itself after its time, and a button's toast comes once per click", async () => {
    const { page } = await app.open("/conformance/toast");
    const quick = toasts(page).filter({ hasText: "Gone in a second" });
    await page.getByRole("button", { name: "Quick toast" }).click();
    await quick.waitFor();
    expect(await quick.count()).toBe(1);
    await quick.waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Quick toast" }).click();
    await quick.waitFor();
    expect(await quick.count()).toBe(1);
    await page.context().close();
  });

  it("changes in place when the page updates it (msg.toast)", async () => {
    const { page } = await app.open("/conformance/toast");
    await page.getByRole("button", { name: "Cook" }).click();
    await toasts(page).filter({ hasText: "Gathering ingredients..." }).waitFor();
    const count = await toasts(page).count();
    await toasts(page).filter({ hasText: "🥞Ready!" }).waitFor();
    expect(await toasts(page).filter({ hasText: "Gathering ingredients..." }).count()).toBe(0);
    expect(await toasts(page).count()).toBe(count);
    await page.context().close();
  });

  it("fits a narrow window, in light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const { page } = await app.open("/conformance/toast", { viewport: { width: 360, height: 700 }, colorScheme });
      await see(page, "toasts raised");
      await expect.poll(() => toasts(page).count()).toBe(3);
      const box = (await toasts(page).nth(0).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      const [bg, fg] = await toasts(page).nth(0).evaluate((t) => [getComputedStyle(t).backgroundColor, getComputedStyle(t).color]);
      expect(bg).not.toBe(fg);
      await page.context().close();
    }
  });
});
