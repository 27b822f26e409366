/**
 * A new app in one command, proved as a person would see it: this repository packed with
 * `npm pack`, the packed `edgelit init` writing an app, one `npm install` of it with the
 * tarball, its own `npm test` and `npm run typecheck`, then its `npm run dev` in Chromium —
 * the page drawn, the slider moved, the page's answer changed, a save re-run in the open
 * tab — and everything stopped.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/free-port.mjs";
import { launchBrowser } from "../e2e/browser";
import { type AppDev, startAppDev } from "./app-dev";
import { run } from "./commands";

const ROOT = resolve(import.meta.dirname, "../..");
const timings: [string, number][] = [];
const timed = async <T extends { ms: number }>(what: string, work: Promise<T>): Promise<T> => {
  const done = await work;
  timings.push([what, done.ms]);
  return done;
};

let tmp: string;
let tarball: string;
let app: string;
let dev: AppDev | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "edgelit-packed-"));
  // prepack builds the client into dist/assets first
  await timed("npm pack (with the client build)", run("npm", ["pack", "--pack-destination", tmp], ROOT));
  tarball = join(tmp, readdirSync(tmp).find((f) => f.endsWith(".tgz"))!);
  // the packed bin, not this checkout's: it must work from what the tarball holds
  mkdirSync(join(tmp, "unpacked"));
  await run("tar", ["-xzf", tarball, "-C", join(tmp, "unpacked")], tmp);
  await run("node", [join(tmp, "unpacked/package/cli/edgelit.mjs"), "init", "my-app", "--edgelit", tarball], tmp);
  app = join(tmp, "my-app");
  await timed("npm install in the new app", run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], app));
});

afterAll(async () => {
  await browser?.close();
  await dev?.stop();
  console.log(`a new app from npm pack:\n${timings.map(([what, ms]) => `  ${what.padEnd(44)} ${(ms / 1000).toFixed(1).padStart(6)} s`).join("\n")}`);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("a new app from the packed package", () => {
  it("gets edgelit's code, its prebuilt client and its dev tooling from node_modules, not copied into the app", () => {
    const installed = join(app, "node_modules/edgelit");
    for (const file of ["exports/index.ts", "dist/assets/client/main.js", "scripts/dev.mjs", "drizzle/migrations/0000_init.sql"]) {
      expect(existsSync(join(installed, file)), file).toBe(true);
    }
    expect(readdirSync(app).sort()).toEqual(
      [".gitignore", "README.md", "app", "node_modules", "package-lock.json", "package.json", "test", "tsconfig.json", "vitest.config.ts", "worker.ts", "wrangler.toml"],
    );
  });

  it("passes its own test (npm test: AppTest on its page)", async () => {
    const { output } = await timed("the app's npm test", run("npm", ["test"], app));
    expect(output).toMatch(/Tests\s+3 passed/);
  });

  it("type-checks, edgelit's sources included, under its own tsconfig (npm run typecheck)", async () => {
    await timed("the app's npm run typecheck", run("npm", ["run", "typecheck"], app));
  });

  it("serves its page on npm run dev, signed in as the dev user; moving the slider changes what the page says", async () => {
    const started = Date.now();
    [dev, browser] = await Promise.all([startAppDev(app, await freePort(), await freePort()), launchBrowser()]);
    timings.push(["npm run dev until healthy", dev.startMs]);
    const page = await browser.newPage();
    await page.goto(dev.url);
    await page.getByText("71.6 °F").waitFor();
    await page.getByRole("img", { name: /Line chart of °C over 24 points/ }).waitFor();
    timings.push(["npm run dev start until the page is visible", Date.now() - started]);
    expect(await page.getByRole("note").textContent()).toMatch(/you are dev@localhost/);

    await page.getByRole("slider", { name: "Set temperature (°C)" }).fill("40");
    await page.getByText("104.0 °F").waitFor();
    expect(await page.getByText(/dangerously hot/).isVisible()).toBe(true);
  });

  it("re-runs the open page with the code saved in the app, keeping the slider where it was", async () => {
    const page = browser!.contexts()[0]!.pages()[0]!;
    const file = join(app, "app/pages/index.ts");
    const saved = Date.now();
    writeFileSync(file, readFileSync(file, "utf8").replace('"Temperature in Fahrenheit"', '"Temperature in °F (edited)"'));
    await page.getByText("Temperature in °F (edited)").waitFor({ timeout: 20_000 });
    timings.push(["a save until it is on screen", Date.now() - saved]);
    expect(await page.getByRole("slider", { name: "Set temperature (°C)" }).inputValue()).toBe("40");
    expect(await page.getByText("104.0 °F").isVisible()).toBe(true);
  });

  it("stops with everything it started, leaving the port closed", async () => {
    const url = dev!.url;
    await dev!.stop();
    dev = undefined;
    await expect(fetch(`${url}/_stcore/health`)).rejects.toThrow();
  });
});
