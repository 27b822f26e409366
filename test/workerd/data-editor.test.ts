import { abortAllDurableObjects } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { EditDelta } from "../../protocol/edit-delta";
import type { ServerMsg } from "../../protocol/messages";
import { TestClient } from "./client";
import { connect, sessionData, stored } from "./helpers";

type ErrorMsg = Extract<ServerMsg, { t: "error" }>;
const delta = (d: Partial<EditDelta>): EditDelta => ({ edited_rows: {}, added_rows: [], deleted_rows: [], ...d });
const isRun = (m: ServerMsg): m is Extract<ServerMsg, { t: "run" }> => m.t === "run";

describe("dataEditor edits, as the session checks and keeps them", () => {
  it("refuses each kind of bad edit with an error frame naming it, and changes nothing", async () => {
    const c = await connect("/editor");
    const grid = c.widget("Grid").p.id as string;
    const fixed = c.widget("Fixed").p.id as string;
    const cases: [string, string, unknown, RegExp][] = [
      ["a wrong type", grid, delta({ edited_rows: { 0: { n: "one" } } }), /row 0, column "n": expected a number/],
      ["a value over max", grid, delta({ edited_rows: { 1: { n: 11 } } }), /11 is more than the maximum 10/],
      ["an unknown column", grid, delta({ edited_rows: { 0: { nope: 1 } } }), /there is no column "nope"/],
      ["a disabled column", grid, delta({ edited_rows: { 0: { name: "z" } } }), /column "name": the column is not editable/],
      ["a row past the end", grid, delta({ edited_rows: { 2: { n: 1 } } }), /row 2 is not in the table \(it has 2 rows\)/],
      ["a deleted row past the end", grid, delta({ deleted_rows: [5] }), /row 5 is not in the table/],
      ["a row both edited and deleted", grid, delta({ edited_rows: { 0: { n: 3 } }, deleted_rows: [0] }), /row 0 is both edited and deleted/],
      ["a wrong-typed cell in an added row", grid, delta({ added_rows: [{ ok: "yes" }] }), /added row 0, column "ok": expected true or false/],
      ["a row added to a fixed editor", fixed, delta({ added_rows: [{ v: 2 }] }), /numRows is "fixed"/],
      ["a row key that is not a position", grid, { edited_rows: { "-1": { n: 1 } }, added_rows: [], deleted_rows: [] }, /edited row "-1" is not a row position/],
      ["a missing field", grid, { edited_rows: {} }, /`added_rows` must be a list of rows/],
      ["an object as a cell", grid, delta({ edited_rows: { 0: { n: { $gt: 1 } as never } } }), /is not text, a finite number, true\/false or null/],
    ];
    const before = await sessionData(c.session);
    const texts = c.texts();
    for (const [what, id, v, message] of cases) {
      const from = c.received.length;
      c.send({ t: "widget", id, v: v as EditDelta });
      const err = await c.next((m): m is ErrorMsg => m.t === "error", from);
      expect(err.code, what).toBe("bad_value");
      expect(err.message, what).toMatch(message);
    }
    const after = await sessionData(c.session);
    expect(after.widgets).toEqual(before.widgets);
    expect(after.run).toBe(before.run); // not one run was started
    expect(c.texts()).toEqual(texts);

    // and the editor still takes a good edit
    await c.set("Grid", delta({ edited_rows: { 1: { n: 5 } } }));
    expect(c.texts()).toContain('out=[{"name":"a","n":1,"ok":true},{"name":"b","n":5,"ok":false}]');
  });

  it("sends back only what the page made of an edit: neither the rows nor the edits travel again", async () => {
    const c = await connect("/editor");
    const done = await c.set("Grid", delta({ edited_rows: { 0: { ok: false } }, deleted_rows: [1] }));
    const frame = c.frames.at(-1)!;
    expect(frame).not.toContain('"rows"');
    expect(frame).not.toContain("edited_rows");
    expect(done.ops).toHaveLength(1); // the text the page printed
    expect(c.texts()).toContain('out=[{"name":"a","n":1,"ok":false}]');
  });

  it("coalesces edits sent while a run is busy: the newest whole delta wins", async () => {
    const c = await connect("/editor");
    const grid = c.widget("Grid").p.id as string;
    const from = c.received.length;
    c.send({ t: "widget", id: grid, v: delta({ edited_rows: { 0: { n: 9 } } }) }); // this run holds for 1 s
    await c.next(isRun, from);
    c.send({ t: "widget", id: grid, v: delta({ edited_rows: { 0: { n: 9 }, 1: { n: 3 } } }) });
    c.send({ t: "widget", id: grid, v: delta({ edited_rows: { 0: { n: 4 }, 1: { n: 3 } } }) });
    const first = await c.done(from);
    expect(first.status).toBe("interrupted");
    await c.done(c.received.indexOf(first) + 1, "ok");
    expect(c.texts()).toContain('out=[{"name":"a","n":4,"ok":true},{"name":"b","n":3,"ok":false}]');
    const log = (await sessionData(c.session)).state.log as string[];
    // one run for the two queued edits
    expect(log.slice(1)).toEqual(["start [9,2]", "start [4,3]"]);
  });

  it("keeps its edits when the object is evicted, and the page gets them back", async () => {
    const first = await connect("/editor");
    const edits = delta({ edited_rows: { 0: { n: 7 } }, added_rows: [{ n: 8, ok: true }] });
    await first.set("Grid", edits);
    first.close();
    await stored(first.session);
    await abortAllDurableObjects(); // memory gone, as after eviction or a deploy

    const again = await TestClient.connect("/editor", first.session);
    await again.done(0);
    expect(again.widget("Grid").p.value).toEqual(edits);
    expect(again.texts()).toContain('out=[{"name":"a","n":7,"ok":true},{"name":"b","n":2,"ok":false},{"name":null,"n":8,"ok":true}]');
    again.close();
  });
});
