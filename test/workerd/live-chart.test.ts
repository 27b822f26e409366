/**
 * A chart's addRows on the wire (workerd, through the real Worker and session object): rows
 * added while the page runs reach the browser as patches of the one chart, before the run
 * ends, and the browser's copy ends with every row.
 */
import { describe, expect, it } from "vitest";
import type { ServerMsg } from "../../protocol/messages";
import { connect } from "./helpers";

type Frame = Extract<ServerMsg, { t: "delta" | "done" }>;

describe("a live chart", () => {
  it("sends each addRows as a patch of the chart while the page still runs", async () => {
    const c = await connect("/live-chart");
    const frames = c.received.filter((m): m is Frame => m.t === "delta" || m.t === "done");
    // the chart is set once, then patched: its x grows by a row per addRows
    const sets = frames.flatMap((f) => f.ops.filter((op) => op[0] === "s" && op[2].k === "lineChart"));
    const patchedX = frames.flatMap((f) => f.ops.flatMap((op) => (op[0] === "p" && "x" in op[2] ? [op[2].x] : [])));
    expect(sets).toHaveLength(1);
    expect(patchedX).toEqual([
      [0, 1],
      [0, 1, 2],
    ]);
    expect(frames.filter((f) => f.t === "delta").length).toBeGreaterThanOrEqual(2);
    const chart = c.all().find((n) => n.k === "lineChart")!;
    expect(chart.p.series).toEqual([{ name: "v", y: [10, 11, 12] }]);
    c.close();
  });
});
