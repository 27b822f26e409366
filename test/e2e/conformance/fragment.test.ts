/**
 * Ports Streamlit's e2e_playwright/st_fragment_basics_test.py,
 * st_fragment_multiple_fragments_test.py and st_fragment_run_every_test.py (apps →
 * test/e2e/app/conformance/fragment.ts): a widget in a fragment re-runs only the fragment
 * (its uuid changes, the page's doesn't), fragments run independently, a fragment's
 * exception goes when it re-runs, and a runEvery fragment updates on its own.
 *
 * Not ported: the chat input (edgelit has none); the slider case (skipped upstream too);
 * the "r" key's full rerun (edgelit has no rerun shortcut: a navigation to the same page
 * runs the whole page instead).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, useTestApp } from "../harness";

const app = useTestApp();

const inside = (page: Page) => page.getByText(/^inside fragment: /).textContent();
const outside = (page: Page) => page.getByText(/^outside: fragment /).textContent();

/** Does something to a widget of the fragment and checks that only the fragment ran. */
async function onlyTheFragmentRuns(page: Page, act: () => Promise<unknown>): Promise<void> {
  const [before, page0] = [await inside(page), await outside(page)];
  await act();
  await expect.poll(() => inside(page)).not.toBe(before);
  await idle(page);
  expect(await outside(page)).toBe(page0);
}

describe("st.fragment, as Streamlit's st_fragment_basics_test expects", () => {
  it("re-runs only the fragment for a button, a checkbox, a number input, a text area, a text input and a radio in it", async () => {
    const { page, problems } = await app.open("/conformance/fragment-basics");
    await onlyTheFragmentRuns(page, () => page.getByRole("button", { name: "a button" }).click());
    await onlyTheFragmentRuns(page, () => page.getByRole("checkbox", { name: "a checkbox" }).check());
    await onlyTheFragmentRuns(page, async () => {
      const number = page.getByRole("spinbutton", { name: "a number input" });
      await number.fill("10");
      await number.press("Enter");
    });
    await onlyTheFragmentRuns(page, async () => {
      const area = page.getByRole("textbox", { name: "a text area" });
      await area.fill("hello world");
      await area.press("Control+Enter");
    });
    await onlyTheFragmentRuns(page, async () => {
      const input = page.getByRole("textbox", { name: "a text input" });
      await input.fill("hello world");
      await input.press("Enter");
    });
    await onlyTheFragmentRuns(page, () => page.getByRole("radio", { name: "b" }).check());
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("runs both the page and the fragment on a full run", async () => {
    const { page } = await app.open("/conformance/fragment-basics");
    const [before, page0] = [await inside(page), await outside(page)];
    await page.reload();
    await idle(page);
    await expect.poll(() => outside(page)).not.toBe(page0);
    expect(await inside(page)).not.toBe(before);
    await page.context().close();
  });
});

describe("several fragments, as Streamlit's st_fragment_multiple_fragments_test expects", () => {
  const uuid = (page: Page, n: number) => page.getByText(new RegExp(`^uuid in fragment ${n}: `)).textContent();

  it("runs fragments independently", async () => {
    const { page } = await app.open("/conformance/fragment-multiple");
    const [one, two] = [await uuid(page, 1), await uuid(page, 2)];
    await page.getByRole("button", { name: "rerun this fragment" }).first().click();
    await expect.poll(() => uuid(page, 1)).not.toBe(one);
    await idle(page);
    expect(await uuid(page, 2)).toBe(two);
    const oneAgain = await uuid(page, 1);
    await page.getByRole("button", { name: "rerun this fragment" }).last().click();
    await expect.poll(() => uuid(page, 2)).not.toBe(two);
    await idle(page);
    expect(await uuid(page, 1)).toBe(oneAgain);
    await page.context().close();
  });

  it("removes a fragment's exception when the fragment re-runs without it, keeping the other fragments", async () => {
    const { page } = await app.open("/conformance/fragment-multiple");
    const [one, two] = [await uuid(page, 1), await uuid(page, 2)];
    await page.getByRole("checkbox", { name: "Raise Exception", exact: true }).check();
    await page.getByText("This is an exception raised in a fragment").waitFor();
    expect(await uuid(page, 1)).toBe(one);
    expect(await uuid(page, 2)).toBe(two);
    await page.getByRole("checkbox", { name: "Raise Exception", exact: true }).uncheck();
    await expect.poll(() => page.getByText("This is an exception raised in a fragment").count()).toBe(0);
    await page.context().close();
  });

  it("stops the page at a fragment's exception during a full run: the fragments after it don't run", async () => {
    const { page } = await app.open("/conformance/fragment-multiple");
    await page.getByRole("checkbox", { name: "Raise Exception in Fragment" }).check();
    await page.getByText("This is an exception raised in a fragment").waitFor();
    await idle(page);
    await expect.poll(() => page.getByText(/^uuid in fragment \d: /).count()).toBe(1);
    await page.context().close();
  });
});

describe("runEvery, as Streamlit's st_fragment_run_every_test expects", () => {
  it("updates the fragment on its own, again and again", async () => {
    const { page } = await app.open("/conformance/fragment-run-every");
    const text = () => page.getByText(/^uuid in fragment: /).textContent();
    let last = await text();
    for (let i = 0; i < 3; i++) {
      await expect.poll(text, { timeout: 5000 }).not.toBe(last);
      last = await text();
    }
    await page.context().close();
  });
});
