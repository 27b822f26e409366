/** The line chart's scales (client/chart/scale.ts): linear maps, nice steps and ticks, y domains. */
import { describe, expect, it } from "vitest";
import { linear, niceDomain, nearest, niceStep, ticksBetween } from "../../client/chart/scale";

describe("a linear scale", () => {
  it("maps the domain onto the range, upside down too (SVG's y grows downwards)", () => {
    expect(linear(0, 10, 0, 100)(5)).toBe(50);
    expect(linear(0, 10, 100, 0)(2)).toBe(80);
    expect(linear(-10, 10, 0, 100)(-10)).toBe(0);
  });

  it("puts every value of a zero-width domain (a single x) in the middle", () => {
    const s = linear(3, 3, 0, 100);
    expect([s(3), s(-1e9)]).toEqual([50, 50]);
  });
});

describe("nice steps", () => {
  it("are 1, 2 or 5 × 10^n, cutting the span into at most about `count` pieces", () => {
    expect(niceStep(0, 97, 5)).toBe(20);
    expect(niceStep(0, 10, 5)).toBe(2);
    expect(niceStep(0, 1, 4)).toBe(0.5);
    expect(niceStep(0, 0.03, 5)).toBeCloseTo(0.01);
    expect(niceStep(0, 4e6, 4)).toBe(1e6);
    expect(niceStep(-500, 500, 5)).toBe(200);
  });

  it("fall back to 1 for an empty or reversed span", () => {
    expect(niceStep(5, 5, 5)).toBe(1);
    expect(niceStep(5, 1, 5)).toBe(1);
  });

  it("count a count below one as one piece", () => {
    expect(niceStep(0, 10, 0)).toBe(10);
  });
});

describe("ticks between two values", () => {
  it("are the multiples of the step within them, ends included", () => {
    expect(ticksBetween(0, 100, 20)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(ticksBetween(3, 17, 5)).toEqual([5, 10, 15]);
  });

  it("carry no float noise: 0.1 steps read 0.3, not 0.30000000000000004", () => {
    expect(ticksBetween(0, 1, 0.1)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it("cross zero and stay in negative ranges", () => {
    expect(ticksBetween(-1, 1, 0.5)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(ticksBetween(-95, -5, 20)).toEqual([-80, -60, -40, -20]);
  });

  it("stop at 100, whatever step they were given", () => {
    expect(ticksBetween(0, 1e6, 1)).toHaveLength(100);
  });
});

describe("the y domain", () => {
  it("pads the values, then widens to whole ticks that frame the plot", () => {
    expect(niceDomain(10, 90, 5)).toEqual({ lo: 0, hi: 100, step: 20, ticks: [0, 20, 40, 60, 80, 100] });
  });

  it("does not cross zero when the data does not", () => {
    expect(niceDomain(1, 90, 5).lo).toBe(0);
    expect(niceDomain(-90, -1, 5).hi).toBe(0);
  });

  it("keeps negative ranges negative, with zero written as 0 (not -0)", () => {
    const d = niceDomain(-90, -10, 5);
    expect(d).toEqual({ lo: -100, hi: 0, step: 20, ticks: [-100, -80, -60, -40, -20, 0] });
    expect(Object.is(d.hi, 0)).toBe(true);
  });

  it("spans zero for data on both sides", () => {
    const d = niceDomain(-30, 70, 5);
    expect(d.lo).toBeLessThan(-30);
    expect(d.hi).toBeGreaterThan(70);
    expect(d.ticks).toContain(0);
  });

  it("puts a band around a single value, or around values that are all equal", () => {
    expect(niceDomain(100, 100, 5)).toEqual({ lo: 90, hi: 110, step: 5, ticks: [90, 95, 100, 105, 110] });
    const negative = niceDomain(-5, -5, 5);
    expect(negative.lo).toBeLessThan(-5);
    expect(negative.hi).toBeGreaterThan(-5);
    expect(negative.hi).toBeLessThan(0);
  });

  it("gives all-zero data the band -1…1", () => {
    expect(niceDomain(0, 0, 5)).toEqual({ lo: -1, hi: 1, step: 0.5, ticks: [-1, -0.5, 0, 0.5, 1] });
  });

  it("ends exactly on its first and last ticks, without float noise", () => {
    for (const [min, max] of [[5, 5], [-5, -5], [0.1, 0.3], [-0.3, -0.1], [0.1, 0.1]] as const) {
      const d = niceDomain(min, max, 5);
      expect([d.lo, d.hi]).toEqual([d.ticks[0], d.ticks[d.ticks.length - 1]]);
      expect(String(d.hi).length).toBeLessThan(8);
    }
  });

  it("contains the values it was given", () => {
    for (const [min, max] of [[0.001, 0.002], [1e6, 1e6 + 5], [-1e9, 3], [42, 42]] as const) {
      const d = niceDomain(min, max, 5);
      expect(d.lo).toBeLessThanOrEqual(min);
      expect(d.hi).toBeGreaterThanOrEqual(max);
    }
  });
});

describe("the nearest x", () => {
  const xs = [1, 2, 4, 8];

  it("is found by value, the lower one on a tie", () => {
    expect(nearest(xs, 5)).toBe(2);
    expect(nearest(xs, 6.5)).toBe(3);
    expect(nearest([1, 3], 2)).toBe(0);
  });

  it("is the first or last point outside the data", () => {
    expect(nearest(xs, -3)).toBe(0);
    expect(nearest(xs, 99)).toBe(3);
    expect(nearest([7], 99)).toBe(0);
  });

  it("is found among 10,000 points", () => {
    const many = Float64Array.from({ length: 10_000 }, (_, i) => i * 2);
    expect(nearest(many, 5_001.2)).toBe(2_501);
  });
});
