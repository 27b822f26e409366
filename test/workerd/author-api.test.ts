import { describe, expect, it } from "vitest";
import { markdownToHtml } from "../../durable/st/elements/markdown";
import { lineChartProps } from "../../durable/st/elements/chart";
import { widgetId } from "../../durable/st/widgets/identity";

describe("markdown", () => {
  it("renders markdown and shows raw HTML as text", () => {
    const html = markdownToHtml("**bold** <script>alert(1)</script> <img src=x onerror=alert(1)>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("drops javascript: links and opens links without an opener", () => {
    expect(markdownToHtml("[x](javascript:alert(1))")).not.toContain("href=\"javascript:");
    expect(markdownToHtml("[x](https://example.com)")).toContain('rel="noopener noreferrer"');
  });

  it("renders raw HTML only when the author allows it", () => {
    expect(markdownToHtml("<b>hi</b>", { allowHtml: true })).toContain("<b>hi</b>");
  });
});

describe("widget identity", () => {
  const base = { kind: "slider", label: "N", params: [0, 10], page: "/", scope: { root: "main" as const } };

  it("is stable for the same kind, label, parameters, page and place", () => {
    expect(widgetId(base)).toBe(widgetId({ ...base, params: [0, 10] }));
  });

  it("differs between main and sidebar, forms, pages and parameters", () => {
    const id = widgetId(base);
    expect(widgetId({ ...base, scope: { root: "sidebar" } })).not.toBe(id);
    expect(widgetId({ ...base, scope: { root: "main", form: "f" } })).not.toBe(id);
    expect(widgetId({ ...base, page: "/other" })).not.toBe(id);
    expect(widgetId({ ...base, params: [0, 20] })).not.toBe(id);
  });

  it("follows only the key (and page) when the author gives one", () => {
    const keyed = widgetId({ ...base, key: "n" });
    expect(widgetId({ ...base, key: "n", label: "Renamed", params: [5, 50] })).toBe(keyed);
    expect(widgetId({ ...base, key: "n", page: "/other" })).not.toBe(keyed);
  });
});

describe("lineChart data", () => {
  it("takes rows with an x column and several series", () => {
    const p = lineChartProps(
      [
        { day: "2026-11-01", Revenue: 10, Cost: 4 },
        { day: "2026-11-02", Revenue: 12, Cost: null },
      ],
      { x: "day" },
    );
    expect(p.xKind).toBe("date");
    expect(p.x).toEqual(["2026-11-01", "2026-11-02"]);
    expect(p.series).toEqual([
      { name: "Revenue", y: [10, 12] },
      { name: "Cost", y: [4, null] },
    ]);
  });

  it("takes columns and indexes x when none is named", () => {
    const p = lineChartProps({ a: [1, 2, 3], b: [3, 2, 1] }, {});
    expect(p.xKind).toBe("number");
    expect(p.x).toEqual([0, 1, 2]);
    expect(p.series.map((s) => s.name)).toEqual(["a", "b"]);
  });

  it("names the column and row of a value that is not a number", () => {
    expect(() => lineChartProps([{ v: 1 }, { v: "two" as unknown as number }], {})).toThrow(/column "v" row 1/);
  });
});
