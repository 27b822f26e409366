/**
 * Ports Streamlit's e2e_playwright/st_dialog_test.py and st_popover_test.py (apps:
 * st_dialog.py, st_popover.py → test/e2e/app/conformance/overlays.ts), plus what a person
 * using the keyboard needs: focus moves into the dialog and back to its opener, stays
 * inside while it is open, and a dialog left open is open again after a refresh.
 *
 * Not ported: the screenshots (sizes are measured instead); the dialogs with images, charts,
 * dataframes' fullscreen, copy buttons, heading actions and the deprecated
 * experimental_dialog; on_dismiss; the fragment-id check (edgelit doesn't expose fragment
 * ids); the popovers with icons, types, widths and the dynamic (lazy) popovers; tooltips
 * (edgelit's help is the native title); check_top_level_class.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, useTestApp } from "../harness";

const app = useTestApp();

const dialog = (page: Page) => page.getByRole("dialog");
const open = async (page: Page, button: string) => {
  await page.getByRole("button", { name: button }).click();
  await dialog(page).waitFor();
  await idle(page);
};

describe("st.dialog, as Streamlit's st_dialog_test expects", () => {
  it("shows the dialog with its title and body as a modal", async () => {
    const { page, problems } = await app.open("/conformance/dialog");
    await open(page, "Open Dialog without Images");
    expect(await dialog(page).count()).toBe(1);
    expect(await page.getByRole("dialog", { name: "Simple Dialog" }).getByText("Hello again!").isVisible()).toBe(true);
    // a modal: the rest of the page is inert while it is open
    expect(await dialog(page).evaluate((d) => d.matches(":modal"))).toBe(true);
    // a press outside its box lands on its backdrop, not on the page
    expect(await page.evaluate(() => document.elementFromPoint(5, 5)?.tagName)).toBe("DIALOG");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("closes after its action button is clicked", async () => {
    const { page } = await app.open("/conformance/dialog");
    for (let i = 0; i < 3; i++) {
      await open(page, "Open Dialog without Images");
      await dialog(page).getByRole("button", { name: "Submit" }).click();
      await expect.poll(() => dialog(page).count()).toBe(0);
      await idle(page);
    }
    await page.context().close();
  });

  it("is dismissed by Escape, and reopens after it", async () => {
    const { page } = await app.open("/conformance/dialog");
    for (let i = 0; i < 5; i++) {
      await open(page, "Open Dialog without Images");
      await page.keyboard.press("Escape");
      await expect.poll(() => dialog(page).count()).toBe(0);
      await idle(page);
    }
    await page.context().close();
  });

  it("is dismissed by its close button and by a click on the backdrop", async () => {
    const { page } = await app.open("/conformance/dialog", { viewport: { width: 1280, height: 800 } });
    await open(page, "Open Dialog without Images");
    await dialog(page).getByRole("button", { name: "Close" }).click();
    await expect.poll(() => dialog(page).count()).toBe(0);
    await idle(page);
    await open(page, "Open Dialog without Images");
    await page.mouse.click(10, 10);
    await expect.poll(() => dialog(page).count()).toBe(0);
    await page.context().close();
  });

  it("stays dismissed when a different fragment is used", async () => {
    const { page } = await app.open("/conformance/dialog");
    await open(page, "Open Dialog without Images");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog(page).count()).toBe(0);
    await idle(page);
    await page.getByRole("button", { name: "Fragment Button" }).click();
    await page.getByText("Fragment Button clicked").waitFor();
    expect(await dialog(page).count()).toBe(0);
    await open(page, "Open Dialog without Images");
    expect(await dialog(page).count()).toBe(1);
    await page.context().close();
  });

  it("is 500 px wide, or 750 px when large, and fits a narrow window", async () => {
    const { page } = await app.open("/conformance/dialog", { viewport: { width: 1280, height: 800 } });
    await open(page, "Open Dialog without Images");
    expect((await dialog(page).boundingBox())!.width).toBe(500);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog(page).count()).toBe(0);
    await idle(page);
    await open(page, "Open large-width Dialog");
    expect((await dialog(page).boundingBox())!.width).toBe(750);
    await page.setViewportSize({ width: 400, height: 700 });
    await expect.poll(async () => (await dialog(page).boundingBox())!.width).toBeLessThanOrEqual(400 - 32);
    await page.context().close();
  });

  it("opens from the sidebar", async () => {
    const { page } = await app.open("/conformance/dialog", { viewport: { width: 1280, height: 800 } });
    await open(page, "Open Sidebar-Dialog");
    expect(await page.getByRole("dialog", { name: "Simple Dialog in Sidebar" }).getByText("Hello sidebar dialog!").isVisible()).toBe(true);
    await page.context().close();
  });

  it("may not be nested inside another dialog", async () => {
    const { page } = await app.open("/conformance/dialog");
    await open(page, "Open Nested Dialogs");
    await dialog(page).getByText("Dialogs may not be nested inside other dialogs.").waitFor();
    await page.context().close();
  });

  it("can't be dismissed when not dismissible: no close button, Escape and the backdrop do nothing", async () => {
    const { page } = await app.open("/conformance/dialog", { viewport: { width: 1280, height: 800 } });
    await open(page, "Open Non-dismissible Dialog");
    const strict = page.getByRole("dialog", { name: "Non-dismissible Dialog" });
    expect(await strict.getByRole("button", { name: "Close", exact: true }).count()).toBe(0);
    await page.keyboard.press("Escape");
    await page.mouse.click(10, 10);
    await idle(page);
    expect(await strict.isVisible()).toBe(true);
    await strict.getByRole("button", { name: "Close Dialog" }).click();
    await expect.poll(() => dialog(page).count()).toBe(0);
    await page.context().close();
  });

  it("moves focus into the dialog, keeps it there, and gives it back to the opener", async () => {
    const { page } = await app.open("/conformance/dialog");
    await open(page, "Open Dialog without Images");
    const focusedIn = () => page.evaluate(() => Boolean(document.activeElement?.closest("dialog")));
    await expect.poll(focusedIn).toBe(true);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      // Tab may reach the browser's own UI past the last control; it never reaches the page behind
      expect(await page.evaluate(() => document.activeElement === document.body || Boolean(document.activeElement?.closest("dialog")))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog(page).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Open Dialog without Images");
    await page.context().close();
  });

  it("is open again after a refresh of the tab, with what was typed in it", async () => {
    const { page } = await app.open("/conformance/dialog");
    await open(page, "Open Dialog without Images");
    const input = dialog(page).getByRole("textbox", { name: "Enter something!" });
    await input.fill("still here");
    await input.press("Enter");
    await idle(page);
    await page.reload();
    await idle(page);
    await dialog(page).waitFor();
    expect(await dialog(page).getByRole("textbox", { name: "Enter something!" }).inputValue()).toBe("still here");
    await page.context().close();
  });
});

const popoverButton = (page: Page, label: string) => page.getByRole("button", { name: label });
/** Opened, and the popover's code (a chunk of its own) is here. */
const openPopovers = async (path: string, viewport = { width: 1280, height: 800 }) => {
  const opened = await app.open(path, { viewport });
  await opened.page.locator("[aria-haspopup=dialog]").first().waitFor();
  return opened;
};
const panel = (page: Page, label: string) => page.getByRole("dialog", { name: label });

describe("st.popover, as Streamlit's st_popover_test expects", () => {
  it("draws a button for every popover, the disabled one disabled, the wide one as wide as its container", async () => {
    const { page, problems } = await openPopovers("/conformance/popover");
    await popoverButton(page, "popover 1 (empty)").waitFor();
    expect(await page.getByTestId("stPopover").count()).toBe(6);
    expect(await popoverButton(page, "popover 6 (disabled)").isDisabled()).toBe(true);
    const wide = (await popoverButton(page, "popover 2 (use_container_width)").boundingBox())!;
    const main = (await page.locator(".el-content").boundingBox())!;
    expect(wide.width).toBeGreaterThan(main.width - 2 * 16 - 2);
    expect(await popoverButton(page, "popover 4 (with dataframe)").getAttribute("title")).toBe("help text");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("opens its panel, closes on a click outside, and opens again with its widgets", async () => {
    const { page } = await openPopovers("/conformance/popover");
    await popoverButton(page, "popover 3 (with widgets)").click();
    const body = panel(page, "popover 3 (with widgets)");
    await body.getByText("Hello World 👋").waitFor();
    await page.mouse.click(1, 1);
    await expect.poll(() => body.isVisible()).toBe(false);
    await popoverButton(page, "popover 3 (with widgets)").click();
    await body.getByText("Hello World 👋").waitFor();
    expect(await body.getByRole("textbox").count()).toBe(4);
    await page.context().close();
  });

  it("applies changes made in its panel to the page", async () => {
    const { page } = await openPopovers("/conformance/popover");
    await popoverButton(page, "popover 3 (with widgets)").click();
    const body = panel(page, "popover 3 (with widgets)");
    const input = body.getByRole("textbox", { name: "Text input" });
    await input.fill("Input text in popover");
    await input.press("Enter");
    await idle(page);
    // it is still open after the rerun
    expect(await body.isVisible()).toBe(true);
    await page.mouse.click(1, 1);
    await expect.poll(() => body.isVisible()).toBe(false);
    await page.getByText("Output").click();
    await page.locator("details").getByText("Input text in popover").waitFor();
    await page.context().close();
  });

  it("moves focus into the panel, and Escape closes it, giving focus back to its button", async () => {
    const { page } = await openPopovers("/conformance/popover");
    const button = popoverButton(page, "popover 3 (with widgets)");
    await button.focus();
    await page.keyboard.press("Enter");
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest("[role=dialog]")))).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => panel(page, "popover 3 (with widgets)").isVisible()).toBe(false);
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("popover 3 (with widgets)");
    await page.context().close();
  });

  it("opens in the sidebar", async () => {
    const { page } = await openPopovers("/conformance/popover");
    await popoverButton(page, "popover 5 (in sidebar)").click();
    await panel(page, "popover 5 (in sidebar)").getByText("Popover in sidebar with dataframe").waitFor();
    await page.context().close();
  });
});
