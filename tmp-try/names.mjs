import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox","--disable-gpu"] });
const page = await (await b.newContext()).newPage();
await page.goto("http://127.0.0.1:8787/operations?view=Customers&days=30");
await page.getByText("Live orders").waitFor(); await page.waitForTimeout(2000);
console.log(await page.locator(".el-vega-lite").innerHTML().catch(e=>String(e))); console.log(await page.locator('[role="img"]').evaluateAll((els) => els.map((e) => e.getAttribute("aria-label"))));
await b.close();
