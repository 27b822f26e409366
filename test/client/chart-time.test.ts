/** Date ticks for the line chart (client/chart/time.ts): calendar steps on round UTC boundaries. */
import { describe, expect, it } from "vitest";
import { timeTicks } from "../../client/chart/time";

const iso = (t: number) => new Date(t).toISOString().slice(0, 16).replace("T", " ").replace(" 00:00", "");
const ticks = (from: number, to: number, count: number) => {
  const t = timeTicks(from, to, count);
  return { unit: t.unit, ticks: t.ticks.map(iso) };
};
const at = Date.UTC;

describe("date ticks", () => {
  it("step in weeks that start on Sunday across a month", () => {
    expect(ticks(at(2026, 10, 1), at(2026, 10, 30), 5)).toEqual({
      unit: "day",
      ticks: ["2026-11-01", "2026-11-08", "2026-11-15", "2026-11-22", "2026-11-29"],
    });
    for (const t of timeTicks(at(2026, 0, 1), at(2026, 2, 31), 8).ticks) expect(new Date(t).getUTCDay()).toBe(0);
  });

  it("step in days across a few days", () => {
    expect(ticks(at(2026, 10, 24), at(2026, 10, 27), 5)).toEqual({
      unit: "day",
      ticks: ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"],
    });
  });

  it("step in hours on round hours across one day", () => {
    expect(ticks(at(2026, 10, 24), at(2026, 10, 25), 4)).toEqual({
      unit: "hour",
      ticks: ["2026-11-24", "2026-11-24 06:00", "2026-11-24 12:00", "2026-11-24 18:00", "2026-11-25"],
    });
  });

  it("step in minutes and seconds across short spans", () => {
    expect(timeTicks(at(2026, 10, 24, 14), at(2026, 10, 24, 14, 59), 4).unit).toBe("minute");
    const s = timeTicks(at(2026, 10, 24, 14, 0, 0), at(2026, 10, 24, 14, 0, 20), 4);
    expect(s.unit).toBe("second");
    expect(s.ticks.map((t) => new Date(t).getUTCSeconds())).toEqual([0, 5, 10, 15, 20]);
  });

  it("step in quarters that start in January, April, July and October", () => {
    expect(ticks(at(2026, 0, 15), at(2026, 11, 15), 4)).toEqual({
      unit: "month",
      ticks: ["2026-04-01", "2026-07-01", "2026-10-01"],
    });
  });

  it("step in months on the 1st", () => {
    expect(ticks(at(2026, 0, 1), at(2026, 5, 1), 6)).toEqual({
      unit: "month",
      ticks: ["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01"],
    });
  });

  it("step in nice numbers of years on January 1sts across decades", () => {
    expect(ticks(at(1990, 0), at(2026, 0), 5)).toEqual({
      unit: "year",
      ticks: ["1990-01-01", "2000-01-01", "2010-01-01", "2020-01-01"],
    });
    expect(ticks(at(2020, 5), at(2023, 5), 5)).toEqual({ unit: "year", ticks: ["2021-01-01", "2022-01-01", "2023-01-01"] });
  });

  it("stay within the span, at most about `count` of them", () => {
    const from = at(2026, 1, 3, 7, 13);
    const to = at(2026, 4, 19, 22, 41);
    for (const count of [2, 3, 5, 8, 12]) {
      const { ticks: t } = timeTicks(from, to, count);
      expect(t.length).toBeLessThanOrEqual(count + 1);
      expect(t.every((v) => v >= from && v <= to)).toBe(true);
      expect(t).toEqual([...t].sort((a, b) => a - b));
    }
  });

  it("work before 1970", () => {
    expect(ticks(at(1969, 11, 1), at(1969, 11, 31), 5)).toEqual({
      unit: "day",
      ticks: ["1969-12-07", "1969-12-14", "1969-12-21", "1969-12-28"],
    });
  });

  it("give a single date one tick on it", () => {
    expect(timeTicks(at(2026, 10, 24), at(2026, 10, 24), 5).ticks).toEqual([at(2026, 10, 24)]);
  });
});
