/**
 * Ports Streamlit's e2e_playwright/st_progress_test.py (app: st_progress.py →
 * test/e2e/app/conformance/feedback.ts), plus a bar a running page moves: its update is on
 * screen while the run still goes. The screenshots become measurements in light and dark.
 *
 * Not ported: check_top_level_class (Streamlit's CSS class names); `$$ … $$` and
 * `:blue[…]` in the label (edgelit's markdown has no math or colour directives: they show
 * as written).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { see, useTestApp } from "../harness";

const app = useTestApp();
const bars = (page: Page) => page.getByRole("progressbar");

describe("st.progress, as Streamlit's st_progress_test expects", () => {
  it("renders each bar with its value for assistive technology, its label and the share filled", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const { page, problems } = await app.open("/conformance/progress", { colorScheme });
      expect(await bars(page).count()).toBe(3);
      expect(await bars(page).nth(0).getAttribute("aria-valuenow")).toBe("50");
      expect(await bars(page).nth(1).getAttribute("aria-valuenow")).toBe("30");
      // 0.5 is half, as in Streamlit
      expect(await bars(page).nth(2).getAttribute("aria-valuenow")).toBe("50");
      // the label names the bar; markdown in it is drawn
      expect(await page.getByRole("progressbar", { name: /This is very long and boring text/ }).count()).toBe(1);
      expect(await page.locator(".el-progress-text strong").textContent()).toBe("bold text");
      // the fill covers its share of the track, in a colour that stands out from the track
      const measured = await bars(page).nth(0).evaluate((track) => {
        const fill = track.firstElementChild as HTMLElement;
        return {
          share: fill.getBoundingClientRect().width / track.getBoundingClientRect().width,
          fill: getComputedStyle(fill).backgroundColor,
          track: getComputedStyle(track).backgroundColor,
        };
      });
      expect(measured.share).toBeCloseTo(0.5, 2);
      expect(measured.fill).not.toBe(measured.track);
      // a long label wraps inside the column instead of widening the page
      const box = (await page.locator(".el-progress-text").first().boundingBox())!;
      const column = (await page.locator(".el-content").boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(column.width);
      expect(box.height).toBeGreaterThan(30);
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });

  it("shows a bar's update while the page that moves it is still running", async () => {
    const { page } = await app.open("/conformance/progress");
    await page.getByRole("button", { name: "Start work" }).click();
    const working = page.getByRole("progressbar", { name: "Halfway" });
    await working.waitFor();
    expect(await working.getAttribute("aria-valuenow")).toBe("50");
    // the run has not finished: the page is still marked as running
    expect(await page.locator("#app.el-running").count()).toBe(1);
    await page.getByRole("progressbar", { name: "Done" }).waitFor();
    expect(await page.getByRole("progressbar", { name: "Done" }).getAttribute("aria-valuenow")).toBe("100");
    expect(await bars(page).count()).toBe(4);
    await see(page, "Done");
    await page.context().close();
  });
});
