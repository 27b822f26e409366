/** st.dataframe, st.table and st.columnConfig as a page sees them (AppTest). */
import { tableFromArrays } from "apache-arrow";
import { definePage } from "edgelit";
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";

const people = [
  { name: "Ada", age: 36, member: true, joined: new Date("2020-01-02T00:00:00Z") },
  { name: "Grace", age: 85, member: false, joined: new Date("2019-05-06T00:00:00Z") },
  { name: "Linus", age: null, member: true, joined: null },
];

const selectPage = definePage("/", "Select", (st) => {
  const picked = st.dataframe(people, { selection: "rows", key: "people" });
  st.text(`picked=${picked.map((p) => p.name).join(",")}`);
});

describe("st.dataframe", () => {
  it("gives a test the full data, not just the first window the browser gets", async () => {
    const big = { n: Array.from({ length: 100_000 }, (_, i) => i), sq: Array.from({ length: 100_000 }, (_, i) => i * i) };
    const at = await AppTest.run(definePage("/", "Big", (st) => st.dataframe(big)));
    const df = at.dataframe();
    expect(df.count).toBe(100_000);
    expect(df.rows[99_999]).toEqual({ n: 99_999, sq: 99_999 * 99_999 });
    expect((at.get("dataframe")[0]!.node.p.rows as unknown[]).length).toBe(100);
  });

  it("draws an empty table", async () => {
    const at = await AppTest.run(definePage("/", "Empty", (st) => {
      st.dataframe([]);
      st.dataframe({ lat: [], lon: [] });
    }));
    expect(at.dataframe(0).count).toBe(0);
    expect(at.dataframe(1).columns.map((c) => c.name)).toEqual(["lat", "lon"]);
  });

  it("infers column types: numbers, checkboxes, dates, text", async () => {
    const at = await AppTest.run(definePage("/", "Types", (st) => st.dataframe(people)));
    expect(at.dataframe().columns.map((c) => [c.name, c.type])).toEqual([
      ["name", "text"], ["age", "number"], ["member", "checkbox"], ["joined", "datetime"],
    ]);
    expect(at.dataframe().column("joined")[0]).toBe("2020-01-02T00:00:00.000Z");
  });

  it("takes rows, columns and an Arrow table alike", async () => {
    const columns = { name: ["Ada", "Grace"], age: [36, 85] };
    const arrow = tableFromArrays({ name: ["Ada", "Grace"], age: Int32Array.from([36, 85]) });
    const at = await AppTest.run(definePage("/", "Inputs", (st) => {
      st.dataframe([{ name: "Ada", age: 36 }, { name: "Grace", age: 85 }]);
      st.dataframe(columns);
      st.dataframe(arrow);
    }));
    const rows = [0, 1, 2].map((i) => at.dataframe(i).rows);
    expect(rows[1]).toEqual(rows[0]);
    expect(rows[2]).toEqual(rows[0]);
    // the same data is the same data id, whatever form it came in
    const ids = at.get("dataframe").map((e) => e.node.p.data);
    expect(new Set(ids).size).toBe(1);
  });

  it("applies the column config: labels, formats, hidden columns", async () => {
    const at = await AppTest.run(definePage("/", "Config", (st) => st.dataframe(people, {
      columnConfig: {
        name: "Person",
        age: st.columnConfig.numberColumn({ format: "%d years", help: "in years" }),
        member: null,
        joined: st.columnConfig.dateColumn({ format: "D MMM YYYY" }),
      },
    })));
    expect(at.dataframe().columns).toEqual([
      { name: "name", label: "Person", type: "text" },
      { name: "age", type: "number", format: "%d years", help: "in years" },
      { name: "joined", type: "date", format: "D MMM YYYY" },
    ]);
    expect(at.dataframe().rows[0]).not.toHaveProperty("member");
  });

  it("draws the columns of columnOrder only, in its order, with a configured width", async () => {
    const at = await AppTest.run(definePage("/", "Order", (st) => st.dataframe(people, {
      columnOrder: ["age", "name"],
      columnConfig: { name: st.columnConfig.column({ width: "medium" }) },
    })));
    expect(at.dataframe().columns).toEqual([{ name: "age", type: "number" }, { name: "name", type: "text", width: 200 }]);
  });

  it("passes over config and order for columns the data does not have, as Streamlit does", async () => {
    const at = await AppTest.run(definePage("/", "Other", (st) => st.dataframe(people, { columnConfig: { nope: null }, columnOrder: ["nope", "age"] })));
    expect(at.exception).toEqual([]);
    expect(at.dataframe().columns).toEqual([{ name: "age", type: "number" }]);
  });

  it("returns the selected rows as the page passed them, by their index in the data", async () => {
    const at = await AppTest.run(selectPage);
    expect(at.text[0]?.value).toBe("picked=");
    await at.dataframe("people").select([2, 0]).run();
    expect(at.text[0]?.value).toBe("picked=Ada,Linus");
    expect(at.dataframe("people").selection).toEqual([0, 2]);
  });

  it("refuses a selection outside the rows, or two rows for a single-row table", async () => {
    const at = await AppTest.run(selectPage);
    expect(() => at.dataframe("people").select([3])).toThrow(/row numbers must be whole numbers from 0 to 2/);
    const single = await AppTest.run(definePage("/", "One", (st) => void st.dataframe(people, { selection: "row" })));
    expect(() => single.dataframe().select([0, 1])).toThrow(/one row at a time/);
  });

  it("runs onSelect before the next run when the selection changes", async () => {
    const page = definePage("/", "Callback", (st) => {
      const seen = st.state("seen", 0);
      st.dataframe(people, { selection: "rows", onSelect: () => (seen.value += 1) });
      st.text(`seen=${seen.value}`);
    });
    const at = await AppTest.run(page);
    await at.dataframe().select([1]).run();
    expect(at.text[0]?.value).toBe("seen=1");
  });
});

describe("st.table", () => {
  it("puts every row in the element, drawn with the inferred types", async () => {
    const at = await AppTest.run(definePage("/", "Table", (st) => st.table(people)));
    expect(at.table().columns).toEqual(["name", "age", "member", "joined"]);
    expect(at.table().rows[1]).toEqual(["Grace", 85, false, "2019-05-06T00:00:00.000Z"]);
  });

  it("refuses more rows than a static table should hold", async () => {
    const at = await AppTest.run(definePage("/", "Huge", (st) => st.table({ n: Array.from({ length: 10_001 }, (_, i) => i) })));
    expect(at.exception[0]?.value).toMatch(/10001 rows is more than 10000; use st.dataframe/);
  });
});
