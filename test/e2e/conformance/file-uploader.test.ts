/**
 * Streamlit's e2e_playwright/st_file_uploader_test.py, for what edgelit has: real uploads
 * (page.setInputFiles, and a drop on the drop zone), the names listed, × to remove, the
 * wrong type refused with a message in the widget, the form, the callback, a file surviving
 * a refresh, and a big file's progress. Not ported: screenshots, label_visibility, fragments,
 * Streamlit's client-side-only type message (edgelit's comes from the server's check).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { see, useTestApp } from "../harness";

const app = useTestApp();
const open = () => app.open("/conformance/file-uploader");
/** The file input of the uploader with this label (its drop zone is named by the label). */
const input = (page: Page, label: string) => page.getByRole("group", { name: label, exact: true }).locator("input[type=file]");
const txt = (name: string, text: string) => ({ name, mimeType: "text/plain", buffer: Buffer.from(text) });
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");

describe("st.fileUploader as Streamlit's tests expect it", () => {
  it("shows every uploader with its drop zone, the disabled one disabled, and no console error", async () => {
    const { page, problems } = await open();
    expect(await page.getByTestId("stFileUploader").count()).toBe(7);
    await see(page, "Drag and drop file here");
    await see(page, "Drag and drop files here");
    await see(page, "Limit 50MB per file • TXT");
    await see(page, "Limit 30MB per file");
    const browse = page.getByTestId("stFileUploader").nth(1).getByRole("button", { name: "Browse files" });
    expect(await browse.isDisabled()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("uploads a single file, replaces it with the next, and deletes it with ×", async () => {
    const { page, problems } = await open();
    await input(page, "Drop a file:").setInputFiles(txt("file1.txt", "file1content"));
    await see(page, "file1content");
    expect(await page.getByTestId("stFileUploaderFileName").allInnerTexts()).toEqual(["file1.txt"]);
    await input(page, "Drop a file:").setInputFiles(txt("file2.txt", "file2content"));
    await see(page, "file2content");
    expect(await page.getByTestId("stFileUploaderFileName").allInnerTexts()).toEqual(["file2.txt"]);
    await page.getByRole("button", { name: "Remove file2.txt" }).click();
    await page.getByTestId("stFileUploaderFileName").first().waitFor({ state: "detached" });
    await expect.poll(() => page.getByText("No upload", { exact: true }).count()).toBe(3);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("the Browse files button opens the file chooser, from the keyboard too", async () => {
    const { page } = await open();
    await page.getByRole("group", { name: "Drop a file:", exact: true }).waitFor(); // the label names the drop zone
    const browse = page.getByTestId("stFileUploader").first().getByRole("button", { name: "Browse files" });
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), browse.press("Enter")]);
    await chooser.setFiles(txt("typed.txt", "chosen by keyboard"));
    await see(page, "chosen by keyboard");
    await page.context().close();
  });

  it("refuses a file of another type, and a PNG renamed to .txt, with the reason in the widget", async () => {
    const { page } = await open();
    const uploader = page.getByTestId("stFileUploader").first();
    await input(page, "Drop a file:").setInputFiles({ name: "data.json", mimeType: "application/json", buffer: Buffer.from("{}") });
    await expect.poll(() => uploader.getByTestId("stFileUploaderFileErrorMessage").textContent()).toBe("data.json: .json is not an allowed type (.txt).");
    await input(page, "Drop a file:").setInputFiles({ name: "picture.txt", mimeType: "text/plain", buffer: PNG });
    await expect.poll(() => uploader.getByTestId("stFileUploaderFileErrorMessage").textContent()).toBe("picture.txt: its content is not .txt text (it is png).");
    expect(await page.getByText("No upload", { exact: true }).count()).toBe(3);
    await page.context().close();
  });

  it("uploads several files, lists them, and deletes one", async () => {
    const { page } = await open();
    await input(page, "Drop multiple files:").setInputFiles([txt("file1.txt", "file1content"), txt("file2.txt", "file2content")]);
    await see(page, "file1content\nfile2content");
    const names = page.getByTestId("stFileUploader").nth(2).getByTestId("stFileUploaderFileName");
    expect(await names.allInnerTexts()).toEqual(["file1.txt", "file2.txt"]);
    await input(page, "Drop multiple files:").setInputFiles([txt("file3.txt", "file3content")]);
    await see(page, "file1content\nfile2content\nfile3content");
    await page.getByRole("button", { name: "Remove file1.txt" }).click();
    await see(page, "file2content\nfile3content");
    await page.context().close();
  });

  it("takes a file dropped on the drop zone", async () => {
    const { page } = await open();
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["dropped content"], "dropped.txt", { type: "text/plain" }));
      return dt;
    });
    const zone = page.getByTestId("stFileUploaderDropzone").first();
    await zone.dispatchEvent("dragover", { dataTransfer });
    await zone.dispatchEvent("drop", { dataTransfer });
    await see(page, "dropped content");
    await page.context().close();
  });

  it("inside a form, the page gets the file when the form is submitted", async () => {
    const { page } = await open();
    await input(page, "Inside form:").setInputFiles(txt("form.txt", "in the form"));
    await page.getByTestId("stFileUploader").nth(3).getByTestId("stFileUploaderFileName").waitFor();
    await page.waitForTimeout(300);
    await see(page, "form: No upload");
    await page.getByRole("button", { name: "Submit" }).click();
    await see(page, "form: in the form");
    await page.context().close();
  });

  it("calls its callback once per change, not when nothing changed", async () => {
    const { page } = await open();
    await see(page, "counter: 0");
    await input(page, "Counted:").setInputFiles(txt("c.txt", "c"));
    await see(page, "counter: 1");
    await input(page, "Drop a file:").setInputFiles(txt("other.txt", "other"));
    await see(page, "other");
    await see(page, "counter: 1");
    await page.getByRole("button", { name: "Remove c.txt" }).click();
    await see(page, "counter: 2");
    await page.context().close();
  });

  it("shows its file again after a refresh", async () => {
    const { page } = await open();
    await input(page, "Drop a file:").setInputFiles(txt("kept.txt", "still here"));
    await see(page, "still here");
    await page.reload();
    await see(page, "still here");
    expect(await page.getByTestId("stFileUploaderFileName").allInnerTexts()).toEqual(["kept.txt"]);
    await page.context().close();
  });

  it("shows a big file's upload progress, then the file", async () => {
    const { page } = await open();
    const big = Buffer.alloc(25 * 1024 * 1024, 7);
    const progress = page.getByTestId("stFileUploaderUpload").locator("progress");
    await input(page, "Big file:").setInputFiles({ name: "big.bin", mimeType: "application/octet-stream", buffer: big });
    await progress.waitFor({ timeout: 10_000 });
    await see(page, `big: big.bin ${big.length}`, 60_000);
    expect(await progress.count()).toBe(0);
    await page.context().close();
  });

  it("shows an uploaded picture with st.image", async () => {
    const { page } = await open();
    await input(page, "Picture:").setInputFiles({ name: "dot.png", mimeType: "image/png", buffer: PNG });
    await see(page, "uploaded dot.png");
    const img = page.getByTestId("stImage").locator("img");
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1);
    await page.context().close();
  });
});
