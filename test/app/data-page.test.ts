/**
 * The /data page run headlessly: the sample is shown until a CSV is uploaded, the filters
 * narrow the table, selected rows are added up, the filtered CSV downloads, and the targets
 * editor drives the attainment table.
 */
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";
import sampleCsv from "../../app/data/sample-sales.csv";
import data from "../../app/pages/data";

const csv = (text: string) => new TextEncoder().encode(text);

describe("the data page", () => {
  it("shows the sample's 240 orders until a file is uploaded, and offers the sample for download", async () => {
    const at = await AppTest.run(data);
    expect(at.status).toBe("ok");
    expect(at.title[0]?.value).toBe("Sales Explorer");
    expect(at.dataframe(0).count).toBe(240);
    expect(await at.downloadButton("Download the sample CSV").text()).toBe(sampleCsv);
  });

  it("filters by region and by a range of units, and the download is the filtered rows as CSV", async () => {
    const at = await AppTest.run(data);
    await at.multiselect("Keep these region values").set(["North"]).run();
    await at.slider("units between").set([20, 40]).run();
    const rows = at.dataframe(0).rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.region === "North" && (r.units as number) >= 20 && (r.units as number) <= 40)).toBe(true);
    const lines = (await at.downloadButton("Download filtered CSV").text()).trimEnd().split("\n");
    expect(lines[0]).toBe("date,region,product,units,unit_price,revenue,returned,account_manager");
    expect(lines.length - 1).toBe(rows.length);
  });

  it("adds up the revenue of the selected rows", async () => {
    const at = await AppTest.run(data);
    const rows = at.dataframe(0).rows;
    await at.dataframe(0).select([0, 1]).run();
    const total = (rows[0]!.revenue as number) + (rows[1]!.revenue as number);
    expect(at.metric("Revenue of the 2 selected").value).toBe(`$${total.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
  });

  it("reads an uploaded CSV, offers filters over its own columns, and says when a file is not CSV", async () => {
    const at = await AppTest.run(data);
    await (await at.fileUploader("Upload a CSV").upload({ name: "pets.csv", type: "text/csv", bytes: csv("name,kind,age\nRex,dog,3\nTom,cat,5\nKit,cat,1\n") })).run();
    expect(at.dataframe(0).count).toBe(3);
    expect(at.selectbox("Filter by").value).toBe("name");
    await at.selectbox("Filter by").set("kind").run();
    await at.multiselect("Keep these kind values").set(["cat"]).run();
    expect(at.dataframe(0).rows.map((r) => r.name)).toEqual(["Tom", "Kit"]);
    expect(at.get("dataEditor")).toHaveLength(0); // no region/revenue columns: no targets
  });

  it("measures each region against the target typed into the editor", async () => {
    const at = await AppTest.run(data);
    const before = at.dataframe(1).rows.find((r) => r.region === "East")!;
    await at.dataEditor("targets").edit(0, "target", 50_000).run(); // East is first
    const after = at.dataframe(1).rows.find((r) => r.region === "East")!;
    expect(after.target).toBe(50_000);
    expect(after.attainment).toBeCloseTo((before.revenue as number) / 50_000);
  });
});
