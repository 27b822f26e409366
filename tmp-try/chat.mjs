import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox","--disable-gpu"] });
const page = await (await b.newContext({ viewport: { width: 1280, height: 1000 } })).newPage();
await page.goto("http://127.0.0.1:8787/operations");
await page.getByText("Live orders").waitFor();
await page.getByRole("button", { name: "Run forecast" }).click();
await page.getByText("Forecast complete").waitFor();
console.log("statuses", await page.getByText("Forecast complete").count());
await page.getByPlaceholder("Ask about the period").fill("Q1?");
await page.getByPlaceholder("Ask about the period").press("Enter");
await page.getByText(/the best day was/).waitFor();
for (const t of [0, 500, 1000, 3000]) {
  await page.waitForTimeout(t);
  console.log(t, await page.locator(".el-chat-message").count(), JSON.stringify(await page.locator(".el-chat-message").allInnerTexts()), await page.getByText("Forecast complete").count());
}
await page.screenshot({ path: "/tmp/ops-chat.png" });
await b.close();
