/** The chart's stacks (client/chart/stack.ts) and bar, area and point paths (client/chart/marks.ts). */
import { describe, expect, it } from "vitest";
import { areaPath, barsPath, pointsPath } from "../../client/chart/marks";
import { stackSeries } from "../../client/chart/stack";

const series = [
  { name: "a", y: [1, 2, null] },
  { name: "b", y: [3, -1, 4] },
];
const arr = (f: Float64Array) => Array.from(f);

describe("stacking", () => {
  it("puts each series on the one before, negatives down from zero, and skips missing values", () => {
    const s = stackSeries(series, 3, true);
    expect(s.y0.map(arr)).toEqual([
      [0, 0, Number.NaN],
      [1, 0, 0],
    ]);
    expect(s.y1.map(arr)).toEqual([
      [1, 2, Number.NaN],
      [4, -1, 4],
    ]);
    expect([s.min, s.max]).toEqual([-1, 4]);
  });

  it("starts every segment at zero when not stacked or layered", () => {
    for (const stack of [false, "layered"] as const) expect(stackSeries(series, 3, stack).y0.map(arr)).toEqual([[0, 0, Number.NaN], [0, 0, 0]]);
  });

  it("scales each x's stack to 0…1 when normalized", () => {
    const s = stackSeries([{ name: "a", y: [1, 3] }, { name: "b", y: [3, 1] }], 2, "normalize");
    expect(s.y1.map(arr)).toEqual([
      [0.25, 0.75],
      [1, 1],
    ]);
  });

  it("centres each x's stack on zero with center", () => {
    const s = stackSeries([{ name: "a", y: [2] }, { name: "b", y: [4] }], 1, "center");
    expect(s.y0[0]![0]).toBe(-3);
    expect(s.y1[1]![0]).toBe(3);
  });
});

describe("mark paths", () => {
  const flip = (v: number) => 100 - v * 10;

  it("draws a rectangle per bar from its start to its end, and none where there is no value", () => {
    const d = barsPath([50, 80], 10, -5, Float64Array.of(0, Number.NaN), Float64Array.of(2, Number.NaN), flip, false);
    expect(d).toBe("M45,100L45,80L55,80L55,100Z");
  });

  it("swaps the axes for horizontal bars", () => {
    expect(barsPath([50], 10, -5, Float64Array.of(0), Float64Array.of(2), (v) => v * 10, true)).toBe("M0,45L20,45L20,55L0,55Z");
  });

  it("closes an area down to its base and breaks it at a gap, with its top as a line", () => {
    const y0 = Float64Array.of(0, 0, Number.NaN, 0);
    const y1 = Float64Array.of(1, 2, Number.NaN, 3);
    const { fill, line } = areaPath([0, 10, 20, 30], y0, y1, flip);
    expect(fill).toBe("M0,90L10,80L10,100L0,100ZM30,70L30,100Z");
    expect(line).toBe("M0,90L10,80M30,70");
  });

  it("draws a circle of the given radius at each value", () => {
    expect(pointsPath([10], [1], flip, () => 2)).toBe("M8,90a2,2 0 1,0 4,0a2,2 0 1,0 -4,0");
  });
});
