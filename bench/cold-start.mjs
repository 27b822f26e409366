/**
 * `npm run bench:load`'s optional last part, also alone (`node bench/cold-start.mjs`): a new
 * tab's cold start of the temperature page in headless Chromium — a new browser context each
 * time (no cache, no session) — from navigation to the page's last element visible (the
 * alert under the metric), with the WebSocket frames received and the animation frames
 * painted until then. Prints, asserts nothing.
 */
import { findOrInstallChromium, NO_CHROMIUM } from "../scripts/ensure-chromium.mjs";
import { chromium } from "playwright-core";
import { startDevServer } from "../scripts/dev-server.mjs";

const OPENS = Number(process.env.COLD_OPENS ?? 5);
const LAST = ".el-alert-box";

/** In the page, before anything loads: count rAF frames and note when the last element shows. */
const WATCH = `
  (() => {
    window.__frames = 0;
    const look = () => {
      window.__frames++;
      const el = document.querySelector(${JSON.stringify(LAST)});
      if (el && el.getBoundingClientRect().height > 0) window.__visible = performance.now();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  })();
`;

/** The browser tests' Chromium; a bench run goes on without this phase when there is none. */
function chromiumPath() {
  const found = findOrInstallChromium();
  if (!found) throw new Error(`no Chromium for the cold start.\n${NO_CHROMIUM}`);
  return found;
}

export async function coldStart(url) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const opens = [];
  try {
    for (let i = 0; i < OPENS; i++) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(WATCH);
      let frames = 0;
      page.on("websocket", (ws) => ws.on("framereceived", () => frames++));
      await page.goto(`${url}/`);
      await page.waitForFunction(() => window.__visible !== undefined);
      const [visible, painted, dom] = await page.evaluate(() => [window.__visible, window.__frames, performance.getEntriesByType("navigation")[0]?.domContentLoadedEventEnd ?? 0]);
      opens.push({ visible, painted, dom, frames });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = opens.map((o) => o.visible).sort((a, b) => a - b);
  console.log(`Cold start in headless Chromium (a new context each time, ${OPENS} opens of "/"; the first warms the isolate)`);
  console.log(`  navigation → last element visible   median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms   min ${sorted[0].toFixed(0)} ms   max ${sorted.at(-1).toFixed(0)} ms`);
  console.log(`  each: ${opens.map((o) => `${o.visible.toFixed(0)} ms (DOM ready ${o.dom.toFixed(0)}, ${o.frames} socket frames, ${o.painted} animation frames)`).join(", ")}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startDevServer({ config: "bench/wrangler.toml" });
  try {
    await coldStart(server.url);
  } finally {
    await server.stop();
  }
}
