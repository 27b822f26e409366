/**
 * The person's input wins on a real network: the app directly, and through a proxy that
 * delays every packet 40 ms and 150 ms each way. Key-repeat on a slider, fast typing then
 * Enter, rapid checkbox clicks, arrow-stepping a number input — each ends exactly where the
 * person left it, with the page's output matching; and a connection cut in the middle of a
 * burst ends with the browser and the page agreeing.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";
import { launchBrowser } from "./browser";
import { type DelayProxy, startDelayProxy } from "./delay-proxy.mjs";

let server: DevServer;
let browser: Browser;
const proxies: DelayProxy[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startDevServer({ config: "test/e2e/wrangler.toml" }), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all(proxies.map((p) => p.stop()));
  await browser?.close();
  await server?.stop();
});

async function open(delayMs: number): Promise<{ page: Page; proxy: DelayProxy | null }> {
  let base = server.url;
  let proxy: DelayProxy | null = null;
  if (delayMs > 0) {
    proxy = await startDelayProxy({ target: server.port, delayMs });
    proxies.push(proxy);
    base = proxy.url;
  }
  const page = await browser.newPage();
  await page.goto(`${base}/inputs`);
  await page.locator("#app:not(.el-connecting):not(.el-running)").waitFor();
  return { page, proxy };
}

const text = (page: Page, line: string) => page.getByText(line, { exact: true }).waitFor({ timeout: 15_000 });

describe.each([0, 40, 150])("input under %i ms of latency each way", (delayMs) => {
  it("key-repeat on a slider: twenty presses, twenty steps", async () => {
    const { page } = await open(delayMs);
    const slider = page.getByRole("slider", { name: "Level" });
    await slider.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowLeft", { delay: 5 }); // ~30 presses/s
    await text(page, "level=30");
    expect(await slider.inputValue()).toBe("30");
    await page.close();
  });

  it("fast typing, Enter, and typing on while the run answers", async () => {
    const { page } = await open(delayMs);
    const box = page.getByRole("textbox", { name: "Name" });
    await box.pressSequentially("hello", { delay: 10 });
    await box.press("Enter");
    await box.pressSequentially(" world", { delay: 10 }); // while "hello" is on the wire
    await text(page, "name=hello");
    expect(await box.inputValue()).toBe("hello world"); // the answer to "hello" took nothing away
    await box.press("Enter");
    await text(page, "name=hello world");
    expect(await box.inputValue()).toBe("hello world");
    await page.close();
  });

  it("rapid checkbox clicks: seven clicks, checked", async () => {
    const { page } = await open(delayMs);
    const box = page.getByRole("checkbox", { name: "Agree" });
    for (let i = 0; i < 7; i++) await box.click({ delay: 0 });
    await text(page, "agree=true");
    expect(await box.isChecked()).toBe(true);
    await page.close();
  });

  it("arrow-stepping a number input: each step is a value", async () => {
    const { page } = await open(delayMs);
    const input = page.getByRole("spinbutton", { name: "Count" });
    await input.focus();
    for (let i = 0; i < 15; i++) await page.keyboard.press("ArrowUp", { delay: 5 });
    await text(page, "count=25");
    expect(await input.inputValue()).toBe("25");
    await page.close();
  });
});

describe("a connection cut in the middle of a burst", () => {
  it("ends with the browser and the page agreeing, the lost presses sent again", async () => {
    const { page, proxy } = await open(40);
    const slider = page.getByRole("slider", { name: "Level" });
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight", { delay: 5 });
    proxy!.cut(); // the presses in flight are lost with the socket
    await page.locator("#app:not(.el-disconnected):not(.el-connecting):not(.el-running)").waitFor({ timeout: 15_000 });
    await text(page, "level=55");
    expect(await slider.inputValue()).toBe("55");
    await slider.focus(); // widgets are disabled while offline, which took the focus away
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight", { delay: 5 });
    await text(page, "level=60");
    expect(await slider.inputValue()).toBe("60");
    await page.close();
  });
});
