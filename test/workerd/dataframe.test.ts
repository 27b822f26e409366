/**
 * A dataframe's rows stay in the session object: windows are answered from the object (from
 * its storage after it wakes), sorted over every row, refused clearly when the request is
 * wrong — and a rerun with the same data sends nothing of the table.
 */
import { abortAllDurableObjects, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Cell } from "../../protocol/data";
import type { ServerMsg } from "../../protocol/messages";
import type { Node } from "../../protocol/tree";
import { TestClient } from "./client";
import { connect, stored, stubOf } from "./helpers";

type Rows = Extract<ServerMsg, { t: "rows" }>;
type Refusal = Extract<ServerMsg, { t: "error" }>;

let q = 0;
/** Asks for a window and waits for its answer (or its error frame). */
async function window(c: TestClient, req: { data: string; from: number; to: number; sort?: [number, "asc" | "desc"] }): Promise<Rows | Refusal> {
  const n = ++q;
  const from = c.received.length;
  c.send(JSON.stringify({ t: "rows", q: n, ...req }));
  return c.next((m): m is Rows | Refusal => (m.t === "rows" || m.t === "error") && m.q === n, from);
}

const big = (c: TestClient): Node => c.all().find((n) => n.k === "dataframe" && (n.p.count as number) > 10)!;
const rowsOf = (m: Rows | Refusal): Cell[][] => {
  if (m.t !== "rows") throw new Error(`refused: ${m.message}`);
  return m.rows;
};

describe("dataframe windows", () => {
  it("opens with the columns, the row count and the first window only", async () => {
    const c = await connect("/grid");
    const df = big(c);
    expect(df.p.count).toBe(100_000);
    expect((df.p.cols as { name: string }[]).map((col) => col.name)).toEqual(["value", "name", "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7"]);
    expect((df.p.rows as Cell[][]).length).toBe(100);
    // the hello and first run together stay far below the table's size (about 10 MB as JSON)
    expect(c.frames.join("").length).toBeLessThan(50_000);
  });

  it("answers a window from the end, and again from storage after the object is reloaded", async () => {
    const c = await connect("/grid");
    const data = big(c).p.data as string;
    const end = await window(c, { data, from: 99_900, to: 100_000 });
    expect(rowsOf(end).at(-1)?.[1]).toBe("row 99999");
    c.close();
    await stored(c.session);
    await abortAllDurableObjects();

    const again = await TestClient.connect("/grid", c.session);
    await again.next((m): m is Extract<ServerMsg, { t: "hello" }> => m.t === "hello");
    // asked before any run: the rows come from storage, without running the page
    const answer = await window(again, { data, from: 99_990, to: 100_000 });
    expect(rowsOf(answer).map((r) => r[1])).toEqual(Array.from({ length: 10 }, (_, i) => `row ${99_990 + i}`));
    expect(answer.t === "rows" && answer.idx[0]).toBe(99_990);
    again.close();
  });

  it("sorts every row by a column, numbers by value with empty cells last, each way", async () => {
    const c = await connect("/grid");
    const data = big(c).p.data as string;
    const values = Array.from({ length: 100_000 }, (_, i) => (i % 10 === 9 ? -1 : (i * 7919) % 100_003));
    const present = values.filter((v) => v >= 0).sort((a, b) => a - b);
    const asc = await window(c, { data, from: 0, to: 3, sort: [0, "asc"] });
    expect(rowsOf(asc).map((r) => r[0])).toEqual(present.slice(0, 3));
    const desc = await window(c, { data, from: 0, to: 1, sort: [0, "desc"] });
    expect(rowsOf(desc)[0]![0]).toBe(Math.max(...values));
    const tail = await window(c, { data, from: 99_990, to: 100_000, sort: [0, "desc"] });
    expect(rowsOf(tail).every((r) => r[0] === null)).toBe(true);
    // the rows come with their index in the data, so a selection survives sorting
    expect(desc.t === "rows" && values[desc.idx[0]!]).toBe(Math.max(...values));
  });

  it("sorts text by its characters", async () => {
    const c = await connect("/grid");
    const data = big(c).p.data as string;
    const asc = await window(c, { data, from: 0, to: 3, sort: [1, "asc"] });
    expect(rowsOf(asc).map((r) => r[1])).toEqual(["row 0", "row 1", "row 10"]);
    const desc = await window(c, { data, from: 0, to: 1, sort: [1, "desc"] });
    expect(rowsOf(desc)[0]![1]).toBe("row 99999");
  });

  it("refuses an unknown data id, a window past the end, a bad sort and a malformed request — and the session carries on", async () => {
    const c = await connect("/grid");
    const data = big(c).p.data as string;
    const unknown = await window(c, { data: "dnope", from: 0, to: 10 });
    expect(unknown).toMatchObject({ t: "error", code: "unknown_data" });
    const past = await window(c, { data, from: 100_000, to: 100_010 });
    expect(past).toMatchObject({ t: "error", code: "bad_value" });
    expect((await window(c, { data, from: 0, to: 10, sort: [10, "asc"] })).t).toBe("error");
    expect(await window(c, { data, from: 10, to: 5 })).toMatchObject({ t: "error", code: "bad_frame" });
    expect(await window(c, { data, from: 0, to: 5000 })).toMatchObject({ t: "error", code: "bad_frame" });
    // a request is not an input: none of this ran the page, and the page still answers
    expect(c.received.filter((m) => m.t === "done")).toHaveLength(1);
    expect(rowsOf(await window(c, { data, from: 0, to: 1 }))[0]![1]).toBe("row 0");
    await c.click("Other data");
  });

  it("rate-limits rows requests like any frame, naming the request it dropped", async () => {
    const c = await connect("/grid");
    const data = big(c).p.data as string;
    const from = c.received.length;
    for (let i = 0; i < 300; i++) c.send(JSON.stringify({ t: "rows", q: 10_000 + i, data, from: 0, to: 1 }));
    const limited = await c.next((m): m is Refusal => m.t === "error" && m.code === "rate_limited", from);
    expect(limited.q).toBeGreaterThanOrEqual(10_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(rowsOf(await window(c, { data, from: 5, to: 6 }))[0]![1]).toBe("row 5");
  });

  it("sends no dataframe op when a rerun draws the same data", async () => {
    const c = await connect("/grid");
    const done = await c.act({ t: "rerun" });
    expect(JSON.stringify(done.ops)).not.toContain("data");
    expect(done.ops).toEqual([]);
  });

  it("stores the data once and drops it when no table names it any more", async () => {
    const c = await connect("/grid");
    await stored(c.session);
    const keys = () => runInDurableObject(stubOf(c.session), async (_i, state) => [...(await state.storage.list({ prefix: "data:" })).keys()]);
    const before = await keys();
    const first = big(c).p.data as string;
    expect(before.filter((k) => k.startsWith(`data:${first}:`)).length).toBeGreaterThan(1);
    await c.click("Other data");
    await stored(c.session);
    expect((await keys()).some((k) => k.startsWith(`data:${first}:`))).toBe(false);
    expect(await window(c, { data: first, from: 0, to: 1 })).toMatchObject({ t: "error", code: "unknown_data" });
  });
});

describe("dataframe selection", () => {
  const people = (c: TestClient) => c.all().find((n) => n.k === "dataframe" && n.p.select === "rows")!;

  it("re-runs the page with the selected rows", async () => {
    const c = await connect("/grid");
    await c.act({ t: "widget", id: people(c).p.id as string, v: [2, 0] });
    expect(c.texts()).toContain("picked=Ada,Linus");
  });

  it("refuses rows outside the table and changes nothing", async () => {
    const c = await connect("/grid");
    const from = c.received.length;
    c.send({ t: "widget", id: people(c).p.id as string, v: [3] });
    const refused = await c.next((m): m is Refusal => m.t === "error", from);
    expect(refused.message).toMatch(/row numbers must be whole numbers from 0 to 2/);
    expect(c.texts()).toContain("picked=");
  });
});
