/**
 * The /data demo page driven as a person would: the sample shown and downloadable, the
 * sample uploaded back through the file picker, a region removed from the multiselect and
 * the units range narrowed with the keyboard, two rows selected and added up, the filtered
 * CSV downloaded and compared byte for byte with the sample's matching lines, and a target
 * typed into the editor moving its region's attainment.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { see, useTestApp } from "./harness";

const app = useTestApp();
const SAMPLE = "app/data/sample-sales.csv";
const sample = readFileSync(SAMPLE, "utf8");

async function download(page: Page, label: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label, exact: true }).click()]);
  const path = await file.path();
  return readFileSync(path!, "utf8");
}

describe("the data page", () => {
  it("filters an uploaded CSV, adds up selected rows, downloads the filtered rows and measures targets", async () => {
    const { page, problems } = await app.open("/data", { locale: "en-US" });
    await see(page, "Showing the sample data (240 orders) — upload your own CSV above.");
    await see(page, "240 of 240 rows");
    expect(await download(page, "Download the sample CSV")).toBe(sample);

    await page.getByRole("group", { name: "Upload a CSV", exact: true }).locator("input[type=file]").setInputFiles(SAMPLE);
    await see(page, "sample-sales.csv: 240 rows");

    await page.getByRole("button", { name: "Remove East", exact: true }).click();
    await see(page, "180 of 240 rows");
    const low = page.getByRole("slider", { name: "units between start", exact: true });
    await low.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press("ArrowRight");
    const [header, ...lines] = sample.trimEnd().split("\n");
    const lo = 8 + 12;
    const kept = lines.filter((l) => {
      const f = l.split(",");
      return f[1] !== "East" && Number(f[3]) >= lo;
    });
    expect(await low.inputValue()).toBe(String(lo));
    await see(page, `${kept.length} of 240 rows`);

    await page.getByRole("checkbox", { name: "Select row 0", exact: true }).check();
    await page.getByRole("checkbox", { name: "Select row 1", exact: true }).check();
    const revenue = (l: string) => Number(l.split(",")[5]);
    const total = revenue(kept[0]!) + revenue(kept[1]!);
    await see(page, `$${total.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);

    expect(await download(page, "Download filtered CSV")).toBe(`${[header, ...kept].join("\n")}\n`);

    const targets = page.getByRole("grid", { name: "Targets", exact: true });
    await targets.locator('tr[aria-rowindex="3"] > [aria-colindex="2"]').dblclick(); // North's target (the header is row 1, East row 2)
    await page.keyboard.press("Control+A");
    await page.keyboard.type("50000");
    await page.keyboard.press("Enter");
    const north = kept.filter((l) => l.split(",")[1] === "North").reduce((s, l) => s + revenue(l), 0);
    await see(page, `${((north / 50_000) * 100).toFixed(2)}%`);

    await page.screenshot({ path: "test-results/data-page.png", fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
