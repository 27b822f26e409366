/**
 * Streamlit's run-on-save: with the dev server running, saving a page re-runs it in the open
 * tab with the new code, keeping widget values — and a page that throws, or does not compile,
 * shows its error in the page, and the next good save recovers without a reload. Runs in a copy of the project, as a person's
 * own checkout, so the test never edits this one.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";
import { launchBrowser } from "./browser";

const ROOT = resolve(import.meta.dirname, "../..");
let dir: string;
let server: DevServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "edgelit-edit-"));
  for (const item of ["app", "exports", "platform", "durable", "worker", "client", "protocol", "drizzle", "scripts", "wrangler.toml", "package.json", "tsconfig.json"]) {
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  // as `npm run dev` runs it (scripts/dev.mjs): wrangler, the compile check, the embedded Postgres
  [server, browser] = await Promise.all([startDevServer({ cwd: dir, withDatabase: true }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the edit loop (npm run dev)", () => {
  it("re-runs the open page with the saved code, keeping the slider; shows a thrown error; recovers on the next save", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const slider = page.getByRole("slider", { name: "Set temperature (°C)" });
    await slider.fill("40");
    await page.getByText("104.0 °F").waitFor();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1)); // a reload would lose it

    const file = join(dir, "app/pages/rerun-model.ts");
    const original = readFileSync(file, "utf8");
    const saved = Date.now();
    writeFileSync(file, original.replace('"Temperature in Fahrenheit"', '"Temperature in °F (edited)"'));
    await page.getByText("Temperature in °F (edited)").waitFor({ timeout: 20_000 });
    console.log(`edit loop: the saved change was on screen ${Date.now() - saved} ms after saving`);
    expect(await slider.inputValue()).toBe("40");
    expect(await page.getByText("104.0 °F").isVisible()).toBe(true);

    writeFileSync(file, original.replace('st.title("Understanding', 'throw new Error("broken on purpose"); st.title("Understanding'));
    await page.getByText("broken on purpose").waitFor({ timeout: 20_000 });

    writeFileSync(file, original);
    await page.getByText("Temperature in Fahrenheit").waitFor({ timeout: 20_000 });
    expect(await page.getByText("broken on purpose").count()).toBe(0);
    expect(await slider.inputValue()).toBe("40");
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });

  it("shows a save that does not compile in the open tab; the next good save recovers without a reload", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await page.goto(`${server.url}/`);
    await page.getByText("Temperature in Fahrenheit").waitFor();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

    const file = join(dir, "app/pages/rerun-model.ts");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace('st.title("Understanding', 'st.title(("Understanding'));
    await page.getByText(/The app does not compile/).waitFor({ timeout: 20_000 });
    expect(await page.getByRole("alert").filter({ hasText: "rerun-model.ts" }).count()).toBe(1);
    expect(await page.getByText("Temperature in Fahrenheit").isVisible()).toBe(true); // the last good page stays

    // (a tab opened now would wait: wrangler holds new requests until a save compiles)
    writeFileSync(file, original.replace('"Temperature in Fahrenheit"', '"Temperature in °F (fixed)"'));
    await page.getByText("Temperature in °F (fixed)").waitFor({ timeout: 20_000 });
    expect(await page.getByText(/The app does not compile/).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(problems).toEqual([]); // the Worker's reloads are not errors
    writeFileSync(file, original);
  });
});
