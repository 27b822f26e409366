/**
 * `npm run bench:data`: a 100,000 × 10 dataframe in headless Chromium against `wrangler dev`.
 * Prints figures, asserts nothing (the machine is shared and noisy):
 *  - time from navigation to the first rows visible (the browser's own clock);
 *  - bytes on the WebSocket: to open, to scroll through every row to the end, to jump to
 *    the end (End key), to sort by a header;
 *  - the table's DOM node count, at the top and at the end;
 *  - the longest stretch (requestAnimationFrame sampling) during which rows in view were
 *    placeholders, while scrolling through every row and while jumping to the end.
 */
import os from "node:os";
import { chromium } from "playwright-core";
import { startDevServer } from "../scripts/dev-server.mjs";

const PATH = "/_bench/dataframe";
const ROWS_VISIBLE = '[role="grid"] [role="row"][aria-rowindex="2"]:not(.el-df-pending)';
const OPENS = Number(process.env.BENCH_OPENS ?? 5);

/** In the page, before anything loads: note when the first data row is on screen. */
const FIRST_ROWS = `
  (() => {
    // when the first run's frame arrives, to split the time into server and browser
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(...args) {
        super(...args);
        this.addEventListener("message", (e) => {
          if (window.__done === undefined && typeof e.data === "string" && e.data.startsWith('{"t":"done"')) window.__done = performance.now();
        });
      }
    };
    const look = () => {
      if (document.querySelector(${JSON.stringify(ROWS_VISIBLE)})) window.__firstRows = performance.now();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  })();
`;

/**
 * In the page: move the grid with `move(el)` every frame until `done(el)`, sampling each
 * frame for placeholder rows in view; resolves with the longest such stretch (ms) and the frames.
 */
function sampleWhile([moveSrc, doneSrc]) {
  const move = new Function("el", moveSrc);
  const done = new Function("el", doneSrc);
  const el = document.querySelector('[role="grid"]');
  return new Promise((resolve) => {
    let blankSince = null;
    let longest = 0;
    let frames = 0;
    let last = null;
    let gap = 0;
    let settle = 0;
    const inView = () => {
      const top = el.scrollTop;
      const bottom = top + el.clientHeight;
      return [...el.querySelectorAll('[role="row"]:not(.el-df-head)')].filter((r) => r.offsetTop + 35 > top + 35 && r.offsetTop < bottom);
    };
    const tick = (now) => {
      frames++;
      if (last !== null) gap = Math.max(gap, now - last);
      last = now;
      const pending = inView().some((r) => r.classList.contains("el-df-pending"));
      if (pending && blankSince === null) blankSince = now;
      if (!pending && blankSince !== null) {
        longest = Math.max(longest, now - blankSince);
        blankSince = null;
      }
      if (done(el)) {
        if (!pending && ++settle > 2) return resolve({ longest, frames, gap, stillBlank: false });
        if (frames > 20000) return resolve({ longest, frames, gap, stillBlank: true });
      } else move(el);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function main() {
  const cpus = os.cpus();
  console.log(`edgelit dataframe bench — ${new Date().toISOString()}`);
  console.log(`node ${process.version} · ${cpus[0]?.model ?? "cpu"} × ${cpus.length} · headless Chromium · 100,000 rows × 10 columns\n`);
  const server = await startDevServer({ config: "bench/wrangler.toml" });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  try {
    const opens = [];
    let page;
    let wire;
    for (let i = 0; i < OPENS; i++) {
      if (page) await page.context().close();
      const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
      page = await context.newPage();
      await page.addInitScript(FIRST_ROWS);
      wire = { received: 0, sent: 0 };
      page.on("websocket", (ws) => {
        ws.on("framereceived", (f) => (wire.received += Buffer.byteLength(f.payload)));
        ws.on("framesent", (f) => (wire.sent += Buffer.byteLength(f.payload)));
      });
      await page.goto(`${server.url}${PATH}`);
      await page.waitForSelector(ROWS_VISIBLE);
      await page.locator("#app:not(.el-running)").waitFor();
      const [rowsAt, doneAt, nav] = await page.evaluate(() => [
        window.__firstRows,
        window.__done,
        performance.getEntriesByType("navigation")[0]?.domContentLoadedEventEnd ?? 0,
      ]);
      opens.push({ ms: rowsAt, done: doneAt, dom: nav, bytes: wire.received });
    }
    const sorted = opens.map((o) => o.ms).sort((a, b) => a - b);
    console.log(`navigation → first rows visible   median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms   min ${sorted[0].toFixed(0)} ms   max ${sorted.at(-1).toFixed(0)} ms   (${OPENS} opens; the first warms the isolate)`);
    console.log(`  each: ${opens.map((o) => `${o.ms.toFixed(0)} ms (page loaded ${o.dom.toFixed(0)}, first run's frame ${o.done.toFixed(0)})`).join(", ")}`);
    console.log(`bytes received on the socket to open   ${opens.at(-1).bytes} B (hello + first run, with the first ${100} rows)`);
    const nodes = () => page.evaluate(() => document.querySelector('[role="grid"]').querySelectorAll("*").length);
    console.log(`DOM nodes in the table at the top      ${await nodes()}`);

    // a jump to the end, as End does
    let before = { ...wire };
    await page.locator('[role="grid"]').focus();
    const jump = page.evaluate(sampleWhile, ["", "return true"]);
    await page.keyboard.press("End");
    const jumped = await jump;
    await page.getByText("row 99999", { exact: true }).waitFor();
    console.log(`jump to the end (End key)              ${wire.received - before.received} B received, ${wire.sent - before.sent} B sent; longest placeholder stretch ${jumped.longest.toFixed(0)} ms`);
    console.log(`DOM nodes in the table at the end      ${await nodes()}`);

    // back to the top, then through every row to the end, 60 rows a frame
    await page.keyboard.press("Home");
    await page.waitForTimeout(300);
    before = { ...wire };
    const t0 = Date.now();
    const through = await page.evaluate(sampleWhile, ["el.scrollTop += 35 * 60", "return el.scrollTop + el.clientHeight >= el.scrollHeight - 1"]);
    console.log(
      `scroll through every row to the end    ${((wire.received - before.received) / 1e6).toFixed(2)} MB received in ${((Date.now() - t0) / 1000).toFixed(1)} s, ${through.frames} frames; ` +
        `longest placeholder stretch ${through.longest.toFixed(0)} ms${through.stillBlank ? " (still blank at the end!)" : ""} (longest gap between frames ${through.gap.toFixed(0)} ms)`,
    );

    // sort by a header: the first window of the sorted rows comes back
    await page.keyboard.press("Home");
    await page.waitForTimeout(300);
    before = { ...wire };
    const ts = Date.now();
    await page.getByRole("columnheader", { name: "value" }).getByRole("button").click();
    await page.getByRole("columnheader", { name: "value" }).getByRole("button").click();
    await page.locator('[role="row"][aria-rowindex="2"]:not(.el-df-pending)').filter({ hasText: "100,002" }).waitFor();
    console.log(`sort by a header (two clicks: asc, desc) ${wire.received - before.received} B received, ${wire.sent - before.sent} B sent; largest first after ${Date.now() - ts} ms`);
    await page.context().close();
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
