/**
 * Streamlit's e2e_playwright/st_image_test.py, for what edgelit has: images from bytes
 * (served by the session) and from a URL, with caption and width. Not ported: screenshots,
 * lists of images, channels, clamping, SVG and the `use_column_width` variants.
 */
import { describe, expect, it } from "vitest";
import { gradientBmp } from "../app/conformance/bmp";
import { see, useTestApp } from "../harness";

const app = useTestApp();

describe("st.image as Streamlit's tests expect it", () => {
  it("shows images from bytes and from a URL, with captions and the width asked for", async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    // the "remote" host, answered here (the test machine has no network)
    await page.route("https://example.com/**", (route) => route.fulfill({ contentType: "image/bmp", body: Buffer.from(gradientBmp(30, 30)) }));
    await page.goto(`${app.server.url}/conformance/image`);
    await see(page, "Black Square");
    await see(page, "Narrow");
    await see(page, "From a URL");
    const images = page.getByTestId("stImage").locator("img");
    expect(await images.count()).toBe(3);
    const sizes = () => images.evaluateAll((all) => all.map((i) => [(i as HTMLImageElement).naturalWidth, Math.round(i.getBoundingClientRect().width)]));
    await expect.poll(sizes).toEqual([[100, 100], [100, 50], [30, 30]]);
    expect(await images.nth(2).getAttribute("src")).toBe("https://example.com/cat.bmp");
    const media = await images.first().getAttribute("src");
    const res = await page.request.get(`${app.server.url}${media}`);
    expect([res.headers()["content-type"], res.headers()["x-content-type-options"]]).toEqual(["image/bmp", "nosniff"]);
    expect(new Uint8Array(await res.body())).toEqual(gradientBmp(100, 60));
    await context.close();
  });
});
