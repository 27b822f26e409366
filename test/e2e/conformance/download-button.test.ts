/**
 * Streamlit's e2e_playwright/st_download_button_test.py, for what edgelit has: real
 * downloads (the browser's own, compared byte for byte), the disabled button, the value
 * (false: a click does not re-run the page — Streamlit's on_click="ignore", edgelit's
 * default), and a button with a callback. Not ported: screenshots, icons,
 * use_container_width, data from a file path (pass the bytes).
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { gradientBmp } from "../app/conformance/bmp";
import { see, useTestApp } from "../harness";

const app = useTestApp();
const open = () => app.open("/conformance/download-button");

async function download(page: import("playwright-core").Page, label: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label, exact: true }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

describe("st.downloadButton as Streamlit's tests expect it", () => {
  it("shows every button, the disabled one disabled, and no console error", async () => {
    const { page, problems } = await open();
    for (const label of ["Download button label", "Download RAR archive file", "Download image file", "Primary download button"]) {
      await page.getByRole("button", { name: label, exact: true }).waitFor();
    }
    expect(await page.getByRole("button", { name: "Disabled download" }).isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Primary download button" }).getAttribute("title")).toBe("Example help text");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("downloads text, bytes and an image byte for byte, under their file names", async () => {
    const { page } = await open();
    expect(await download(page, "Download button label")).toEqual({ name: "hello.txt", bytes: new TextEncoder().encode("Hello world!") });
    expect(await download(page, "Download RAR archive file")).toEqual({ name: "archive.rar", bytes: new TextEncoder().encode("bytes") });
    expect(await download(page, "Download image file")).toEqual({ name: "gradient.bmp", bytes: gradientBmp(64, 48) });
    expect(await download(page, "Primary download button")).toEqual({ name: "made.txt", bytes: new TextEncoder().encode("made when the page ran") });
    await page.context().close();
  });

  it("is operable from the keyboard: Space or Enter downloads", async () => {
    const { page } = await open();
    const button = page.getByRole("button", { name: "Download button label", exact: true });
    for (const key of ["Space", "Enter"]) {
      const [file] = await Promise.all([page.waitForEvent("download"), button.press(key)]);
      expect(file.suggestedFilename()).toBe("hello.txt");
    }
    await page.context().close();
  });

  it("does not re-run the page when clicked: its value stays false, the random data the same", async () => {
    const { page } = await open();
    const first = await download(page, "Download random text");
    await page.waitForTimeout(300);
    await see(page, "value: false");
    const second = await download(page, "Download random text");
    expect(second.bytes).toEqual(first.bytes);
    await page.context().close();
  });

  it("with a callback, a click re-runs the page: true for that run, and false after another widget changes", async () => {
    const { page } = await open();
    await see(page, "times clicked: 0");
    await download(page, "Download with callback");
    await see(page, "callback value: true");
    await see(page, "times clicked: 1");
    await page.getByText("Some other widget").click();
    await see(page, "callback value: false");
    await see(page, "times clicked: 1");
    await page.context().close();
  });
});
