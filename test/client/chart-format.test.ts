/** How the line chart writes numbers and dates (client/chart/format.ts): en-US, UTC. */
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTick, formatExact, formatNumber, tickFormat } from "../../client/chart/format";

describe("a number in a tooltip", () => {
  it("is grouped, with at most two decimals up to a million", () => {
    expect(formatNumber(1234.5)).toBe("1,234.5");
    expect(formatNumber(12.345)).toBe("12.35");
    expect(formatNumber(299_548)).toBe("299,548");
    expect(formatNumber(-1)).toBe("-1");
  });

  it("keeps three significant digits below one", () => {
    expect(formatNumber(0.5)).toBe("0.5");
    expect(formatNumber(0.001234)).toBe("0.00123");
    expect(formatNumber(-0.001234)).toBe("-0.00123");
  });

  it("is short from a million: M, B, T with three significant digits", () => {
    expect(formatNumber(1e6)).toBe("1M");
    expect(formatNumber(1_234_567)).toBe("1.23M");
    expect(formatNumber(-2.5e6)).toBe("-2.5M");
    expect(formatNumber(45.6e9)).toBe("45.6B");
    expect(formatNumber(1.5e12)).toBe("1.5T");
  });

  it("moves to the next suffix when rounding reaches a thousand (1B, not 1,000M)", () => {
    expect(formatNumber(999_999_999)).toBe("1B");
    expect(formatNumber(999_600_000)).toBe("1B");
    expect(formatNumber(999_400_000)).toBe("999M");
  });

  it("is written with an exponent past the trillions", () => {
    expect(formatNumber(1e15)).toBe("1.00e+15");
    expect(formatNumber(999.99e12)).toBe("1.00e+15");
  });

  it("writes zero as 0, negative zero included", () => {
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
  });
});

describe("a number in the screen reader's table", () => {
  it("is grouped, with up to six decimals", () => {
    expect(formatExact(1234.5678912)).toBe("1,234.567891");
    expect(formatExact(-0)).toBe("0");
    expect(formatExact(2_000_000)).toBe("2,000,000");
  });
});

describe("tick labels", () => {
  it("show just the decimals the step needs", () => {
    expect([0, 0.5, 1, 1.5].map(tickFormat(0.5, 2))).toEqual(["0", "0.5", "1", "1.5"]);
    expect([0.1, 0.15, 0.3].map(tickFormat(0.05, 0.3))).toEqual(["0.1", "0.15", "0.3"]);
    expect([0, 20, 100].map(tickFormat(20, 100))).toEqual(["0", "20", "100"]);
  });

  it("share one suffix, chosen by the largest value, for an axis in the millions", () => {
    expect([0, 2e5, 1.2e6].map(tickFormat(2e5, 1.2e6))).toEqual(["0", "0.2M", "1.2M"]);
    expect([0, 5e8, 1.5e9].map(tickFormat(5e8, 2e9))).toEqual(["0", "0.5B", "1.5B"]);
  });

  it("write negative values and zero plainly", () => {
    expect([-100, -0, 20].map(tickFormat(20, 100))).toEqual(["-100", "0", "20"]);
    expect([-2e6, 0].map(tickFormat(1e6, 2e6))).toEqual(["-2M", "0"]);
  });
});

describe("date ticks", () => {
  const at = Date.UTC;

  it("are written by the unit they step in", () => {
    expect(formatDateTick(at(2026, 0, 1), "year")).toBe("2026");
    expect(formatDateTick(at(2026, 10, 1), "month")).toBe("Nov 2026");
    expect(formatDateTick(at(2026, 10, 24), "day")).toBe("Nov 24");
    expect(formatDateTick(at(2026, 10, 24, 14), "hour")).toBe("14:00");
    expect(formatDateTick(at(2026, 10, 24, 14, 5), "minute")).toBe("14:05");
    expect(formatDateTick(at(2026, 10, 24, 14, 5, 9), "second")).toBe("14:05:09");
  });

  it("say the day at midnight on a clock axis, so a multi-day hourly axis shows which day", () => {
    expect(formatDateTick(at(2026, 10, 25), "hour")).toBe("Nov 25");
  });

  it("are read in UTC, before 1970 too", () => {
    expect(formatDateTick(at(1969, 11, 31), "day")).toBe("Dec 31");
    expect(formatDateTick(at(1969, 11, 31), "hour")).toBe("Dec 31");
  });
});

describe("a full date", () => {
  it("is the day, plus the time when the data has times, with seconds only when they are not zero", () => {
    expect(formatDate(Date.UTC(2026, 10, 24), false)).toBe("Nov 24, 2026");
    expect(formatDate(Date.UTC(2026, 10, 24, 14), true)).toBe("Nov 24, 2026, 14:00");
    expect(formatDate(Date.UTC(2026, 10, 24, 14, 0, 30), true)).toBe("Nov 24, 2026, 14:00:30");
  });
});
